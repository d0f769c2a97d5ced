import { parseIsoLike } from './timestamps.ts';

/** A time window in epoch milliseconds; either side may be open. */
export interface TimeWindow {
  sinceMs?: number;
  untilMs?: number;
}

const UNIT_MS: Record<string, number> = {
  s: 1_000,
  m: 60_000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};

/**
 * Parses `--since`/`--until` values: a duration before `now` (`30d`, `12h`, `90m`, `2w`), a date
 * (`2026-10-01`, UTC midnight) or an ISO 8601 time. Returns undefined for anything else.
 */
export function parseTimeBound(value: string, now = Date.now()): number | undefined {
  const v = value.trim();
  const dur = /^(\d{1,6})\s*(s|m|min|h|d|w)$/.exec(v);
  if (dur) return now - Number(dur[1]) * UNIT_MS[dur[2]!]!;
  return parseIsoLike(v);
}

/** True when `ts` lies in the window (bounds inclusive). */
export function inWindow(w: TimeWindow, ts: number): boolean {
  if (w.sinceMs !== undefined && ts < w.sinceMs) return false;
  if (w.untilMs !== undefined && ts > w.untilMs) return false;
  return true;
}

/** True when at least one bound is set. */
export function hasWindow(w: TimeWindow | undefined): w is TimeWindow {
  return w !== undefined && (w.sinceMs !== undefined || w.untilMs !== undefined);
}
