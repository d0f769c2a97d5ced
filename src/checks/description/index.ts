import type { Check } from '../check.ts';
import { concealmentDirective } from './concealment-directive.ts';
import { hiddenCharacters } from './hidden-characters.ts';
import { instructionOverride } from './instruction-override.ts';
import { maliciousCapability } from './malicious-capability.ts';
import { terminalEscapeSequences } from './terminal-escape-sequences.ts';
import { toolNameCollision } from './tool-name-collision.ts';
import { toolPoisoning } from './tool-poisoning.ts';

/** Checks of this area, sorted by id. Each lives in its own file named after its id. */
export const descriptionChecks: Check[] = [
  concealmentDirective,
  hiddenCharacters,
  instructionOverride,
  maliciousCapability,
  terminalEscapeSequences,
  toolNameCollision,
  toolPoisoning,
];
