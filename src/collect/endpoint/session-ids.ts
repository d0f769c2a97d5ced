import { redact } from '../../engines/secrets/redact.ts';
import type { SessionIdStats } from './facts.ts';
import type { ProbeResponse } from './http.ts';
import type { ProbeRun } from './probe-run.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-([0-9a-f])[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Features of the session ids a server minted, for the weak-session-id check. The MCP transport
 * spec (2025-06-18+) says a session id SHOULD be globally unique and cryptographically secure;
 * session hijacking is in the MCP security best practices. The ids themselves are not kept.
 */
export function sessionIdStats(ids: readonly string[]): SessionIdStats | undefined {
  if (ids.length === 0) return undefined;
  const minLength = Math.min(...ids.map((i) => i.length));
  let alphabet: SessionIdStats['alphabet'];
  let bitsPerChar: number;
  let estimatedBits: number;
  if (ids.every((i) => UUID.test(i))) {
    alphabet = 'uuid';
    // Only v4 (random) carries 122 random bits; time-based versions far fewer.
    estimatedBits = ids.every((i) => UUID.exec(i)?.[1] === '4') ? 122 : 48;
  } else {
    if (ids.every((i) => /^[0-9]+$/.test(i))) {
      alphabet = 'decimal';
      bitsPerChar = Math.log2(10);
    } else if (ids.every((i) => /^[0-9a-f]+$/i.test(i))) {
      alphabet = 'hex';
      bitsPerChar = 4;
    } else if (ids.every((i) => /^[A-Za-z0-9_-]+={0,2}$/.test(i))) {
      alphabet = 'base64url';
      bitsPerChar = 6;
    } else {
      alphabet = 'mixed';
      bitsPerChar = 6;
    }
    estimatedBits = Math.floor(minLength * bitsPerChar);
  }
  return {
    count: ids.length,
    unique: new Set(ids).size,
    minLength,
    alphabet,
    estimatedBits,
    sequential: looksSequential(ids),
    samples: ids.slice(0, 3).map((id) => redact(id)),
  };
}

/** Ids that end in a counter: same prefix, trailing numbers a small step apart. */
function looksSequential(ids: readonly string[]): boolean {
  if (ids.length < 2) return false;
  const nums: bigint[] = [];
  const prefixes = new Set<string>();
  for (const id of ids) {
    const m = /^(.*?)([0-9]+)$/.exec(id);
    if (!m) return false;
    prefixes.add(m[1] ?? '');
    nums.push(BigInt(m[2] ?? '0'));
  }
  if (prefixes.size !== 1) return false;
  const sorted = [...nums].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    const d = (sorted[i] ?? 0n) - (sorted[i - 1] ?? 0n);
    if (d <= 0n || d > 1000n) return false;
  }
  return true;
}

/** The session ids the endpoint issued in these answers (bounded, empty ones dropped). */
export function issuedSessionIds(answers: readonly ProbeResponse[]): string[] {
  return answers
    .map((r) => r.headers['mcp-session-id'])
    .filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length < 1024);
}

/** Be gentle: close the sessions we opened (MCP transports: clients SHOULD DELETE them). */
export async function closeSessions(run: ProbeRun, ids: readonly string[]): Promise<void> {
  await Promise.all(
    ids.map((sid) =>
      run.send(
        { method: 'DELETE', url: run.url, headers: { ...run.creds, 'mcp-session-id': sid } },
        3,
      ),
    ),
  );
}
