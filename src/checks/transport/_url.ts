import type { TargetFacts } from '../../model/facts.ts';
import type { Location } from '../../model/finding.ts';
import type { ServerSnapshot } from '../../model/snapshot.ts';

export function serverLocation(t: TargetFacts): Location {
  const s = t.facts.server;
  const loc: Location = { kind: 'server' };
  if (s?.name) loc.server = s.name;
  if (s?.url) loc.url = s.url;
  return loc;
}
