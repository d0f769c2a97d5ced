import type { Confidence } from '../../model/taxonomy.ts';

/**
 * Facts gathered by scanning logs for secrets (issue 6). Plain, serialisable data: never a
 * secret value, only its redacted form and hash (design.md §5, checklist C4).
 */

/** Where a log came from: ordinary logs (P1) or an assistant's own history and memory (P7). */
export type LogSourceKind = 'log' | 'assistant-history';

/** One place a secret was seen: file, 1-based line, and the line's timestamp when known. */
export interface LogSighting {
  file: string;
  line: number;
  /** ISO 8601; absent when neither the line, an earlier line nor the file gave a time. */
  ts?: string;
  /** How `ts` was obtained: read on the line, inherited from an earlier line, or file mtime. */
  tsSource?: 'line' | 'inherited' | 'mtime';
}

/** One distinct secret (by hash) with every occurrence folded in. */
export interface LogSecret {
  /** Hex sha256 of the value: correlates across files and runs; not reversible. */
  hash: string;
  rule: string;
  family: string;
  title: string;
  /** Short prefix, length and hash prefix, e.g. `ghp_…(40 chars, sha256:1a2b3c4d)`. */
  redacted: string;
  confidence: Confidence;
  validated: boolean;
  /** Safe metadata from the engine (JWT issuer, expiry…), never the value. */
  details?: Record<string, string | number | boolean>;
  /** Occurrences in this scan (within the time window). */
  count: number;
  firstSeen: LogSighting;
  lastSeen: LogSighting;
  /**
   * Files it occurs in (at most 20; `filesTotal` has them all), with a count each and the lines
   * of the first occurrences (at most 50 per file): where to purge.
   */
  files: { file: string; count: number; source: LogSourceKind; lines: number[] }[];
  filesTotal: number;
  /** Kinds of sources it was seen in. */
  sources: LogSourceKind[];
  /** Set when `--state` says an earlier run reported it (ISO time of that first report). */
  previouslyReportedAt?: string;
  /** True when it comes from `--state` only: the part of the log holding it was not re-read. */
  fromState?: boolean;
}

export type TimestampFormat =
  | 'iso8601'
  | 'epoch'
  | 'json-field'
  | 'common-log'
  | 'syslog'
  | 'klog'
  | 'logcat'
  | 'none';

/** What happened to one input file (or stdin). Coverage is per file: not scanned is never clean. */
export interface LogFileCoverage {
  file: string;
  source: LogSourceKind;
  status: 'scanned' | 'partial' | 'skipped' | 'unreadable';
  /** Why it is not fully scanned (skipped, unreadable, a limit hit). */
  reason?: string;
  gzip: boolean;
  encoding?: 'utf8' | 'utf16le';
  /** Bytes read from disk, and bytes of text scanned (after decompression). */
  bytesRead: number;
  bytesScanned: number;
  lines: number;
  /** Byte offset this run started at (non-zero when `--state` resumed an appended file). */
  startOffset?: number;
  timestampFormat: TimestampFormat;
  /** Matches dropped because their timestamp was outside `--since`/`--until`. */
  outsideWindow: number;
  matches: number;
  mtime?: string;
}

/** A well-known MCP client log location, and whether it exists on this machine. */
export interface LogLocationCoverage {
  client: string;
  path: string;
  found: boolean;
  kind: LogSourceKind;
}

export interface LogFacts {
  /** When the scan ran (ISO 8601): recency and JWT expiry are judged against it. */
  scannedAt: string;
  /** Roots the user gave (or `well-known` when none), for the report label. */
  roots: string[];
  window?: { since?: string; until?: string };
  files: LogFileCoverage[];
  secrets: LogSecret[];
  /** Only when no path was given: the well-known locations looked at. */
  locations?: LogLocationCoverage[];
  /** Totals for the summary line. */
  totals: { files: number; bytesScanned: number; lines: number; durationMs: number };
  /** Problems with the scan as a whole (too many files, a worker crashed…). */
  problems: string[];
  /** True when the distinct-secret limit was hit and later secrets were not kept. */
  secretsTruncated?: boolean;
}
