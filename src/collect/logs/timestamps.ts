import type { TimestampFormat } from './facts.ts';

/**
 * Per-file timestamp formats. A format is detected once from a file's first lines; afterwards a
 * line is parsed only when a match needs its time, so parsing stays off the hot path.
 * Times without a zone are read as UTC (documented in docs/logs.md): a log rarely says its zone,
 * and guessing the scanner's local zone would make results depend on where it runs.
 */
export interface TimestampParser {
  format: TimestampFormat;
  /** Epoch milliseconds of the line's own timestamp, or undefined when it has none. */
  parse(line: string): number | undefined;
}

const MONTHS: Record<string, number> = {
  Jan: 0,
  Feb: 1,
  Mar: 2,
  Apr: 3,
  May: 4,
  Jun: 5,
  Jul: 6,
  Aug: 7,
  Sep: 8,
  Oct: 9,
  Nov: 10,
  Dec: 11,
};

/** Only the first characters of a line can hold its timestamp; never run a regex on megabytes. */
const HEAD = 160;

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms = 0): number {
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return Number.NaN;
  return Date.UTC(y, mo, d, h, mi, s, ms);
}

function fractionMs(frac: string | undefined): number {
  if (!frac) return 0;
  return Number(frac.slice(0, 3).padEnd(3, '0'));
}

function zoneOffsetMs(zone: string | undefined): number {
  if (!zone || zone === 'Z' || zone === 'z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const h = Number(digits.slice(0, 2));
  const m = Number(digits.slice(2, 4) || '0');
  return sign * (h * 60 + m) * 60_000;
}

// ISO 8601 / RFC 3339 and its log cousins: log4j and Python (`2026-10-10 13:55:36,123`), Go's
// standard logger (`2026/10/10 13:55:36.123456`),
// CloudWatch exports and Kubernetes CRI lines (`2026-10-10T13:55:36.123456789Z stdout F …`),
// RFC 5424 syslog (`<34>1 2026-10-11T22:14:15.003Z …`), bracketed (`[2026-10-10 13:55:36]`).
const ISO_AT_START =
  /^(?:<\d{1,3}>\d{0,2} ?|\[)?(\d{4})[-/](\d{2})[-/](\d{2})[T \t](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))? ?(Z|z|[+-]\d{2}(?::?\d{2})?)?(?![\d:])/;
const ISO_ANYWHERE =
  /(\d{4})[-/](\d{2})[-/](\d{2})[T \t](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))? ?(Z|z|[+-]\d{2}(?::?\d{2})?)?(?![\d:])/;

function isoFrom(m: RegExpExecArray): number | undefined {
  const t = utc(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6]),
    fractionMs(m[7]),
  );
  if (Number.isNaN(t)) return undefined;
  return t - zoneOffsetMs(m[8]);
}

/** Parses one ISO 8601-like string (a JSON field value, a CLI argument). */
export function parseIsoLike(s: string): number | undefined {
  const m = ISO_AT_START.exec(s);
  if (m) return isoFrom(m);
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (d) {
    const t = utc(Number(d[1]), Number(d[2]) - 1, Number(d[3]), 0, 0, 0);
    return Number.isNaN(t) ? undefined : t;
  }
  return undefined;
}

/** Epoch numbers: seconds, milliseconds, microseconds or nanoseconds by magnitude. */
export function epochToMs(n: number): number | undefined {
  if (!Number.isFinite(n) || n <= 0) return undefined;
  if (n < 1e11) return n * 1000;
  if (n < 1e14) return n;
  if (n < 1e17) return n / 1000;
  return n / 1e6;
}

const iso: TimestampParser = {
  format: 'iso8601',
  parse(line) {
    const c = line.charCodeAt(0);
    // Cheap gate: a digit, `[` or `<` must start the line.
    if (!((c >= 48 && c <= 57) || c === 91 || c === 60)) return undefined;
    const m = ISO_AT_START.exec(line.slice(0, HEAD));
    return m ? isoFrom(m) : undefined;
  },
};

