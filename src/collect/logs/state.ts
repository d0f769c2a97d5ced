import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { LogSecret } from './facts.ts';
import { readBytes, u8 } from './read-part.ts';

/**
 * `--state FILE`: what a previous run scanned, so a daily run reads only what is new. Per file:
 * identity (dev, inode), size, mtime, the byte offset scanned, and a hash of its first bytes to
 * tell an appended file (resume) from a rotated or truncated one (rescan). Secrets keep their
 * hash and redacted form only, never a value.
 */
export const STATE_SCHEMA = 'mcp-warden/logs-state@1';
const HEAD_BYTES = 4096;
/** Bounds the state file: the oldest-reported secrets are forgotten first. */
const MAX_STATE_SECRETS = 20_000;

export interface FileState {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  /** Bytes of the raw file already scanned. */
  offset: number;
  headLen: number;
  headHash: string;
  lines: number;
  lastTsMs?: number;
  /** False for gzip and UTF-16 files: they cannot be resumed mid-stream, only re-read. */
  resumable: boolean;
  scannedAt: string;
}

export type StateSecret = Omit<LogSecret, 'previouslyReportedAt' | 'fromState'> & {
  firstReportedAt: string;
};

export interface LogState {
  schema: typeof STATE_SCHEMA;
  files: Record<string, FileState>;
  secrets: Record<string, StateSecret>;
}

/** The state of a first run: nothing scanned, nothing reported. */
export function emptyState(): LogState {
  return { schema: STATE_SCHEMA, files: {}, secrets: {} };
}

/** Loads a state file; a missing file is an empty state, a corrupt one an error. */
export async function loadState(path: string): Promise<LogState> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyState();
    throw err;
  }
  let parsed: Partial<LogState>;
  try {
    parsed = JSON.parse(text) as Partial<LogState>;
  } catch {
    // V8's message quotes the input around the error: never echo the file.
    throw new Error(`${path} is not valid JSON (not a mcp-warden logs state file?)`);
  }
  if (parsed.schema !== STATE_SCHEMA || typeof parsed.files !== 'object') {
    throw new Error(`${path} is not a mcp-warden logs state file (${STATE_SCHEMA})`);
  }
  return {
    schema: STATE_SCHEMA,
    files: parsed.files ?? {},
    secrets: parsed.secrets ?? {},
  };
}

/** Writes atomically (temp file + rename) and owner-only: it lists where secrets leaked. */
export async function saveState(path: string, state: LogState): Promise<void> {
  const entries = Object.entries(state.secrets);
  if (entries.length > MAX_STATE_SECRETS) {
    entries.sort((a, b) => b[1].firstReportedAt.localeCompare(a[1].firstReportedAt));
    state.secrets = Object.fromEntries(entries.slice(0, MAX_STATE_SECRETS));
  }
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(state)}\n`, { mode: 0o600 });
  await rename(tmp, path);
}

/** A short hash of a file's first `len` bytes: tells an appended file from a rotated one. */
export async function headHash(file: string, len: number): Promise<string> {
  const b = await readBytes(file, 0, len);
  return createHash('sha256').update(u8(b)).digest('hex').slice(0, 32);
}

export type ResumePlan =
  | { action: 'full' }
  | { action: 'skip' }
  | { action: 'resume'; offset: number; lines: number; lastTsMs?: number };

/** Decides what to do with one file given the previous run's record of it. */
export async function planFile(
  file: string,
  s: Stats,
  prev: FileState | undefined,
): Promise<ResumePlan> {
  if (!prev) return { action: 'full' };
  if (prev.dev !== s.dev || prev.ino !== s.ino || s.size < prev.offset) return { action: 'full' };
  if (prev.headLen > 0 && (await headHash(file, prev.headLen)) !== prev.headHash) {
    return { action: 'full' };
  }
  // Same identity, same first bytes, same size: nothing new (a touched mtime adds nothing).
  if (s.size === prev.offset) return { action: 'skip' };
  if (!prev.resumable) return { action: 'full' };
  const plan: ResumePlan = { action: 'resume', offset: prev.offset, lines: prev.lines };
  if (prev.lastTsMs !== undefined) plan.lastTsMs = prev.lastTsMs;
  return plan;
}

/** The record of a file after this run scanned it up to `offset`. */
export async function fileRecord(
  file: string,
  s: Stats,
  offset: number,
  lines: number,
  resumable: boolean,
  lastTsMs: number | undefined,
): Promise<FileState> {
  const headLen = Math.min(HEAD_BYTES, offset);
  const rec: FileState = {
    dev: s.dev,
    ino: s.ino,
    size: s.size,
    mtimeMs: s.mtimeMs,
    offset,
    headLen,
    headHash: headLen > 0 ? await headHash(file, headLen) : '',
    lines,
    resumable,
    scannedAt: new Date().toISOString(),
  };
  if (lastTsMs !== undefined) rec.lastTsMs = lastTsMs;
  return rec;
}
