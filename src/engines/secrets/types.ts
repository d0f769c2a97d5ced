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
  /** How the value was written where it was found: as is, JSON-escaped or URL-encoded. */
  encoding?: 'plain' | 'json' | 'url';
}

/** Safe metadata a validator may attach to a match. */
export type SecretDetails = Record<string, string | number | boolean>;

/** What a rule's validator says about one candidate value. */
export interface SecretValidation {
  /** False drops the candidate (wrong structure, placeholder, low entropy…). */
  ok: boolean;
  /** True when a checksum or structure check proved the format (not that the secret is live). */
  validated: boolean;
  details?: SecretDetails;
  /** Overrides the rule's confidence for this value (e.g. a checksum that does not match). */
  confidence?: Confidence;
}

/** Where a candidate was found: validators that need neighbours (AWS pairs, SAS params) read it. */
export interface SecretContext {
  /** The scanned (possibly decoded) text and the candidate's whole match within it. */
  text: string;
  matchStart: number;
  matchEnd: number;
}

/**
 * A detector as data (gitleaks-style): literal keywords gate the regular expression, which runs
 * only near a keyword hit; examples are executed by a table-driven test.
 */
export interface SecretRule {
  /** Kebab-case, unique, stable: it appears in findings and baselines. */
  id: string;
  /** Provider or family; keys `rotationAdvice`. */
  family: string;
  title: string;
  /** The impact: what an attacker can do with it. */
  description: string;
  /** Lowercase literals; the rule runs only near a case-insensitive occurrence of one. */
  keywords: readonly string[];
  /**
   * Bounded, linear-safe pattern. The value is the named group `secret`, else group 1, else the
   * whole match. Flags other than `i`, `m`, `s`, `u` are ignored (the engine adds `g` and `d`).
   */
  pattern: RegExp;
  /** Characters before / after a keyword hit to search (defaults 64 / 512). */
  window?: { before: number; after: number };
  validate?: (value: string, ctx: SecretContext) => SecretValidation;
  /** Minimum Shannon entropy (bits per char) of the value. */
  entropyMin?: number;
  confidence: Confidence;
  /** Dedupe: among overlapping matches the highest wins (default 50; generic rules lower). */
  priority?: number;
  /** Canonical form for hashing (e.g. a PEM body without armor or escapes): same key, same hash. */
  normalize?: (value: string) => string;
  /** Skip the shared placeholder filter (for rules whose value shape cannot be a template). */
  skipPlaceholderCheck?: boolean;
  /**
   * A literal every match contains (case-sensitive), checked with `indexOf` before the pattern
   * runs on a window: a frequent keyword (`://`) then costs the pattern only where a match is
   * possible (`@` for userinfo).
   */
  requires?: string;
  /** Examples run by test/engines/secrets/rules.test.ts: every `bad` must match, no `good` may. */
  examples: { bad: readonly string[]; good: readonly string[] };
}

/** What to do when a secret of a family leaked (checklist C10). */
export interface RotationAdvice {
  provider: string;
  /** URL or console path where the credential is revoked. */
  revokeAt: string;
  steps: readonly string[];
  docs?: string;
}
