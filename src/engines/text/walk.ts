import type { AnalyzableItem, EngineLimits } from './types.ts';

/** One model-visible string of an item, with its path. */
export interface FieldString {
  field: string;
  text: string;
  /** Set for schema properties and prompt arguments: the parameter's name and description. */
  param?: { name: string; description: string; defaultValue?: string };
  /** Whether the string is prose (descriptions, titles) the classifier should read. */
  prose: boolean;
  /** Identifiers (URIs, MIME types): scanned for hidden characters, not for instructions. */
  identifier?: boolean;
}

export interface WalkResult {
  strings: FieldString[];
  truncated: boolean;
}

const PROSE_KEYS = new Set(['description', 'title', 'instructions', 'summary', 'help']);
const IDENTIFIERS = new Set(['uri', 'uriTemplate', 'mimeType']);
const TOP_FIELDS = [
  'name',
  'title',
  'description',
  'instructions',
  'uri',
  'uriTemplate',
  'mimeType',
];

function safeKey(k: string): string {
  return /^[\w-]{1,64}$/.test(k) ? k : JSON.stringify(k.slice(0, 64));
}

/**
 * Lists every string of an item the model can see: names, titles, descriptions, server
 * instructions, annotation strings, prompt arguments, and every string in input and output
 * schemas (property names, descriptions, defaults, enums, examples), within depth, count and
 * size bounds. Hostile input: cycles, huge arrays and deep nesting end the walk, never the scan.
 */
export function walkItem(item: AnalyzableItem, limits: EngineLimits): WalkResult {
  const strings: FieldString[] = [];
  let total = 0;
  let truncated = false;
  const push = (s: FieldString): boolean => {
    if (strings.length >= limits.maxStrings || total >= limits.maxItemChars) {
      truncated = true;
      return false;
    }
    total += Math.min(s.text.length, limits.maxFieldChars);
    strings.push(s);
    return true;
  };
  for (const k of TOP_FIELDS) {
    const v = item[k];
    if (typeof v === 'string' && v) {
      push({ field: k, text: v, prose: PROSE_KEYS.has(k), identifier: IDENTIFIERS.has(k) });
    }
  }
  const seen = new Set<unknown>();
  const walk = (node: unknown, path: string, depth: number, inProps: boolean): void => {
    if (truncated) return;
    if (typeof node === 'string') {
      if (node)
        push({
          field: path,
          text: node,
          prose: PROSE_KEYS.has(path.slice(path.lastIndexOf('.') + 1)),
        });
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (depth > limits.maxDepth || seen.has(node)) {
      if (depth > limits.maxDepth) truncated = true;
      return;
    }
    seen.add(node);
    if (Array.isArray(node)) {
      const n = Math.min(node.length, limits.maxStrings);
      if (node.length > n) truncated = true;
      for (let i = 0; i < n; i++) walk(node[i], `${path}[${i}]`, depth + 1, false);
      return;
    }
    let count = 0;
    for (const key of Object.keys(node)) {
      if (++count > limits.maxStrings) {
        truncated = true;
        break;
      }
      const value = (node as Record<string, unknown>)[key];
      const sub = `${path}.${safeKey(key)}`;
      if (inProps) {
        // A property name is model-visible text too (MSB out-of-scope parameters live here).
        const desc =
          value &&
          typeof value === 'object' &&
          typeof (value as { description?: unknown }).description === 'string'
            ? (value as { description: string }).description
            : '';
        const dv =
          value && typeof value === 'object' ? (value as { default?: unknown }).default : undefined;
        const defaultValue =
          typeof dv === 'string'
            ? dv
            : Array.isArray(dv)
              ? dv.filter((x) => typeof x === 'string').join(', ')
              : undefined;
        const param = defaultValue
          ? { name: key, description: desc, defaultValue: defaultValue.slice(0, 300) }
          : { name: key, description: desc };
        if (!push({ field: sub, text: key, param, prose: false })) return;
      }
      walk(value, sub, depth + 1, key === 'properties' && !inProps);
    }
  };
  if (item.inputSchema !== undefined) walk(item.inputSchema, 'inputSchema', 0, false);
  if (item.outputSchema !== undefined) walk(item.outputSchema, 'outputSchema', 0, false);
  if (item.annotations !== undefined) walk(item.annotations, 'annotations', 0, false);
  if (Array.isArray(item.arguments)) {
    const args = item.arguments.slice(0, limits.maxStrings);
    if (item.arguments.length > args.length) truncated = true;
    args.forEach((a, i) => {
      if (!a || typeof a !== 'object') return;
      const rec = a as Record<string, unknown>;
      const name = typeof rec.name === 'string' ? rec.name : '';
      const desc = typeof rec.description === 'string' ? rec.description : '';
      if (name)
        push({
          field: `arguments[${i}].name`,
          text: name,
          param: { name, description: desc },
          prose: false,
        });
      walk({ ...rec, name: undefined }, `arguments[${i}]`, 1, false);
    });
  }
  return { strings, truncated };
}
