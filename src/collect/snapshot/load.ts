import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { emptySnapshot, type ServerSnapshot, type TransportKind } from '../../model/snapshot.ts';
import { safeUrl } from '../mcp/redact.ts';
import type { CollectLimits } from '../spec.ts';
import { describeNotes, newNotes } from './bound.ts';
import { LIST_KINDS, normalizeItems, setServerMeta } from './normalize.ts';

/**
 * Reads a snapshot file (docs/snapshot-format.md): `{"servers": [...]}` as we save it, a bare
 * `tools/list` result `{"tools": [...]}`, or a JSON-RPC response wrapping one. A snapshot is
 * hostile input like a live server: bounded size, bounded items, lenient about shape.
 */
export const SNAPSHOT_SCHEMA = 'mcp-warden/snapshot@1';
export const MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024;
const MAX_SERVERS = 1_000;
const TRANSPORTS: readonly TransportKind[] = ['stdio', 'streamable-http', 'sse', 'snapshot'];

export interface LoadedServer {
  snapshot: ServerSnapshot;
  /** Why this server's data is not complete (limits hit, malformed entries, saved as partial). */
  problems: string[];
}

export type LoadResult = { ok: true; servers: LoadedServer[] } | { ok: false; error: string };

async function readBounded(file: string): Promise<string> {
  const { size } = await stat(file);
  if (size > MAX_SNAPSHOT_BYTES) {
    throw new Error(`file is ${size} bytes, over the ${MAX_SNAPSHOT_BYTES}-byte limit`);
  }
  // Streamed with a running count: the file may grow between stat and read.
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of createReadStream(file)) {
    total += (chunk as Buffer).length;
    if (total > MAX_SNAPSHOT_BYTES) throw new Error('file grew past the size limit');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks as unknown as Uint8Array[]).toString('utf8');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The server entries of a parsed document, whichever accepted shape it has. */
function serverEntries(doc: unknown): unknown[] | undefined {
  if (!isObject(doc)) return undefined;
  if (Array.isArray(doc.servers)) return doc.servers;
  // A JSON-RPC response to tools/list (what a proxy or `curl` capture holds).
  if (isObject(doc.result) && LIST_KINDS.some((k) => Array.isArray((doc.result as never)[k]))) {
    return [doc.result];
  }
  if (LIST_KINDS.some((k) => Array.isArray(doc[k]))) return [doc];
  return undefined;
}

function toServer(raw: unknown, i: number, limits: CollectLimits): LoadedServer {
  const problems: string[] = [];
  const notes = newNotes();
  const rec = isObject(raw) ? raw : {};
  if (!isObject(raw)) problems.push(`server entry ${i + 1} is not an object`);
  const rawName = typeof rec.name === 'string' && rec.name.trim() ? rec.name : `server-${i + 1}`;
  const snapshot = emptySnapshot(rawName.slice(0, 200));
  for (const kind of LIST_KINDS) {
    const out = normalizeItems(kind, rec[kind], limits, notes, limits.maxItems);
    (snapshot[kind] as unknown[]) = out.items;
    if (out.invalid > 0) problems.push(`${kind}: ${out.invalid} malformed entries skipped`);
    if (out.overLimit > 0) {
      problems.push(`${kind}: ${out.overLimit} entries beyond the ${limits.maxItems}-item limit`);
    }
  }
  setServerMeta(snapshot, rec, limits, notes);
  if (TRANSPORTS.includes(rec.transport as TransportKind)) {
    snapshot.transport = rec.transport as TransportKind;
  }
  // A hand-made file may carry credentials in the URL; findings quote this URL as evidence.
  if (typeof rec.url === 'string') snapshot.url = safeUrl(rec.url.slice(0, 2048));
  if (Array.isArray(rec.incomplete)) {
    const saved = rec.incomplete.filter((x): x is string => typeof x === 'string').slice(0, 50);
    if (saved.length > 0) {
      snapshot.incomplete = saved.map((s) => s.slice(0, 500));
      problems.push(...snapshot.incomplete.map((s) => `saved as incomplete: ${s}`));
    }
  }
  problems.push(...describeNotes(notes, limits));
  return { snapshot, problems };
}

/** Loads and validates a snapshot file. Never throws: a bad file is `{ ok: false, error }`. */
export async function loadSnapshotFile(file: string, limits: CollectLimits): Promise<LoadResult> {
  let text: string;
  try {
    text = await readBounded(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      ok: false,
      error: code
        ? `cannot read snapshot (${code})`
        : `cannot read snapshot: ${(err as Error).message}`,
    };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return {
      ok: false,
      error: `snapshot is not valid JSON: ${(err as Error).message.slice(0, 120)}`,
    };
  }
  if (isObject(doc) && typeof doc.schema === 'string' && doc.schema !== SNAPSHOT_SCHEMA) {
    if (!doc.schema.startsWith('mcp-warden/snapshot@')) {
      return { ok: false, error: 'snapshot has an unknown "schema" marker' };
    }
  }
  const entries = serverEntries(doc);
  if (!entries) {
    return {
      ok: false,
      error: 'not a snapshot: expected {"servers": [...]}, {"tools": [...]} or a JSON-RPC result',
    };
  }
  if (entries.length === 0) return { ok: false, error: 'snapshot holds no servers' };
  const servers = entries.slice(0, MAX_SERVERS).map((e, i) => toServer(e, i, limits));
  if (entries.length > MAX_SERVERS) {
    servers[servers.length - 1]?.problems.push(
      `${entries.length - MAX_SERVERS} further servers in the file were not loaded (limit ${MAX_SERVERS})`,
    );
  }
  return { ok: true, servers };
}
