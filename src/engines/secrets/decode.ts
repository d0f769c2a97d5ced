/**
 * Secrets in logs are often written escaped: JSON (`\/`, `\u002F`, `\"`) or URL-encoded
 * (`%2F`, `%3D`, `+`). We decode only the neighbourhood of escapes and keep a piecewise map
 * from decoded offsets back to the original text, so findings point at the original bytes.
 */

// An escape that can hide part of a value: `\/`, `\u002F` (possibly escaped again) and `%2F`.
// `\"` alone is not: it only surrounds values, and the rules' name-value separators accept
// escaped quotes, so JSON lines full of escaped quotes (ETags, nested JSON) are not re-scanned.
// `\n`, `\t` end a value rather than hide one.
// HTML entities too: error pages and templated messages echo values as `&quot;token&quot;`.
const ESCAPE_RE =
  /\\{1,3}(?:u[0-9a-fA-F]{4}|\/)|%[0-9a-fA-F]{2}|&(?:quot|amp|apos|lt|gt|#x?[0-9a-fA-F]{2,3});/g;
const DECODE_RE =
  /\\u([0-9a-fA-F]{4})|\\([/"\\bfnrt])|%([0-9a-fA-F]{2})|&(quot|amp|apos|lt|gt|#x[0-9a-fA-F]{2,3}|#[0-9]{2,3});|\+/g;
const ENTITIES: Record<string, string> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>' };
const HAS_PERCENT_RE = /%[0-9a-fA-F]{2}/;
const JSON_SIMPLE: Record<string, string> = {
  '/': '/',
  '"': '"',
  '\\': '\\',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Longest line decoded whole; beyond it, a fixed neighbourhood of each escape. */
const MAX_LINE = 16 * 1024;
const NEAR = 2048;

/** Maps offsets in a decoded string back to the string it was decoded from. */
export interface OffsetMap {
  /** Original offset of the decoded char at `d`. */
  start(d: number): number;
  /** Original exclusive end for a decoded exclusive end `e` (> 0). */
  end(e: number): number;
}

/** A decoded window of the original text. */
export interface DecodedWindow {
  text: string;
  map: OffsetMap;
}

class PiecewiseMap implements OffsetMap {
  // Segment i covers decoded [dStart[i], dStart[i+1]) and original [oStart[i], oStart[i]+oLen[i]).
  // A plain segment has equal lengths; an escape segment is 1 decoded char for oLen original.
  readonly dStart: number[] = [];
  readonly oStart: number[] = [];
  readonly oLen: number[] = [];
  readonly plain: boolean[] = [];

  constructor(private readonly base: number) {}

  push(d: number, o: number, oLen: number, plain: boolean): void {
    this.dStart.push(d);
    this.oStart.push(o);
    this.oLen.push(oLen);
    this.plain.push(plain);
  }

  private seg(d: number): number {
    let lo = 0;
    let hi = this.dStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.dStart[mid]! <= d) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  start(d: number): number {
    const i = this.seg(d);
    const off = this.plain[i] ? d - this.dStart[i]! : 0;
    return this.base + this.oStart[i]! + off;
  }

  end(e: number): number {
    const last = e - 1;
    const i = this.seg(last);
    if (this.plain[i]) return this.base + this.oStart[i]! + (last - this.dStart[i]!) + 1;
    return this.base + this.oStart[i]! + this.oLen[i]!;
  }
}

class ComposedMap implements OffsetMap {
  constructor(
    private readonly outer: OffsetMap,
    private readonly inner: OffsetMap,
  ) {}
  start(d: number): number {
    return this.outer.start(this.inner.start(d));
  }
  end(e: number): number {
    return this.outer.end(this.inner.end(e));
  }
}

/** Decodes JSON and URL escapes of `s` (one level), mapping offsets relative to `base`. */
export function decodeOnce(s: string, base = 0): { text: string; map: OffsetMap } {
  const url = HAS_PERCENT_RE.test(s);
  const map = new PiecewiseMap(base);
  let out = '';
  let last = 0;
  DECODE_RE.lastIndex = 0;
  for (let m = DECODE_RE.exec(s); m !== null; m = DECODE_RE.exec(s)) {
    let ch: string;
    if (m[1] !== undefined) ch = String.fromCharCode(Number.parseInt(m[1], 16));
    else if (m[2] !== undefined) ch = JSON_SIMPLE[m[2]]!;
    else if (m[3] !== undefined) ch = String.fromCharCode(Number.parseInt(m[3], 16));
    else if (m[4] !== undefined) {
      const e = m[4];
      ch =
        ENTITIES[e] ??
        String.fromCharCode(
          e.startsWith('#x') ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10),
        );
    } else if (url) ch = ' ';
    else continue;
    if (m.index > last) {
      map.push(out.length, last, m.index - last, true);
      out += s.slice(last, m.index);
    }
    map.push(out.length, m.index, m[0].length, false);
    out += ch;
    last = m.index + m[0].length;
  }
  if (last < s.length || map.dStart.length === 0) {
    map.push(out.length, last, s.length - last, true);
    out += s.slice(last);
  }
  return { text: out, map };
}

/** Decodes up to two levels (double-encoded `%253D`, `\\u002F` inside a JSON string). */
export function decodeWindow(s: string, base: number): DecodedWindow {
  const first = decodeOnce(s, base);
  ESCAPE_RE.lastIndex = 0;
  if (!ESCAPE_RE.test(first.text)) return first;
  const second = decodeOnce(first.text, 0);
  return { text: second.text, map: new ComposedMap(first.map, second.map) };
}

/**
 * The windows of `text` that hold escapes: the whole line when it is short enough, else a
 * bounded neighbourhood of each escape; overlapping windows merged. Linear in the text.
 */
export function escapeWindows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let prevLong = false;
  const next = new EscapeFinder(text);
  for (let p = next.from(0); p >= 0; ) {
    const prev = out[out.length - 1];
    // Dense escapes on a long line: extend the current window instead of rescanning the line.
    if (prev && prevLong && p - prev[1] < NEAR) {
      prev[1] = Math.min(text.length, p + NEAR);
      p = next.from(prev[1]);
      continue;
    }
    let ls = p;
    const lsLimit = Math.max(0, p - MAX_LINE);
    while (ls > lsLimit && text.charCodeAt(ls - 1) !== 10) ls--;
    let start: number;
    let end: number;
    let le = p;
    const leLimit = Math.min(text.length, ls + MAX_LINE);
    while (le < leLimit && text.charCodeAt(le) !== 10) le++;
    const lineWhole =
      (ls === 0 || text.charCodeAt(ls - 1) === 10) &&
      (le === text.length || text.charCodeAt(le) === 10);
    if (lineWhole) {
      start = ls;
      end = le;
    } else {
      start = Math.max(0, p - NEAR);
      end = Math.min(text.length, p + NEAR);
    }
    prevLong = !lineWhole;
    if (prev && start <= prev[1]) prev[1] = Math.max(prev[1], end);
    else out.push([start, end]);
    p = next.from(Math.max(end, p + 1));
  }
  return out;
}

const ESCAPE_AT = new RegExp(ESCAPE_RE.source, 'y');

/**
 * The leftmost ESCAPE_RE match at or after a position. Every escape starts with `\`, `%` or
 * `&`, so native `indexOf` (memchr) finds the candidates and a sticky regex tests each: on
 * text without escapes that skips a regex pass over every char (measured: ~4% of a log scan).
 */
class EscapeFinder {
  private readonly at = [-2, -2, -2];

  constructor(private readonly text: string) {}

  from(pos: number): number {
    const t = this.text;
    for (;;) {
      let best = -1;
      let which = -1;
      for (let k = 0; k < 3; k++) {
        let a = this.at[k]!;
        if (a !== -1 && a < pos) {
          a = t.indexOf(k === 0 ? '\\' : k === 1 ? '%' : '&', pos);
          this.at[k] = a;
        }
        if (a >= 0 && (best < 0 || a < best)) {
          best = a;
          which = k;
        }
      }
      if (best < 0) return -1;
      ESCAPE_AT.lastIndex = best;
      if (ESCAPE_AT.test(t)) return best;
      pos = best + 1;
      this.at[which] = -2;
    }
  }
}
