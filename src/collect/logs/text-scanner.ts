import type { SecretMatch } from '../../engines/secrets/types.ts';
import type { LogSighting, TimestampFormat } from './facts.ts';
import { type ContainerFormat, detectContainerFormat, findSeams } from './seams.ts';
import {
  detectTimestampFormat,
  NO_TIMESTAMPS,
  sampleLines,
  type TimestampParser,
} from './timestamps.ts';
import { hasWindow, inWindow, type TimeWindow } from './window.ts';

/** The secret engine's text scanner (src/engines/secrets), injected so workers load it once. */
export type ScanFn = (text: string) => SecretMatch[];

/** One distinct secret inside one scanned part, lines relative to the part's first line. */
export interface PartSecret {
  hash: string;
  rule: string;
  family: string;
  title: string;
  redacted: string;
  confidence: SecretMatch['confidence'];
  validated: boolean;
  details?: Record<string, string | number | boolean>;
  count: number;
  first: Omit<LogSighting, 'file'> & { tsMs?: number };
  last: Omit<LogSighting, 'file'> & { tsMs?: number };
  /** The first MAX_SIGHTINGS occurrences, in line order: where to purge. */
  lines: number[];
}

/** Occurrences kept per secret and part (the count has them all). */
export const MAX_SIGHTINGS = 50;

export interface TextScanResult {
  /** Newline-terminated lines plus a final unterminated one. */
  lines: number;
  chars: number;
  format: TimestampFormat;
  outsideWindow: number;
  matches: number;
  secrets: PartSecret[];
  secretsTruncated: boolean;
  /** Last timestamp seen (for `--state` resume). */
  lastTsMs?: number;
}

export interface TextScannerOptions {
  scan: ScanFn;
  window?: TimeWindow;
  /** Fallback time of lines without one, and the year of syslog lines. */
  mtimeMs: number;
  /** A parser already detected (a resumed file); otherwise detected from the first block. */
  parser?: TimestampParser;
  /** Timestamp carried in from before the text (resume, or a range's predecessor). */
  carryTsMs?: number;
  /** Characters per engine call. */
  blockChars?: number;
  /** Overlap between consecutive engine calls: at least twice the longest secret. */
  overlapChars?: number;
  maxSecrets?: number;
}

// 256 Ki characters per engine call: large enough that the overlap re-scan costs ~6%, small
// enough to keep memory flat (measured: 1 MiB blocks cost ~50 MiB more peak RSS, no faster).
const DEFAULT_BLOCK = 256 * 1024;
// A match is owned by the block where it starts before the overlap's midpoint, so each side
// sees 8 KiB of context: more than the longest secret a rule matches (a JSON-escaped 4096-bit
// PEM key is about 3.4 KB).
const DEFAULT_OVERLAP = 16 * 1024;
// Walking back through a stack trace for its timestamp is bounded: a line this far from any
// timestamp gets the carried or mtime one.
const MAX_WALK_BACK = 20_000;

