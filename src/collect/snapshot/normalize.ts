import type {
  PromptInfo,
  ResourceInfo,
  ResourceTemplateInfo,
  ServerSnapshot,
  ToolInfo,
} from '../../model/snapshot.ts';
import type { CollectLimits } from '../spec.ts';
import { type BoundNotes, boundJson } from './bound.ts';

/**
 * Turns what a server (or a snapshot file) claims is a list of tools, prompts, resources or
 * templates into bounded ServerSnapshot items. Entries without the identifying fields the
 * protocol requires are skipped and counted; everything else a hostile server sent is kept
 * (bounded) because the checks need to see it.
 */
export type ListKind = 'tools' | 'prompts' | 'resources' | 'resourceTemplates';

export const LIST_KINDS: readonly ListKind[] = [
  'tools',
  'prompts',
  'resources',
  'resourceTemplates',
];

/** The JSON-RPC method that lists each kind (MCP spec, server features). */
export const LIST_METHOD: Record<ListKind, string> = {
  tools: 'tools/list',
  prompts: 'prompts/list',
  resources: 'resources/list',
  resourceTemplates: 'resources/templates/list',
};

type ItemOf = {
  tools: ToolInfo;
  prompts: PromptInfo;
  resources: ResourceInfo;
  resourceTemplates: ResourceTemplateInfo;
};

const REQUIRED: Record<ListKind, string[]> = {
  tools: ['name'],
  prompts: ['name'],
  resources: ['uri', 'name'],
  resourceTemplates: ['uriTemplate', 'name'],
};

export interface NormalizeResult<K extends ListKind> {
  items: ItemOf[K][];
  /** Entries skipped because they lacked the required fields or were not objects. */
  invalid: number;
  /** Entries not kept because `room` ran out (the maxItems limit). */
  overLimit: number;
}

/** Normalises one page (or a whole list) of `kind`, keeping at most `room` entries. */
export function normalizeItems<K extends ListKind>(
  kind: K,
  raw: unknown,
  limits: CollectLimits,
  notes: BoundNotes,
  room: number,
): NormalizeResult<K> {
  const res: NormalizeResult<K> = { items: [], invalid: 0, overLimit: 0 };
  if (!Array.isArray(raw)) {
    if (raw !== undefined) res.invalid += 1;
    return res;
  }
  for (const entry of raw) {
    if (res.items.length >= room) {
      res.overLimit = raw.length - res.items.length - res.invalid;
      break;
    }
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      res.invalid += 1;
      continue;
    }
    const rec = entry as Record<string, unknown>;
    if (!REQUIRED[kind].every((k) => typeof rec[k] === 'string')) {
      res.invalid += 1;
      continue;
    }
    res.items.push(boundJson(rec, limits, notes) as ItemOf[K]);
  }
  return res;
}

/**
 * Copies what a server says about itself (serverInfo, capabilities, instructions, negotiated
 * protocol version) into the snapshot, bounded the same way whether it came live or from a file.
 * Values of the wrong type are left out.
 */
export function setServerMeta(
  snapshot: ServerSnapshot,
  meta: {
    serverInfo?: unknown;
    capabilities?: unknown;
    instructions?: unknown;
    protocolVersion?: unknown;
  },
  limits: CollectLimits,
  notes: BoundNotes,
): void {
  const isObject = (v: unknown): v is object =>
    v !== null && typeof v === 'object' && !Array.isArray(v);
  if (isObject(meta.serverInfo)) {
    snapshot.serverInfo = boundJson(meta.serverInfo, limits, notes) as ServerSnapshot['serverInfo'];
  }
  if (isObject(meta.capabilities)) {
    snapshot.capabilities = boundJson(meta.capabilities, limits, notes) as Record<string, unknown>;
  }
  if (typeof meta.instructions === 'string') {
    snapshot.instructions = boundJson(meta.instructions, limits, notes) as string;
  }
  if (typeof meta.protocolVersion === 'string') {
    snapshot.protocolVersion = meta.protocolVersion.slice(0, 64);
  }
}
