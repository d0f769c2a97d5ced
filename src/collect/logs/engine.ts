import { scanText } from '../../engines/secrets/scan.ts';
import type { ScanFn } from './text-scanner.ts';

/** The shared secret engine (src/engines/secrets) as the log scanner calls it. */
export const engineScan: ScanFn = (text) => scanText(text);
