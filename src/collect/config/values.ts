import { charClasses, shannonEntropy } from '../../engines/secrets/entropy.ts';
import { isPlaceholder as isPlaceholderValue, scanText } from '../../engines/secrets/index.ts';

/**
 * Pure helpers over config values shared by discovery (redaction) and the config checks
 * (placeholders, secret-named keys, entropy).
 */

// ${VAR}, ${env:VAR}, ${input:id}, ${workspaceFolder}, $VAR, %VAR%, {{…}}, <your-token>.
const PLACEHOLDER_ONLY =
  /^\s*(?:\$\{[^}]{1,200}\}|\$[A-Za-z_][A-Za-z0-9_]{0,100}|%[A-Za-z_][A-Za-z0-9_]{0,100}%|\{\{[^}]{1,200}\}\}|<[^<>]{1,100}>)\s*$/;
const PLACEHOLDER_ANY =
  /\$\{[^}]{1,200}\}|\$[A-Za-z_][A-Za-z0-9_]{0,100}|%[A-Za-z_][A-Za-z0-9_]{0,100}%|\{\{[^}]{1,200}\}\}/g;
// Fill-in shapes too short or too loose for the engine's rules: `xxxx`, `***`, `your token`.
const FILL_IN = /^(?:x+|\*+|\.+|-+|your[-_ a-z]*|<.*>)$/i;

/**
 * True when the value is only a reference to something else (env var, input, template) or a
 * placeholder the shared secret engine recognises (words, redactions, documentation examples).
 */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === '' || PLACEHOLDER_ONLY.test(v) || FILL_IN.test(v)) return true;
  // A literal around a reference (`abc${VAR}def`) is still written in the file: audit it.
  if (literalPart(v) !== v) return false;
  return isPlaceholderValue(v);
}

/** The value with placeholders removed: what is literally written in the file. */
function literalPart(value: string): string {
  return value.replace(PLACEHOLDER_ANY, '');
}

const SECRET_NAME =
  /(?:^|[_\-.])(?:token|secret|password|passwd|pwd|apikey|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret|auth|authorization|credential|credentials|bearer|session|cookie|sig|signature|key)(?:$|[_\-.])|token$|secret$|password$|apikey$/i;

/** True for names that conventionally hold a credential: `*_TOKEN`, `*_KEY`, `PASSWORD`… */
export function isSecretName(name: string): boolean {
  const n = name.trim();
  if (/^(?:authorization|proxy-authorization|x-api-key|api-key|apikey|cookie)$/i.test(n))
    return true;
  // Public identifiers that merely contain "key": keyboard, key_id-less public keys, etc.
  if (/(?:public[_-]?key|key[_-]?id|keyboard|monkey|hotkey)$/i.test(n)) return false;
  return SECRET_NAME.test(n);
}

/** The literal credential in a value: placeholders and an auth scheme (`Bearer `) removed. */
export function credentialPart(value: string): string {
  return literalPart(value)
    .replace(/^(?:bearer|basic|token)\s+/i, '')
    .trim();
}

/**
 * A literal that looks like a generated credential: long enough, varied characters, not a path
 * or a plain word. Used with a secret-looking name, so the bar is moderate.
 */
export function looksHighEntropy(value: string): boolean {
  const v = credentialPart(value);
  if (v.length < 12 || v.length > 4096) return false;
  if (/\s/.test(v)) return false;
  if (/^(?:\/|\.\/|~\/|[A-Za-z]:\\)/.test(v)) return false;
  if (/^https?:\/\//i.test(v)) return false;
  if (charClasses(v) < 2) return false;
  return shannonEntropy(v) >= 3.2;
}

const SECRET_QUERY =
  /^(?:access[_-]?token|token|api[_-]?key|apikey|key|secret|client[_-]?secret|password|pass|pwd|auth|authorization|sig|signature|session|sessionid|code|jwt|bearer|credential|x-api-key)$/i;

/** True for query parameter names that carry credentials by convention. */
export function isSecretQueryName(name: string): boolean {
  return SECRET_QUERY.test(name) || isSecretName(name);
}

/**
 * Strips userinfo and replaces secret-looking query values with `[redacted]`, for display.
 * Returns the input unchanged (escaped later) when it is not a URL.
 */
export function redactUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return raw.length > 200 ? `${raw.slice(0, 200)}…` : raw;
  }
  if (u.username || u.password) {
    u.username = u.username ? 'redacted' : '';
    u.password = '';
  }
  for (const [k, v] of [...u.searchParams.entries()]) {
    if ((isSecretQueryName(k) || looksHighEntropy(v)) && !isPlaceholder(v)) {
      u.searchParams.set(k, 'redacted');
    }
  }
  // A path segment that looks like a key (e.g. Zapier's /mcp/<key>/sse) is redacted as well.
  u.pathname = u.pathname
    .split('/')
    .map((seg) => (seg.length >= 20 && looksHighEntropy(seg) ? 'redacted' : seg))
    .join('/');
  u.hash = '';
  return u
    .toString()
    .replace(/redacted@/, '[redacted]@')
    .replace(/=redacted/g, '=[redacted]');
}

/** Replaces provider secrets the shared engine recognises with their redacted form. */
export function maskKnownSecrets(text: string): string {
  let out = text;
  for (const m of [...scanText(text)].sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, m.start)}${m.redacted}${out.slice(m.end)}`;
  }
  return out;
}

/**
 * A bare argument that looks generated: long, mixed case with digits (or long hex), not a path,
 * a URL or a package spec (`pkg==1.0`, `pkg@1.2.3`).
 */
function looksLikeToken(a: string): boolean {
  if (a.length < 24 || /[/\\\s]/.test(a) || /==|@\d|^@/.test(a)) return false;
  if (/^[0-9a-f]{32,}$/i.test(a)) return true;
  const digits = (a.match(/\d/g) ?? []).length;
  return digits >= 3 && /[A-Z]/.test(a) && /[a-z]/.test(a) && looksHighEntropy(a);
}

const SECRET_FLAG =
  /^--?(?:[a-z0-9-]*(?:token|secret|password|passwd|api-?key|apikey|auth|key|credential)[a-z0-9-]*)$/i;

/**
 * Redacts secret-looking arguments for display: `--token X`, `--api-key=X`, `KEY=value` pairs
 * with a secret name, URLs with credentials, and long high-entropy literals.
 */
export function redactArgs(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const prev = i > 0 ? (args[i - 1] ?? '') : '';
    if (SECRET_FLAG.test(prev) && !a.startsWith('-') && !isPlaceholder(a)) {
      out.push('[redacted]');
      continue;
    }
    const eq = a.indexOf('=');
    if (eq > 0) {
      const k = a.slice(0, eq);
      const v = a.slice(eq + 1);
      const name = k.replace(/^-+/, '');
      if ((isSecretName(name) || looksHighEntropy(v)) && !isPlaceholder(v)) {
        out.push(`${k}=[redacted]`);
        continue;
      }
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(a)) {
      out.push(redactUrl(a));
      continue;
    }
    if (looksLikeToken(a)) {
      out.push('[redacted]');
      continue;
    }
    out.push(maskKnownSecrets(a));
  }
  return out;
}
