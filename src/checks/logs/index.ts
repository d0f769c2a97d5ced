import type { Check } from '../check.ts';
import { secretInAssistantHistory } from './secret-in-assistant-history.ts';
import { secretInLogs } from './secret-in-logs.ts';

/** Checks of this area, sorted by id. Each lives in its own file named after its id. */
export const logChecks: Check[] = [secretInAssistantHistory, secretInLogs];