// logfmt and friends put the time after a level or key: `time="2026-…"`, `INFO 2026-…`.
const isoNear: TimestampParser = {
  format: 'iso8601',
  parse(line) {
    const m = ISO_ANYWHERE.exec(line.slice(0, 64));
    return m ? isoFrom(m) : undefined;
  },
};

const EPOCH_AT_START = /^\[?(\d{10}|\d{13})(?:\.(\d{1,9}))?(?=[\s,;|\]]|$)/;

const epoch: TimestampParser = {
  format: 'epoch',
  parse(line) {
    const c = line.charCodeAt(0);
    if (!((c >= 48 && c <= 57) || c === 91)) return undefined;
    const m = EPOCH_AT_START.exec(line.slice(0, 32));
    if (!m) return undefined;
    return epochToMs(Number(m[2] ? `${m[1]}.${m[2]}` : m[1]));
  },
};

// The first top-level-looking time field of a JSON line: pino `time`, Bunyan/Winston
// `timestamp`, Logstash/ECS `@timestamp`, Kubernetes json-file `time`, CloudWatch export
// `timestamp`, Serilog `@t`/`Timestamp`, Azure Monitor `TimeGenerated`, journald
// `__REALTIME_TIMESTAMP` (microseconds as a string), nginx JSON `time_local`. Key names are
// matched case-insensitively. The lookbehind skips `\"time\"` inside an escaped string.
const JSON_TIME =
  /(?<!\\)"(?:@?timestamp|time|ts|@t|date|datetime|event_?time|created_?at|logged_?at|_time|timegenerated|__realtime_timestamp|_source_realtime_timestamp|time_local|time_iso8601)"\s*:\s*(?:"([^"\\]{4,40})"|(-?\d{9,19}(?:\.\d+)?))/i;
const CLF_VALUE = /^(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-]\d{4})$/;

function jsonTimeValue(v: string): number | undefined {
  if (/^\d{9,19}(?:\.\d+)?$/.test(v)) return epochToMs(Number(v));
  const iso = parseIsoLike(v);
  if (iso !== undefined) return iso;
  const m = CLF_VALUE.exec(v);
  return m ? clfFrom(m) : undefined;
}

/** Day, month name, year, h, m, s and zone of a common-log-format time. */
function clfFrom(m: RegExpExecArray): number | undefined {
  const mo = MONTHS[m[2]!];
  if (mo === undefined) return undefined;
  const t = utc(Number(m[3]), mo, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  return Number.isNaN(t) ? undefined : t - zoneOffsetMs(m[7]);
}

const jsonField: TimestampParser = {
  format: 'json-field',
  parse(line) {
    let i = 0;
    while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
    // `{` starts a JSON line; `"` a key line of pretty-printed JSON (CloudWatch and HAR exports).
    const c = line.charCodeAt(i);
    if (c !== 123 && c !== 34) return undefined;
    const m = JSON_TIME.exec(line.length > 4096 ? line.slice(0, 4096) : line);
    if (!m) return undefined;
    if (m[1] !== undefined) return jsonTimeValue(m[1]);
    return epochToMs(Number(m[2]));
  },
};

// NCSA common / combined log format (nginx, Apache access): `[10/Oct/2026:13:55:36 +0000]`.
const CLF = /\[(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-]\d{4})\]/;

const commonLog: TimestampParser = {
  format: 'common-log',
  parse(line) {
    // S3 server access logs put a 64-hex owner id and the bucket name before the bracket.
    const b = line.indexOf('[');
    if (b < 0 || b > 160) return undefined;
    const m = CLF.exec(line.slice(b, b + 40));
    return m ? clfFrom(m) : undefined;
  },
};

// Apache error log: `[Wed Oct 11 14:32:52.123456 2026] [core:error] …`.
const APACHE_ERR =
  /^\[[A-Z][a-z]{2} ([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))? (\d{4})\]/;

