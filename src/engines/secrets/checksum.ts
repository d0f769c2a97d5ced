/**
 * Checksums used by token formats that carry their own integrity check: GitHub's 2021 token
 * format and npm's granular tokens end with base62(CRC32(body)) in 6 characters.
 * https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
 */

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** CRC-32 (IEEE 802.3) of a string's char codes (the token alphabets are ASCII). */
export function crc32(text: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < text.length; i++) {
    c = CRC_TABLE[(c ^ text.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** `n` in base62, left-padded with `0` to `width`. */
export function base62(n: number, width: number): string {
  let s = '';
  let v = n;
  do {
    s = BASE62[v % 62] + s;
    v = Math.floor(v / 62);
  } while (v > 0);
  return s.padStart(width, '0');
}

/** True when the last 6 chars of `body` are base62(CRC32(rest)): GitHub and npm tokens. */
export function hasCrc32Base62Suffix(body: string): boolean {
  if (body.length <= 6) return false;
  const payload = body.slice(0, -6);
  return base62(crc32(payload), 6) === body.slice(-6);
}
