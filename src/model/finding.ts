import { createHash } from 'node:crypto';
import type { ChecklistId, Confidence, PatternId, Severity } from './taxonomy.ts';

export type LocationKind =
  | 'tool'
  | 'prompt'
  | 'resource'
  | 'resource-template'
  | 'server'
  | 'endpoint'
  | 'config'
  | 'file'
  | 'log';

/** Where a finding is. Only the fields that apply are set. */
export interface Location {
  server?: string;
  kind?: LocationKind;
  name?: string;
  /** A path into the item, e.g. `description` or `inputSchema.properties.path.description`. */
  field?: string;
  file?: string;
  line?: number;
  url?: string;
}

export interface Finding {
  rule: string;
  title: string;
  severity: Severity;
  confidence: Confidence;
  checklist: ChecklistId;
  patterns: PatternId[];
  owasp?: string[];
  /** Id of the target this finding belongs to (`Report.targets[].id`), or `scan` for cross-target. */
  target: string;
  location: Location;
  /** What specifically is wrong here, in one or two sentences. */
  message: string;
  /** A short excerpt: control characters escaped, secrets redacted. */
  evidence: string;
  remediation: string;
  fingerprint: string;
  /** Structured, check-specific detail (rules fired, decoded payloads, token metadata…). */
  details?: Record<string, unknown>;
}

/** What a check returns; the runner fills in metadata defaults, target and fingerprint. */
export interface FindingDraft {
  message: string;
  location: Location;
  evidence?: string;
  severity?: Severity;
  confidence?: Confidence;
  /** Overrides the check's default title for this finding. */
  title?: string;
  patterns?: PatternId[];
  details?: Record<string, unknown>;
  /**
   * Extra identity for the fingerprint when location alone does not make the finding unique
   * (e.g. the hash of a secret). Must not contain the secret itself.
   */
  key?: string;
  /** Set by scan-wide checks to attribute a finding to one target. */
  target?: string;
}

/**
 * A stable id for baselines and suppressions: same rule, same target identity, same place, same
 * key → same fingerprint across runs. Line numbers are left out on purpose: they drift.
 */
export function fingerprint(rule: string, targetKey: string, loc: Location, key = ''): string {
  const parts = [
    rule,
    targetKey,
    loc.server,
    loc.kind,
    loc.name,
    loc.field,
    loc.file,
    loc.url,
    key,
  ];
  return createHash('sha256')
    .update(parts.map((p) => p ?? '').join('\u0000'))
    .digest('hex')
    .slice(0, 20);
}
