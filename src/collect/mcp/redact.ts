import { safeLine } from '../../util/escape.ts';

/**
 * C4 applied to ourselves: a URL, header value or token the user gave us must never reach a
 * label, reason or error message. These helpers are applied to everything the collector reports.
 */

/**
 * The URL with userinfo removed and every query value masked (`?token=***`). Query names stay:
 * they tell the user which parameter carried something, without showing it.
 */
export function safeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return '[invalid URL]';
  }
  url.username = '';
  url.password = '';
  const names = [...url.searchParams.keys()];
  url.search = '';
  url.hash = '';
  const query = names.map((n) => `${encodeURIComponent(n)}=***`).join('&');
  return `${url.toString()}${query ? `?${query}` : ''}`;
}

/**
 * `decodeURIComponent` that returns its input when the encoding is broken (`p%zz`): a hostile or
 * mistyped URL must not abort the scrubbing or the request that uses it.
 */
export function decodeLoose(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Values that must be scrubbed from every message: header values, tokens, URL credentials. */
export function secretValues(input: {
  url?: string;
  headers?: Record<string, string>;
  bearerToken?: string;
  env?: Record<string, string>;
}): string[] {
  const out: string[] = [];
  if (input.bearerToken) out.push(input.bearerToken);
  for (const v of Object.values(input.headers ?? {})) {
    out.push(v);
    // `Bearer abc` → also scrub `abc` alone.
    const parts = v.split(/\s+/);
    if (parts.length > 1) out.push(...parts.slice(1));
  }
  for (const v of Object.values(input.env ?? {})) out.push(v);
  if (input.url) {
    try {
      const u = new URL(input.url);
      if (u.username) out.push(u.username, decodeLoose(u.username));
      if (u.password) out.push(u.password, decodeLoose(u.password));
      if (u.username || u.password) {
        const basic = `${decodeLoose(u.username)}:${decodeLoose(u.password)}`;
        out.push(Buffer.from(basic).toString('base64'));
      }
      for (const v of u.searchParams.values()) out.push(v, encodeURIComponent(v));
    } catch {
      // An unparsable URL is reported as such; nothing to scrub from it.
    }
  }
  // Very short values (`1`, `on`) would shred ordinary words; they are not credentials.
  return [...new Set(out.filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length);
}

const MAX_REASON = 300;

/**
 * Turns any error or text into a one-line, escaped, bounded message with every secret value
 * replaced by `[REDACTED]` and any URL userinfo stripped.
 */
export function scrub(err: unknown, secrets: readonly string[], max = MAX_REASON): string {
  let text = err instanceof Error ? err.message || err.name : String(err);
  // `fetch failed` alone hides the cause (a refused connection, an untrusted certificate).
  let cause: unknown = err instanceof Error ? err.cause : undefined;
  for (let i = 0; i < 3 && cause instanceof Error; i++) {
    const code = (cause as NodeJS.ErrnoException).code;
    const part = code && !cause.message.includes(code) ? `${code} ${cause.message}` : cause.message;
    if (part && !text.includes(part)) text += `: ${part}`;
    cause = cause.cause;
  }
  // Cap before the replacement loop so a hostile 50 MB message costs nothing.
  text = text.slice(0, max * 4);
  for (const s of secrets) text = text.split(s).join('[REDACTED]');
  text = text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s@]*@/gi, '$1');
  text = text.replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{4,}/gi, '$1 [REDACTED]');
  return safeLine(text, max);
}
