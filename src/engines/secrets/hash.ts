import { createHash } from 'node:crypto';

/** Hex sha256 of a secret: stable across files and runs, not reversible. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
