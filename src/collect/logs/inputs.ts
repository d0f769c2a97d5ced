import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { LogSourceKind } from './facts.ts';
import { compileDirPrefix, compileGlob, isGlob, splitGlob } from './glob.ts';

/** A file to scan, with how it was found. */
export interface LogInput {
  file: string;
  source: LogSourceKind;
  stats?: Stats;
}

/** A path that could not be used, with the reason (it goes to coverage, never silently lost). */
export interface LogInputProblem {
  file: string;
  source: LogSourceKind;
  reason: string;
}

export interface ExpandLimits {
  maxFiles: number;
  maxDepth: number;
}

export const DEFAULT_EXPAND_LIMITS: ExpandLimits = { maxFiles: 50_000, maxDepth: 16 };

// Files that are never text logs: reading them is wasted time, and their bytes trip the binary
// check anyway. Compressed logs are `.gz` (read); other archives are out of scope (noted).
const SKIP_EXT =
  /\.(?:png|jpe?g|gif|webp|ico|icns|svg|woff2?|ttf|otf|mp[34]|mov|wav|pdf|sqlite3?|db|db-wal|db-shm|ldb|node|so|dylib|dll|exe|wasm|pack|idx)$/i;
// Compressed formats Node 20 cannot stream (zstd arrived in Node 22.15) or archives of many
// files: they may hold logs, so they are listed as not read, never silently dropped.
const UNSUPPORTED_EXT = /\.(zst|xz|bz2|lz4|zip|7z|rar|tar)$/i;

/**
 * Classifies a path as an assistant's own history (P7: transcripts, chat checkpoints, task
 * histories) or an ordinary log (P1), by the well-known layouts of MCP clients.
 */
export function sourceKindOf(file: string): LogSourceKind {
  const p = file.replace(/\\/g, '/');
  if (
    /\/\.claude\/(?:projects|history\.jsonl|todos|memory)/.test(p) ||
    /\/\.codex\/(?:sessions|archived_sessions|history\.jsonl)/.test(p) ||
    /\/\.gemini\/(?:tmp|history)\//.test(p) ||
    /\/(?:saoudrizwan\.claude-dev|rooveterinaryinc\.roo-cline|kilocode\.kilo-code)\/tasks\//.test(
      p,
    ) ||
    /\/\.cline\/data\/tasks\//.test(p) ||
    /\/goose\/sessions\//.test(p)
  ) {
    return 'assistant-history';
  }
  return 'log';
}

interface WalkState {
  files: LogInput[];
  problems: LogInputProblem[];
  limits: ExpandLimits;
  truncated: boolean;
}

async function walk(
  dir: string,
  depth: number,
  st: WalkState,
  accept: (rel: string) => boolean,
  enterDir: (rel: string) => boolean,
  root: string,
  source: LogSourceKind | undefined,
): Promise<void> {
  if (st.files.length >= st.limits.maxFiles) {
    st.truncated = true;
    return;
  }
  if (depth > st.limits.maxDepth) {
    st.problems.push({
      file: dir,
      source: source ?? sourceKindOf(dir),
      reason: `deeper than ${st.limits.maxDepth} levels: not scanned`,
    });
    return;
  }
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    st.problems.push({
      file: dir,
      source: source ?? sourceKindOf(dir),
      reason: `unreadable directory: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
    });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    const rel = relative(root, p).replace(/\\/g, '/');
    // Symlinked directories are not followed: they can loop or leave the tree the user named.
    if (e.isDirectory()) {
      if (enterDir(rel)) await walk(p, depth + 1, st, accept, enterDir, root, source);
    } else if (e.isFile() || e.isSymbolicLink()) {
      if (SKIP_EXT.test(e.name) || !accept(rel)) continue;
      const unsupported = UNSUPPORTED_EXT.exec(e.name);
      if (unsupported) {
        st.problems.push({
          file: p,
          source: source ?? sourceKindOf(p),
          reason: `.${unsupported[1]!.toLowerCase()} is not read: decompress it and scan the output (e.g. zstd -dc FILE | mcp-warden logs -)`,
        });
        continue;
      }
      if (e.isSymbolicLink()) {
        const s = await stat(p).catch(() => undefined);
        if (!s) {
          st.problems.push({
            file: p,
            source: source ?? sourceKindOf(p),
            reason: 'broken symlink: target not found',
          });
          continue;
        }
        if (!s.isFile()) continue;
      }
      if (st.files.length >= st.limits.maxFiles) {
        st.truncated = true;
        return;
      }
      st.files.push({ file: p, source: source ?? sourceKindOf(p) });
    }
  }
}

/**
 * Expands the user's paths (files, directories walked recursively within limits, globs) into
 * files. FIFOs, devices and sockets are refused: reading one can block forever.
 */
export async function expandInputs(
  paths: readonly string[],
  opts: { limits?: ExpandLimits; source?: LogSourceKind; cwd?: string } = {},
): Promise<{ files: LogInput[]; problems: LogInputProblem[]; truncated: boolean }> {
  const st: WalkState = {
    files: [],
    problems: [],
    limits: opts.limits ?? DEFAULT_EXPAND_LIMITS,
    truncated: false,
  };
  const cwd = opts.cwd ?? process.cwd();
  for (const given of paths) {
    // A quoted glob reaches us with its `~` unexpanded by the shell.
    const raw = given === '~' || given.startsWith('~/') ? join(homedir(), given.slice(1)) : given;
    if (isGlob(raw)) {
      const { base, glob } = splitGlob(raw);
      const root = resolve(cwd, base);
      const accept = compileGlob(glob);
      const enter = compileDirPrefix(glob);
      const s = await stat(root).catch(() => undefined);
      if (!s?.isDirectory()) {
        st.problems.push({
          file: raw,
          source: opts.source ?? 'log',
          reason: 'no such directory for glob',
        });
        continue;
      }
      const before = st.files.length;
      await walk(root, 0, st, accept, enter, root, opts.source);
      if (st.files.length === before) {
        st.problems.push({
          file: raw,
          source: opts.source ?? 'log',
          reason: 'glob matched no file',
        });
      }
      continue;
    }
    const p = resolve(cwd, raw);
    let s: Stats;
    try {
      s = await stat(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      st.problems.push({
        file: p,
        source: opts.source ?? sourceKindOf(p),
        reason: code === 'ENOENT' ? 'not found' : `unreadable: ${code ?? String(err)}`,
      });
      continue;
    }
    if (s.isDirectory()) {
      await walk(
        p,
        0,
        st,
        () => true,
        () => true,
        p,
        opts.source,
      );
    } else if (s.isFile()) {
      st.files.push({ file: p, source: opts.source ?? sourceKindOf(p), stats: s });
    } else {
      const l = await lstat(p).catch(() => s);
      st.problems.push({
        file: p,
        source: opts.source ?? sourceKindOf(p),
        reason: `not a regular file (${l.isFIFO() ? 'FIFO' : 'special file'}): use - to read a stream from stdin`,
      });
    }
  }
  // The same file named twice (a path and a glob) is scanned once.
  const seen = new Set<string>();
  st.files = st.files.filter((f) => {
    if (seen.has(f.file)) return false;
    seen.add(f.file);
    return true;
  });
  return { files: st.files, problems: st.problems, truncated: st.truncated };
}
