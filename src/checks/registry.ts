import type { Check } from './check.ts';
import { configChecks } from './config/index.ts';
import { descriptionChecks } from './description/index.ts';
import { endpointChecks } from './endpoint/index.ts';
import { logChecks } from './logs/index.ts';
import { transportChecks } from './transport/index.ts';

/**
 * Every check, by area. Explicit on purpose: a meta-test proves every check file is listed here
 * exactly once, so a check cannot be silently left out.
 */
export const CHECKS: readonly Check[] = [
  ...descriptionChecks,
  ...transportChecks,
  ...endpointChecks,
  ...configChecks,
  ...logChecks,
];

export function getCheck(id: string): Check | undefined {
  return CHECKS.find((c) => c.meta.id === id);
}
