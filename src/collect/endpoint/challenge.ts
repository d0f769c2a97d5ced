/**
 * Parses the first `WWW-Authenticate` challenge (RFC 9110 §11.6.1): scheme and auth-params,
 * e.g. `Bearer resource_metadata="https://…", error="invalid_token"` (RFC 6750 §3, RFC 9728
 * §5.1). Bounded: hostile headers are cut to 2 KB first.
 */
export function parseChallenge(header: string): {
  scheme?: string;
  params: Record<string, string>;
} {
  const text = header.slice(0, 2048).trim();
  const m = /^([A-Za-z0-9!#$%&'*+.^_`|~-]+)(?:\s+|$)/.exec(text);
  if (!m) return { params: {} };
  const params: Record<string, string> = {};
  const re = /([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
  const rest = text.slice(m[0].length);
  for (const p of rest.matchAll(re)) {
    const name = (p[1] ?? '').toLowerCase();
    if (name in params) continue;
    params[name] = (p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? '')).slice(0, 500);
  }
  return { scheme: m[1], params };
}