const apacheError: TimestampParser = {
  format: 'common-log',
  parse(line) {
    if (line.charCodeAt(0) !== 91) return undefined;
    const m = APACHE_ERR.exec(line.slice(0, 48));
    if (!m) return undefined;
    const mo = MONTHS[m[1]!];
    if (mo === undefined) return undefined;
    const t = utc(
      Number(m[7]),
      mo,
      Number(m[2]),
      Number(m[3]),
      Number(m[4]),
      Number(m[5]),
      fractionMs(m[6]),
    );
    return Number.isNaN(t) ? undefined : t;
  },
};

/**
 * A format without a year: the year comes from the file's mtime, one year earlier for dates after
 * it (December lines in a file last written in January). Groups: month, day, h, m, s, fraction.
 */
function yearlessParser(
  format: TimestampFormat,
  mtimeMs: number,
  startsLike: (c: number) => boolean,
  re: RegExp,
  month: (group: string) => number | undefined,
): TimestampParser {
  const refYear = new Date(mtimeMs).getUTCFullYear();
  // Clocks and time zones differ between the writer and the file system: allow two days' slack.
  const limit = mtimeMs + 2 * 86_400_000;
  return {
    format,
    parse(line) {
      if (!startsLike(line.charCodeAt(0))) return undefined;
      const m = re.exec(line.slice(0, 24));
      if (!m) return undefined;
      const mo = month(m[1]!);
      if (mo === undefined) return undefined;
      const rest = [
        Number(m[2]),
        Number(m[3]),
        Number(m[4]),
        Number(m[5]),
        fractionMs(m[6]),
      ] as const;
      let t = utc(refYear, mo, ...rest);
      if (t > limit) t = utc(refYear - 1, mo, ...rest);
      return Number.isNaN(t) ? undefined : t;
    },
  };
}

// RFC 3164 syslog carries no year: `Oct 10 13:55:36`.
const SYSLOG = /^([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?/;
// klog / glog, the Kubernetes components' format: `I1010 13:55:36.123456   12345 file.go:42] …`.
const KLOG = /^[IWEF](\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?/;
// Android logcat: `10-10 13:55:36.123  1234  5678 I Tag: …` — month-day.
const LOGCAT = /^(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?/;

const monthNumber = (g: string): number => Number(g) - 1;

function syslogParser(mtimeMs: number): TimestampParser {
  return yearlessParser(
    'syslog',
    mtimeMs,
    (c) => c >= 65 && c <= 90,
    SYSLOG,
    (g) => MONTHS[g],
  );
}

function klogParser(mtimeMs: number): TimestampParser {
  const levels = (c: number) => c === 73 || c === 87 || c === 69 || c === 70;
  return yearlessParser('klog', mtimeMs, levels, KLOG, monthNumber);
}

function logcatParser(mtimeMs: number): TimestampParser {
  return yearlessParser('logcat', mtimeMs, (c) => c === 48 || c === 49, LOGCAT, monthNumber);
}

export const NO_TIMESTAMPS: TimestampParser = { format: 'none', parse: () => undefined };

/**
 * Picks the format that dates the most of the sample lines (ties: the more specific format).
 * `mtimeMs` anchors formats without a year.
 */
export function detectTimestampFormat(sample: readonly string[], mtimeMs: number): TimestampParser {
  const candidates = [
    jsonField,
    iso,
    epoch,
    commonLog,
    apacheError,
    syslogParser(mtimeMs),
    klogParser(mtimeMs),
    logcatParser(mtimeMs),
    isoNear,
  ];
  let best = NO_TIMESTAMPS;
  let bestCount = 0;
  for (const p of candidates) {
    let n = 0;
    for (const line of sample) if (p.parse(line) !== undefined) n++;
    if (n > bestCount) {
      best = p;
      bestCount = n;
    }
  }
  return best;
}

/** Splits the start of a text into up to `max` non-empty lines for detection. */
export function sampleLines(text: string, max = 64): string[] {
  const out: string[] = [];
  let pos = 0;
  while (out.length < max && pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, Math.min(nl, pos + 4096));
    if (line.trim() !== '') out.push(line);
    pos = nl + 1;
  }
  return out;
}
