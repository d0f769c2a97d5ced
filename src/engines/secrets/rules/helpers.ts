import type { Confidence } from '../../../model/taxonomy.ts';
import { hasCrc32Base62Suffix } from '../checksum.ts';
import { charClasses, shannonEntropy } from '../entropy.ts';

export { charClasses };

import type { SecretContext, SecretRule, SecretValidation } from '../types.ts';

/** Identity helper that types a rule. */
export function rule(r: SecretRule): SecretRule {
  return r;
}

/** `(?<![A-Za-z0-9_])`: the token does not continue a longer word on the left. */
export const L = '(?<![A-Za-z0-9_])';
/** The token does not continue on the right (`-` too: most vendor alphabets include it). */
export const R = '(?![A-Za-z0-9_-])';
/**
 * Assignment between a name and a value: `=`, `:`, `=>`, `:=`, quoted, and JSON-escaped up to
 * three levels deep (`\\\\\\"` in a JSON string holding a JSON string holding JSON).
 */
export const ASSIGN = `["'\\\\]{0,7}\\s{0,5}(?:=>|:=|[:=])\\s{0,5}["'\\\\]{0,7}`;

/**
 * The name/value-pair form of HAR files, OpenTelemetry attributes and header arrays:
 * `{"name":"x-api-key","value":"…"}`, `{"key":"api_key","value":{"stringValue":"…"}}`.
 */
export const NAME_VALUE = `["'\\\\]{1,7}\\s{0,3},\\s{0,3}["'\\\\]{1,7}value["'\\\\]{1,7}\\s{0,3}:\\s{0,3}(?:\\{\\s{0,3}["'\\\\]{1,7}string_?value["'\\\\]{1,7}\\s{0,3}:\\s{0,3})?["'\\\\]{1,7}`;

export const OK: SecretValidation = { ok: true, validated: false };
export const NO: SecretValidation = { ok: false, validated: false };

/** A validator that requires the value to look random (entropy and character classes). */
export function randomValue(min = 3.0, confidence?: Confidence) {
  return (value: string): SecretValidation => {
    if (shannonEntropy(value) < min || charClasses(value) < 2) return NO;
    return confidence ? { ok: true, validated: false, confidence } : OK;
  };
}

/** GitHub / npm 2021 format: base62 CRC32 of the random part in the last 6 characters. */
export function crcTokenValidator(prefixLength: number) {
  return (value: string): SecretValidation => {
    const ok = hasCrc32Base62Suffix(value.slice(prefixLength));
    return ok
      ? { ok: true, validated: true, details: { checksum: 'valid' } }
      : { ok: true, validated: false, confidence: 'low', details: { checksum: 'invalid' } };
  };
}

/** The text just before the match (for name-based exclusions such as `next_page_token`). */
export function before(ctx: SecretContext, n: number): string {
  return ctx.text.slice(Math.max(0, ctx.matchStart - n), ctx.matchStart);
}

/** True when `word` (a regex source) occurs within `dist` chars around the match. */
export function near(ctx: SecretContext, word: RegExp, dist = 200): boolean {
  const from = Math.max(0, ctx.matchStart - dist);
  const to = Math.min(ctx.text.length, ctx.matchEnd + dist);
  return word.test(ctx.text.slice(from, to));
}

/** Decodes base64 or base64url, or returns undefined when it is not valid base64. */
export function b64decode(s: string): Buffer | undefined {
  const clean = s.replace(/[\s=]+$/g, '');
  if (!/^[A-Za-z0-9+/_-]*$/.test(clean)) return undefined;
  return Buffer.from(clean.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}
