import type { CollectLimits } from '../spec.ts';

/**
 * Copies server-supplied JSON into plain, bounded data: nesting deeper than the schema-depth limit
 * is pruned, strings longer than the string limit are cut, and every cut is noted so the target's
 * coverage says what was not examined (not scanned is never clean, design.md §4).
 */
export interface BoundNotes {
  prunedDepth: number;
  truncatedStrings: number;
  droppedKeys: number;
}

export function newNotes(): BoundNotes {
  return { prunedDepth: 0, truncatedStrings: 0, droppedKeys: 0 };
}

/** Marker left where a subtree was pruned, so checks and readers can see the cut. */
export const PRUNED = '[mcp-warden: pruned, nested deeper than the schema depth limit]';

// Keys that would alter object prototypes if a later consumer merged this data naively.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_KEYS = 10_000;

function boundString(s: string, limits: CollectLimits, notes: BoundNotes): string {
  if (s.length <= limits.maxStringLength) return s;
  notes.truncatedStrings += 1;
  return s.slice(0, limits.maxStringLength);
}

/** A bounded deep copy of `value` (depth counted from this value). */
export function boundJson(
  value: unknown,
  limits: CollectLimits,
  notes: BoundNotes,
  depth = 0,
): unknown {
  if (typeof value === 'string') return boundString(value, limits, notes);
  if (value === null || typeof value !== 'object') {
    return typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
  }
  if (depth >= limits.maxSchemaDepth) {
    notes.prunedDepth += 1;
    return PRUNED;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const v of value.slice(0, MAX_KEYS)) out.push(boundJson(v, limits, notes, depth + 1));
    if (value.length > MAX_KEYS) notes.droppedKeys += value.length - MAX_KEYS;
    return out;
  }
  const out: Record<string, unknown> = {};
  let n = 0;
  for (const [k, v] of Object.entries(value)) {
    if (n++ >= MAX_KEYS) {
      notes.droppedKeys += 1;
      continue;
    }
    if (FORBIDDEN_KEYS.has(k)) {
      notes.droppedKeys += 1;
      continue;
    }
    const b = boundJson(v, limits, notes, depth + 1);
    if (b !== undefined) out[boundString(k, limits, notes)] = b;
  }
  return out;
}

/** Human reasons for the notes, for `incomplete` and coverage. */
export function describeNotes(notes: BoundNotes, limits: CollectLimits): string[] {
  const out: string[] = [];
  if (notes.prunedDepth > 0) {
    out.push(
      `${notes.prunedDepth} value(s) nested deeper than ${limits.maxSchemaDepth} levels were pruned (not examined)`,
    );
  }
  if (notes.truncatedStrings > 0) {
    out.push(
      `${notes.truncatedStrings} string(s) longer than ${limits.maxStringLength} characters were cut (the rest not examined)`,
    );
  }
  if (notes.droppedKeys > 0) {
    out.push(`${notes.droppedKeys} key(s) or array entries dropped (over size limits or unsafe)`);
  }
  return out;
}
