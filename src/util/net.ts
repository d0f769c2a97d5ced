import { isIP } from 'node:net';

/**
 * True for hosts that never leave the machine: `localhost` and `*.localhost` (RFC 6761 §6.3),
 * 127.0.0.0/8, ::1 in any spelling, and IPv4-mapped 127.x. Brackets and a trailing dot are
 * ignored. One definition for every check that treats local development servers apart.
 */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) {
    return h === '::1' || h === '0:0:0:0:0:0:0:1' || /^(?:0:0:0:0:0|::)ffff:127\./.test(h);
  }
  return false;
}
