import { isIP } from 'node:net';
import type { TargetFacts } from '../../model/facts.ts';
import type { Location } from '../../model/finding.ts';
import type { ServerSnapshot } from '../../model/snapshot.ts';

/** True for hosts that never leave the machine: localhost names, 127.0.0.0/8, ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || h === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(h);
  return false;
}

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
