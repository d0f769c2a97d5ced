import { base62, crc32 } from './checksum.ts';

/**
 * Deterministic FAKE values for rule examples and tests. Built at run time from a seed so that
 * no committed file holds a literal that looks like a live credential (GitHub push protection),
 * yet every value is format-valid (right prefix, length, alphabet and checksum).
 */

export const ALPHA = {
  b62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  alpha: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  digits: '0123456789',
  b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  upperDigits: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  lowerDigits: 'abcdefghijklmnopqrstuvwxyz0123456789',
} as const;

function seedOf(seed: string): number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** `n` pseudo-random characters of `alphabet`, the same for the same seed. */
export function fakeString(alphabet: string, n: number, seed: string): string {
  let x = seedOf(seed) || 1;
  let s = '';
  for (let i = 0; i < n; i++) {
    // xorshift32: plenty for examples, deterministic across platforms.
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    s += alphabet[x % alphabet.length];
  }
  return s;
}

/** A GitHub-2021-format token: prefix + 30 random base62 + base62(CRC32) in 6 chars. */
export function fakeGithubToken(prefix: string, seed: string): string {
  const body = fakeString(ALPHA.b62, 30, seed);
  return prefix + body + base62(crc32(body), 6);
}

/** An npm granular token: `npm_` + 30 random base62 + checksum, like GitHub's. */
export function fakeNpmToken(seed: string): string {
  return fakeGithubToken('npm' + '_', seed);
}

/** base64url without padding. */
export function b64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** A structurally valid JWS with the given payload and a random signature. */
export function fakeJwt(payload: Record<string, unknown>, seed: string, alg = 'HS256'): string {
  const header = b64url(JSON.stringify({ alg, typ: 'JWT' }));
  const body = b64url(JSON.stringify(payload));
  return `${header}.${body}.${fakeString(ALPHA.b64url, 43, seed)}`;
}

/** A PEM block with a random base64 body in 64-char lines. */
export function fakePem(label: string, seed: string, bytes = 600, eol = '\n'): string {
  const body = Buffer.from(fakeString(ALPHA.b62, bytes, seed), 'latin1').toString('base64');
  const lines = body.match(/.{1,64}/g) ?? [];
  const dash = '-----';
  return [`${dash}BEGIN ${label}${dash}`, ...lines, `${dash}END ${label}${dash}`].join(eol);
}
