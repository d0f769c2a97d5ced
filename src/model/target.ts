/**
 * A target is one thing we audit: a server we connect to, a saved snapshot of one, an endpoint,
 * a config file set, a log set. Coverage says how much of it we could actually examine: not
 * scanned is never clean (design.md §4).
 */
export type TargetKind = 'stdio' | 'http' | 'snapshot' | 'endpoint' | 'config' | 'logs';

export interface Target {
  /** Unique within a report, e.g. `stdio:1`, `http:https://mcp.example.com/mcp`. */
  id: string;
  kind: TargetKind;
  /** Human label, e.g. the server name or URL (credentials stripped). */
  label: string;
}

export type CoverageStatus = 'scanned' | 'partial' | 'unreachable' | 'skipped';

export interface CheckNotRun {
  check: string;
  reason: string;
}

export interface Coverage {
  status: CoverageStatus;
  /** Why the coverage is not full: collection problems, limits hit, checks that could not run. */
  reasons: string[];
  checksRun: string[];
  checksNotRun: CheckNotRun[];
  /** Checks that threw or timed out: their area was not examined. */
  checksFailed: CheckNotRun[];
}

const ORDER: CoverageStatus[] = ['scanned', 'partial', 'unreachable', 'skipped'];

/** The worse of two statuses, for merging collector and runner views. */
export function worseStatus(a: CoverageStatus, b: CoverageStatus): CoverageStatus {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}
