import type { Check } from '../check.ts';

/** Checks of this area, sorted by id. Each lives in its own file named after its id. */
export const endpointChecks: Check[] = [];
