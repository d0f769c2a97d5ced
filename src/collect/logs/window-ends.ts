import type { Stats } from 'node:fs';
import { readBytes } from './read-part.ts';
import { detectTimestampFormat, sampleLines } from './timestamps.ts';
import type { TimeWindow } from './window.ts';

const ENDS_BYTES = 64 * 1024;

/**
 * Copied or restored logs all carry the copy's mtime, so the mtime test above cannot skip them.
 * A plain text file whose first and last timestamps both fall before --since (or both after
 * --until) is outside the window as a whole, for a log written in time order: its first and
 * last 64 KiB tell, without reading the rest. Compressed and undated files are always read.
 */
export async function outsideByEnds(
  file: string,
  s: Stats,
  window: TimeWindow,
): Promise<string | undefined> {
  if (s.size < 4 * ENDS_BYTES) return undefined;
  const head = await readBytes(file, 0, ENDS_BYTES);
  if (head[0] === 0x1f && head[1] === 0x8b) return undefined;
  if (head.includes(0)) return undefined;
  const headText = head.toString('utf8');
  const parser = detectTimestampFormat(sampleLines(headText), s.mtimeMs);
  if (parser.format === 'none') return undefined;
  const first = firstTimestamp(headText, parser.parse);
  const tailText = (await readBytes(file, s.size - ENDS_BYTES, ENDS_BYTES)).toString('utf8');
  const last = lastTimestamp(tailText, parser.parse);
  if (first === undefined || last === undefined) return undefined;
  const lo = Math.min(first, last);
  const hi = Math.max(first, last);
  if (window.sinceMs !== undefined && hi < window.sinceMs) {
    return `first and last timestamps before --since (${new Date(lo).toISOString()} … ${new Date(hi).toISOString()})`;
  }
  if (window.untilMs !== undefined && lo > window.untilMs) {
    return `first and last timestamps after --until (${new Date(lo).toISOString()} … ${new Date(hi).toISOString()})`;
  }
  return undefined;
}

function firstTimestamp(text: string, parse: (line: string) => number | undefined) {
  for (const line of text.split('\n', 200)) {
    const t = parse(line);
    if (t !== undefined) return t;
  }
  return undefined;
}

function lastTimestamp(text: string, parse: (line: string) => number | undefined) {
  // The first line of a tail read is cut: skip it.
  const lines = text.split('\n').slice(1);
  for (let i = lines.length - 1, n = 0; i >= 0 && n < 200; i--, n++) {
    const t = parse(lines[i]!);
    if (t !== undefined) return t;
  }
  return undefined;
}
