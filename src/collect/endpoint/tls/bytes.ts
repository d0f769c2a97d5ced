/**
 * @types/node 20.9 predates TypeScript 6's generic Uint8Array, so a Buffer no longer type-checks
 * where a Uint8Array is expected. These casts are sound at run time (Buffer is a Uint8Array) and
 * keep the workaround in one place until the types are upgraded.
 */
export function concatBytes(parts: readonly Buffer[], total?: number): Buffer {
  return Buffer.concat(parts as unknown as Uint8Array[], total);
}

/** A Buffer typed as the Uint8Array it is. */
export function asView(b: Buffer): Uint8Array {
  return b as unknown as Uint8Array;
}