// Terminal colour and control sequences (CSI, OSC), raw or JSON-escaped as `\u001b[…` (Docker
// json-file logs, pino-pretty, winston colorize): `token=\x1b[1mghp_…\x1b[0m` hides the value
// from every word boundary, so they are removed before scanning. Lines keep their numbers.
const ANSI =
  /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b\n]{0,512}(?:\x07|\x1b\\)|\x1b[@-Z\\-_]|\\u001[bB]\[[0-9;?]*[ -/]*[@-~]/g;
// A sequence cut by a chunk boundary: held back until the next chunk completes it.
const ANSI_TAIL =
  /(?:\x1b(?:\[[0-9;?]*[ -/]*|\][^\x07\x1b\n]*)?|\\(?:u(?:0(?:0(?:1(?:[bB](?:\[[0-9;?]*)?)?)?)?)?)?)$/;

function hasEscapes(text: string): boolean {
  return text.indexOf('\x1b') >= 0 || text.indexOf('\\u001') >= 0;
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  let i = s.indexOf('\n', from);
  while (i >= 0 && i < to) {
    n++;
    i = s.indexOf('\n', i + 1);
  }
  return n;
}

/**
 * Feeds decoded text to the secret engine in blocks of whole lines. Consecutive blocks overlap by
 * `overlapChars` and each match belongs to exactly one block (the one where it starts before the
 * midpoint of the overlap), so a secret straddling a buffer boundary is found once, never twice
 * and never cut. Lines of many megabytes are cut mid-line under the same rule.
 */
export class TextScanner {
  private buf = '';
  /** Absolute character position of `buf[0]`. */
  private bufStart = 0;
  /** Matches starting before this absolute position were handled by an earlier block. */
  private ownFrom = 0;
  /** Matches starting at or after this absolute position belong to someone else (a range). */
  private ownTo = Number.POSITIVE_INFINITY;
  /** Newlines before `buf[0]` counted from the part's start (negative inside a lead-in). */
  private linesBefore = 0;
  private ownedNewlines = 0;
  private ownedChars = 0;
  private lastOwnedChar = '';
  private parser: TimestampParser | undefined;
  /** Set when the file is container runtime records, whose long lines are split in pieces. */
  private container: ContainerFormat | undefined;
  private carryTs: number | undefined;
  private lastTs: number | undefined;
  private readonly block: number;
  private readonly overlap: number;
  private readonly secrets = new Map<string, PartSecret>();
  private outsideWindow = 0;
  private matches = 0;
  private truncated = false;
  private ended = false;
  /** The start of an escape sequence cut by the previous chunk's end. */
  private escTail = '';

  constructor(private readonly opts: TextScannerOptions) {
    this.block = opts.blockChars ?? DEFAULT_BLOCK;
    this.overlap = opts.overlapChars ?? DEFAULT_OVERLAP;
    this.parser = opts.parser;
    this.carryTs = opts.carryTsMs;
  }

  /**
   * Context before the part (a byte range's lead-in): used for timestamps and for secrets that
   * straddle the start, never counted and never owned.
   */
  leadIn(text: string): void {
    const t = hasEscapes(text) ? text.replace(ANSI, '') : text;
    this.buf = t;
    this.bufStart = 0;
    this.ownFrom = t.length;
    this.linesBefore = -countNewlines(t, 0, t.length);
  }

  /** Text that belongs to this part. */
  push(text: string): void {
    this.pushClean(this.clean(text, false));
  }

  private pushClean(t: string): void {
    if (t.length === 0) return;
    if (this.ownTo === Number.POSITIVE_INFINITY) {
      this.ownedNewlines += countNewlines(t, 0, t.length);
      this.ownedChars += t.length;
      this.lastOwnedChar = t[t.length - 1]!;
    }
    this.buf += t;
    while (this.buf.length >= this.block + this.overlap) this.processBlock(false);
  }

  /** Text after the part (a range's lead-out): lets a secret straddling the end be read whole. */
  leadOut(text: string): void {
    if (this.ownTo === Number.POSITIVE_INFINITY) {
      if (this.escTail) this.pushClean(this.clean('', true));
      this.ownTo = this.bufStart + this.buf.length;
    }
    this.buf += this.clean(text, false);
    while (this.buf.length >= this.block + this.overlap) this.processBlock(false);
  }

  /** Strips escape sequences, holding back one cut by the end of the chunk. */
  private clean(text: string, final: boolean): string {
    let t = this.escTail ? this.escTail + text : text;
    this.escTail = '';
    if (!hasEscapes(t) && t.indexOf('\\', t.length - 8) < 0) return t;
    if (!final) {
      const m = ANSI_TAIL.exec(t.length > 600 ? t.slice(-600) : t);
      if (m && m[0].length > 0 && m[0].length <= 600) {
        this.escTail = m[0];
        t = t.slice(0, t.length - m[0].length);
      }
    }
    return t.replace(ANSI, '');
  }

  /** Flushes the rest and returns the part's result. */
  end(): TextScanResult {
    if (!this.ended) {
      if (this.escTail) {
        const rest = this.clean('', true);
        if (this.ownTo === Number.POSITIVE_INFINITY) this.pushClean(rest);
        else this.buf += rest;
      }
      this.ended = true;
      if (this.buf.length > 0 || this.parser === undefined) this.processBlock(true);
    }
    const lines = this.ownedNewlines + (this.ownedChars > 0 && this.lastOwnedChar !== '\n' ? 1 : 0);
    const result: TextScanResult = {
      lines,
      chars: this.ownedChars,
      format: (this.parser ?? NO_TIMESTAMPS).format,
      outsideWindow: this.outsideWindow,
      matches: this.matches,
      secrets: [...this.secrets.values()],
      secretsTruncated: this.truncated,
    };
    const last = this.lastTs ?? this.carryTs;
    if (last !== undefined) result.lastTsMs = last;
    return result;
  }

  private processBlock(final: boolean): void {
    const buf = this.buf;
    if (this.parser === undefined) {
      const sample = sampleLines(buf);
      this.parser = detectTimestampFormat(sample, this.opts.mtimeMs);
      this.container = detectContainerFormat(sample);
    }
    let end = buf.length;
    if (!final) {
      // Prefer ending a block on a line boundary; a giant line is cut, the overlap covers it.
      const nl = buf.lastIndexOf('\n', this.block - 1);
      end = nl >= 2 * this.overlap ? nl + 1 : this.block;
    }
    const text = end === buf.length ? buf : buf.slice(0, end);
    const half = this.overlap >> 1;
    const ownStartRel = Math.max(0, this.ownFrom - this.bufStart);
    const ownEndRel = Math.min(final ? end : end - half, this.ownTo - this.bufStart);
    let nextStart = end;
    if (!final) {
      nextStart = end - this.overlap;
      // Start the next block on a line start when one is near, so it sees whole lines.
      const ls = buf.lastIndexOf('\n', nextStart - 1) + 1;
      if (ls > 0 && ls >= end - 4 * this.overlap) nextStart = Math.min(nextStart, ls);
    }
    if (ownEndRel > ownStartRel) this.handleMatches(text, ownStartRel, ownEndRel);
    if (final) {
      this.lastTs = this.lastTimestampBefore(text, text.length) ?? this.lastTs;
      this.buf = '';
      this.bufStart += text.length;
      return;
    }
    const carried = this.lastTimestampBefore(text, nextStart);
    if (carried !== undefined) {
      this.carryTs = carried;
      this.lastTs = carried;
    }
    this.linesBefore += countNewlines(buf, 0, nextStart);
    this.ownFrom = this.bufStart + Math.max(ownEndRel, ownStartRel);
    this.buf = buf.slice(nextStart);
    this.bufStart += nextStart;
  }

  private handleMatches(text: string, ownStart: number, ownEnd: number): void {
    const found = this.opts.scan(text);
    let owned = found.filter((m) => m.start >= ownStart && m.start < ownEnd);
    if (this.container) owned = this.handleSeams(text, ownStart, ownEnd, owned, this.container);
    owned.sort((a, b) => a.start - b.start);
    let lineNo = this.linesBefore;
    let counted = 0;
    for (const m of owned) {
      lineNo += countNewlines(text, counted, m.start);
      counted = m.start;
      this.accept(m, text, m.start, lineNo + 1);
    }
  }

  /**
   * Records a container runtime split: a match crossing the seam belongs to the first piece,
   * and the cut halves the line scan may have matched on their own are dropped.
   */
  private handleSeams(
    text: string,
    ownStart: number,
    ownEnd: number,
    owned: SecretMatch[],
    format: ContainerFormat,
  ): SecretMatch[] {
    let kept = owned;
    for (const seam of findSeams(text, ownStart, ownEnd, format)) {
      const crossing = this.opts
        .scan(seam.text)
        .filter((m) => m.start < seam.tailLength && m.end > seam.tailLength);
      if (crossing.length === 0) continue;
      const line = this.linesBefore + countNewlines(text, 0, seam.lineStart) + 1;
      for (const m of crossing) this.accept(m, text, seam.lineStart, line);
      kept = kept.filter(
        (m) =>
          !(m.end >= seam.tailEnd - 2 && m.end <= seam.tailEnd) &&
          !(m.start >= seam.headStart && m.start <= seam.headStart + 2),
      );
    }
    return kept;
  }

  /** Applies the time window to one match at `pos` of `text` and records it. */
  private accept(m: SecretMatch, text: string, pos: number, line: number): void {
    const { ts, source } = this.timestampAt(text, pos);
    if (hasWindow(this.opts.window) && ts !== undefined && !inWindow(this.opts.window, ts)) {
      this.outsideWindow++;
      return;
    }
    this.matches++;
    const sighting: PartSecret['first'] = { line };
    if (ts !== undefined) {
      sighting.tsMs = ts;
      sighting.ts = new Date(ts).toISOString();
      sighting.tsSource = source;
    }
    this.record(m, sighting);
  }

  private record(m: SecretMatch, at: PartSecret['first']): void {
    const prev = this.secrets.get(m.hash);
    if (prev) {
      prev.count++;
      if (prev.lines.length < MAX_SIGHTINGS) prev.lines.push(at.line);
      // Seam matches are recorded out of line order: keep first and last by line.
      if (at.line < prev.first.line) prev.first = at;
      else prev.last = at.line >= prev.last.line ? at : prev.last;
      if (m.validated && !prev.validated) prev.validated = true;
      return;
    }
    if (this.secrets.size >= (this.opts.maxSecrets ?? 10_000)) {
      this.truncated = true;
      return;
    }
    const s: PartSecret = {
      hash: m.hash,
      rule: m.rule,
      family: m.family,
      title: m.title,
      redacted: m.redacted,
      confidence: m.confidence,
      validated: m.validated === true,
      count: 1,
      first: at,
      last: at,
      lines: [at.line],
    };
    if (m.details) s.details = m.details;
    this.secrets.set(m.hash, s);
  }

  /** The time of the line holding `pos`: its own, an earlier line's, the carried one, or mtime. */
  private timestampAt(
    text: string,
    pos: number,
  ): { ts: number | undefined; source: LogSighting['tsSource'] } {
    if (this.parser !== undefined && this.parser !== NO_TIMESTAMPS) {
      const found = this.walkBack(text, text.lastIndexOf('\n', pos - 1) + 1);
      if (found) return { ts: found.ts, source: found.steps === 0 ? 'line' : 'inherited' };
      if (this.carryTs !== undefined) return { ts: this.carryTs, source: 'inherited' };
    }
    return { ts: this.opts.mtimeMs, source: 'mtime' };
  }

  private lastTimestampBefore(text: string, end: number): number | undefined {
    if (end === 0) return undefined;
    return this.walkBack(text, text.lastIndexOf('\n', end - 2) + 1)?.ts;
  }

  /** The first timestamp on the line starting at `ls` or an earlier one, and how far back. */
  private walkBack(text: string, ls: number): { ts: number; steps: number } | undefined {
    const parser = this.parser ?? NO_TIMESTAMPS;
    if (parser === NO_TIMESTAMPS) return undefined;
    for (let steps = 0; steps < MAX_WALK_BACK; steps++) {
      const ts = parser.parse(text.slice(ls, ls + 4096));
      if (ts !== undefined) return { ts, steps };
      if (ls === 0) break;
      ls = text.lastIndexOf('\n', ls - 2) + 1;
    }
    return undefined;
  }
}
