import type { Confidence } from '../../model/taxonomy.ts';

/**
 * One secret found in text. Never carries the secret itself: only where it is and a redacted
 * form (design.md §5, checklist C4).
 */
export interface SecretMatch {
  /** Rule id, e.g. `github-fine-grained-pat`. */
  rule: string;
  /** Provider or family, e.g. `github`, `aws`, `generic`; keys the rotation advice. */
  family: string;
  title: string;
  /** Offsets of the secret value in the scanned text (UTF-16 code units). */
  start: number;
  end: number;
  /** Hex sha256 of the secret value, for correlation across files and runs. */
  hash: string;
  /** e.g. `ghp_…(40 chars, sha256:1a2b3c4d)`: a short prefix, the length, a hash prefix. */
  redacted: string;
  confidence: Confidence;
  /** True when a checksum or structure check passed (GitHub CRC32, JWT header/payload JSON…). */
  validated?: boolean;
  /** Safe metadata only (JWT issuer, audience, expiry; AWS key id prefix…), never the value. */
  details?: Record<string, string | number | boolean>;
}
