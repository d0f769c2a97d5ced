import type { Check } from '../check.ts';
import { deprecatedSseTransport } from './deprecated-sse-transport.ts';
import { plainHttpTransport } from './plain-http-transport.ts';

/** Checks of this area, sorted by id. Each lives in its own file named after its id. */
export const transportChecks: Check[] = [deprecatedSseTransport, plainHttpTransport];
