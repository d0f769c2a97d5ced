import { hashSecret, scanText } from '../../engines/secrets/index.ts';
import type { SecretMatch } from '../../engines/secrets/types.ts';

/**
 * Finds secret-shaped strings with the shared secret engine and replaces each with its redacted
 * form, so a server's leak is reported but never copied into our facts (design.md §5).
 */
export function scanSecrets(
  text: string,
  ignore: readonly string[] = [],
): { redacted: string; matches: Omit<SecretMatch, 'start' | 'end'>[] } {
  // Our own canary echoed back is an echo (error-echoes-request), not a leaked server secret.
  const ignored = new Set(ignore.map(hashSecret));
  const found = scanText(text)
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
