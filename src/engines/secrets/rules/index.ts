import type { SecretRule } from '../types.ts';
import { aiRules } from './ai.ts';
import { cloudRules } from './cloud.ts';
import { collabRules } from './collab.ts';
import { devtoolsRules } from './devtools.ts';
import { genericRules } from './generic.ts';
import { githubRules } from './github.ts';
import { jwtRules } from './jwt.ts';
import { keyRules } from './keys.ts';
import { moreRules } from './more.ts';

/** Every secret rule, as data (see docs/secrets.md for how to add one). */
export const SECRET_RULES: readonly SecretRule[] = [
  ...githubRules,
  ...devtoolsRules,
  ...aiRules,
  ...cloudRules,
  ...collabRules,
  ...jwtRules,
  ...keyRules,
  ...moreRules,
  ...genericRules,
];
