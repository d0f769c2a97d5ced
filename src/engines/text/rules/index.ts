import type { Rule } from '../types.ts';
import { coercedRules } from './coerced.ts';
import { concealmentRules } from './concealment.ts';
import { exfiltrationRules } from './exfiltration.ts';
import { instructionOverrideRules } from './instruction-override.ts';
import { outOfScopeRules } from './out-of-scope.ts';
import { overtRules } from './overt.ts';
import { preferenceRules } from './preference.ts';
import { sensitiveDataRules } from './sensitive-data.ts';
import { shadowingRules } from './shadowing.ts';
import { structuralRules } from './structural.ts';
import { tamperingRules } from './tampering.ts';

/** Every injection rule, by family. Order does not matter: hits are combined by noisy-OR. */
export const RULES: readonly Rule[] = [
  ...instructionOverrideRules,
  ...concealmentRules,
  ...coercedRules,
  ...sensitiveDataRules,
  ...exfiltrationRules,
  ...tamperingRules,
  ...shadowingRules,
  ...preferenceRules,
  ...outOfScopeRules,
  ...structuralRules,
  ...overtRules,
];
