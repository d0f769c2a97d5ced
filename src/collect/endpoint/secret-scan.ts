import { createHash } from 'node:crypto';
import type { SecretMatch } from '../../engines/secrets/types.ts';

type Scan = (text: string) => SecretMatch[] | Promise<SecretMatch[]>;
let engine: Promise<Scan | undefined> | undefined;

// INTEGRATION POINT: the shared secret engine (src/engines/secrets/index.ts, built separately) is
// resolved at run time, lazily, so the probe layer stays light and works before it lands.
const ENGINE_MODULE = '../../engines/secrets/index.ts';

async function loadEngine(): Promise<Scan | undefined> {
  try {
    const mod = (await import(ENGINE_MODULE)) as { scanText?: Scan };
    return mod.scanText;
  } catch {
    return undefined;
  }
}

/**
 * Finds secret-shaped strings with the shared secret engine and replaces each with its redacted
 * form, so a server's leak is reported but never copied into our facts (design.md §5).
 */
export async function scanSecrets(
  text: string,
  ignore: readonly string[] = [],
): Promise<{ redacted: string; matches: Omit<SecretMatch, 'start' | 'end'>[] }> {
  engine ??= loadEngine();
  const scan = await engine;
  if (!scan) return { redacted: text, matches: [] };
  // Our own canary echoed back is an echo (error-echoes-request), not a leaked server secret.
  const ignored = new Set(ignore.map((v) => createHash('sha256').update(v).digest('hex')));
  const found = [...(await scan(text))]
    .filter((m) => !ignored.has(m.hash) && !ignore.includes(text.slice(m.start, m.end)))
    .sort((a, b) => b.start - a.start);
  let redacted = text;
  const matches: Omit<SecretMatch, 'start' | 'end'>[] = [];
  let limit = text.length;
  for (const m of found) {
    // Overlapping matches: keep the later one only (offsets refer to the original text).
    if (m.start < 0 || m.end > limit || m.start >= m.end) continue;
    limit = m.start;
    redacted = `${redacted.slice(0, m.start)}[${m.redacted}]${redacted.slice(m.end)}`;
    const { start: _s, end: _e, ...rest } = m;
    matches.push(rest);
  }
  return { redacted, matches: matches.reverse() };
}
