/**
 * The shared secret-detection engine (issue 6): rules as data, a literal-keyword prefilter,
 * validators, redaction and rotation advice. Used by the log scanner, the config audit and the
 * endpoint checks.
 */
export { secretFamiliesMarkdown } from './docs.ts';
export { hashSecret } from './hash.ts';
export { DOC_EXAMPLE_VALUES, isPlaceholder } from './placeholders.ts';
export { type RedactOptions, redact } from './redact.ts';
export { ROTATION_ADVICE, rotationAdvice } from './rotation.ts';
export { SECRET_RULES } from './rules/index.ts';
export { type ScanOptions, scanText } from './scan.ts';
export type {
  RotationAdvice,
  SecretContext,
  SecretDetails,
  SecretMatch,
  SecretRule,
  SecretValidation,
} from './types.ts';
