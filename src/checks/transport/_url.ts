import type { TargetFacts } from '../../model/facts.ts';
import type { Location } from '../../model/finding.ts';
import type { ServerSnapshot } from '../../model/snapshot.ts';

/** The parsed URL of a remote server snapshot, if it has one. */
export function serverUrl(s: ServerSnapshot): URL | undefined {
  if (!s.url || !URL.canParse(s.url)) return undefined;
  return new URL(s.url);
}

export function serverLocation(t: TargetFacts): Location {
  const s = t.facts.server;
  const loc: Location = { kind: 'server' };
  if (s?.name) loc.server = s.name;
  if (s?.url) loc.url = s.url;
  return loc;
}
