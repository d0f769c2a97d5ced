import type { Dirent } from 'node:fs';
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { extract } from './extract.ts';
import type { ConfigFacts, ConfigFileMeta, OsLayout } from './facts.ts';
import {
  globSource,
  LOCATIONS,
  type LocationBase,
  type LocationSpec,
  PROJECT_LOCATIONS,
} from './locations.ts';
import { parseConfig } from './parse.ts';

/** The file-system calls discovery makes; tests inject failures through it. */
export interface ConfigFs {
  lstat(path: string): Promise<{
    isFile(): boolean;
    isDirectory(): boolean;
    isSymbolicLink(): boolean;
    size: number;
    mode: number;
  }>;
  stat(
    path: string,
  ): Promise<{ isFile(): boolean; isDirectory(): boolean; size: number; mode: number }>;
  readFile(path: string): Promise<Buffer>;
  readdir(path: string): Promise<Dirent[]>;
}

const nodeFs: ConfigFs = {
  lstat,
  stat,
  readFile: (p) => readFile(p),
  readdir: (p) => readdir(p, { withFileTypes: true }),
};

export interface DiscoverLimits {
  /** Largest config file read (bytes). */
  maxFileBytes: number;
  /** Deepest directory level `--root` descends to. */
  maxDepth: number;
  /** Most directories `--root` visits in total. */
  maxDirs: number;
  /** Most files one glob pattern may match. */
  maxGlobMatches: number;
}

export const DEFAULT_DISCOVER_LIMITS: DiscoverLimits = {
  maxFileBytes: 5 * 1024 * 1024,
  maxDepth: 12,
  maxDirs: 50_000,
  maxGlobMatches: 200,
};

export interface DiscoverOptions {
  /** The home to audit; default the real one. */
  home?: string;
  /** Directory trees to walk for project-level configs. */
  roots?: string[];
  /**
   * Root for system-wide (managed) files. Default `/` when auditing the real home; with `home`
   * set, managed files are only looked at when this is given (a mounted image's root).
   */
  systemRoot?: string;
  /** Environment consulted for XDG_CONFIG_HOME / APPDATA / LOCALAPPDATA when auditing the real home. */
  env?: Record<string, string | undefined>;
  fs?: Partial<ConfigFs>;
  limits?: Partial<DiscoverLimits>;
  /** Whether POSIX mode bits mean anything here (false on Windows). */
  posix?: boolean;
  /**
   * Also read project configs in the directories Claude Code's ~/.claude.json names. Default:
   * on for the live home, off for `home` (an image's absolute paths point elsewhere).
   */
  followProjects?: boolean;
}

export type FileStatus = 'ok' | 'unreadable' | 'parse-error' | 'too-large';

export interface DiscoveredFile {
  meta: ConfigFileMeta;
  status: FileStatus;
  /** Why the file could not be used (never its content). */
  reason?: string;
  facts?: ConfigFacts;
  /** Project directories the file names (Claude Code's ~/.claude.json). */
  projectDirs?: string[];
}

export interface Discovery {
  home: string;
  roots: string[];
  /** Distinct locations examined (paths and glob patterns). */
  locationsChecked: number;
  files: DiscoveredFile[];
  /** Problems that limited the search itself (walk limits, unlistable directories). */
  gaps: string[];
  walk: { dirsVisited: number };
}

// Vendor, VCS, build and environment trees: project configs there belong to someone else's
// package, and walking them costs the most.
const SKIP_DIRS = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'vendor',
  'dist',
  'build',
  'out',
  'target',
  '.venv',
  'venv',
  '.tox',
  '.nox',
  '__pycache__',
  '.mypy_cache',
  '.pytest_cache',
  '.next',
  '.nuxt',
  '.cache',
  'bower_components',
  'Pods',
  '.gradle',
  '.terraform',
  'coverage',
]);

interface Candidate {
  spec: LocationSpec;
  layout: OsLayout | 'any';
  path: string;
  inRepository: boolean;
}

function errCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : 'ERROR';
}

function errReason(err: unknown): string {
  const code = errCode(err);
  const known: Record<string, string> = {
    EACCES: 'permission denied (EACCES)',
    EPERM: 'operation not permitted (EPERM)',
    EISDIR: 'is a directory, not a file (EISDIR)',
    ELOOP: 'symbolic link loop (ELOOP)',
    EIO: 'I/O error (EIO)',
  };
  return known[code] ?? `cannot read (${code})`;
}

class Discoverer {
  readonly fs: ConfigFs;
  readonly limits: DiscoverLimits;
  readonly seen = new Map<string, Candidate>();
  readonly gaps: string[] = [];
  locationsChecked = 0;
  dirsVisited = 0;

  constructor(
    readonly opts: DiscoverOptions,
    readonly home: string,
  ) {
    this.fs = { ...nodeFs, ...opts.fs };
    this.limits = { ...DEFAULT_DISCOVER_LIMITS, ...opts.limits };
  }

  baseDir(base: LocationBase, layout: OsLayout): string | undefined {
    const h = this.home;
    const env = this.opts.home === undefined ? (this.opts.env ?? {}) : {};
    switch (base) {
      case 'home':
        return h;
      case 'xdg-config':
        return layout === 'linux' && env.XDG_CONFIG_HOME ? env.XDG_CONFIG_HOME : join(h, '.config');
      case 'mac-app-support':
        return join(h, 'Library', 'Application Support');
      case 'appdata':
        return env.APPDATA ?? join(h, 'AppData', 'Roaming');
      case 'localappdata':
        return env.LOCALAPPDATA ?? join(h, 'AppData', 'Local');
      case 'system':
        if (this.opts.systemRoot !== undefined) return this.opts.systemRoot;
        return this.opts.home === undefined ? '/' : undefined;
      case 'project':
        return undefined;
    }
  }

  /** Expands `*` and `**` segments; returns existing candidate paths (bounded). */
  async expand(dir: string, segments: string[], depth = 0): Promise<string[]> {
    if (segments.length === 0) return [dir];
    const [seg, ...rest] = segments as [string, ...string[]];
    if (!seg.includes('*')) return this.expand(join(dir, seg), rest, depth);
    let entries: Dirent[];
    try {
      entries = await this.fs.readdir(dir);
    } catch (err) {
      const code = errCode(err);
      if (code !== 'ENOENT' && code !== 'ENOTDIR')
        this.gaps.push(`cannot list ${dir}: ${errReason(err)}`);
      return [];
    }
    const out: string[] = [];
    if (seg === '**') {
      // Zero or more directory levels, never through symbolic links, bounded depth.
      out.push(...(await this.expand(dir, rest, depth)));
      if (depth >= 6) return out;
      for (const e of entries) {
        if (out.length >= this.limits.maxGlobMatches) break;
        if (e.isDirectory() && !SKIP_DIRS.has(e.name)) {
          out.push(...(await this.expand(join(dir, e.name), segments, depth + 1)));
        }
      }
      return out.slice(0, this.limits.maxGlobMatches);
    }
    const re = new RegExp(`^${globSource(seg)}$`);
    for (const e of entries) {
      if (out.length >= this.limits.maxGlobMatches) {
        this.gaps.push(
          `more than ${this.limits.maxGlobMatches} matches under ${dir}; rest not read`,
        );
        break;
      }
      if (!re.test(e.name)) continue;
      if (rest.length > 0 && !e.isDirectory()) continue;
      out.push(...(await this.expand(join(dir, e.name), rest, depth)));
    }
    return out;
  }

  /**
   * Records the files a location matches and returns their paths. `known` is the result of an
   * earlier call for the same directory and pattern (another OS layout): not listed again.
   */
  async addSpec(
    spec: LocationSpec,
    dir: string,
    layout: OsLayout | 'any',
    inRepository: boolean,
    known?: string[],
  ): Promise<string[]> {
    let paths = known;
    if (!paths) {
      this.locationsChecked += 1;
      paths = (await this.expand(dir, spec.path.split('/'))).map((p) => resolve(p));
    }
    for (const abs of paths) {
      const prev = this.seen.get(abs);
      if (prev) {
        // The same path reached through several OS layouts: it is layout-independent.
        if (prev.layout !== layout) prev.layout = 'any';
        continue;
      }
      this.seen.set(abs, { spec, layout, path: abs, inRepository });
    }
    return paths;
  }

  async userAndSystem(): Promise<void> {
    // Layouts that share a base (`home` on every OS) resolve to the same pattern: list it once.
    const expanded = new Map<string, string[]>();
    for (const spec of LOCATIONS) {
      if (spec.base === 'project') continue;
      for (const layout of spec.layouts) {
        const dir = this.baseDir(spec.base, layout);
        if (dir === undefined) continue;
        const key = `${spec.client}\u0000${join(dir, spec.path)}`;
        expanded.set(key, await this.addSpec(spec, dir, layout, false, expanded.get(key)));
      }
    }
  }

  async projectDir(dir: string, names: Set<string> | undefined): Promise<void> {
    for (const spec of PROJECT_LOCATIONS) {
      const first = spec.path.split('/')[0] ?? '';
      if (names && !first.includes('*') && !names.has(first)) continue;
      await this.addSpec(spec, dir, 'any', true);
    }
  }

  async walk(root: string): Promise<void> {
    const queue: { dir: string; depth: number }[] = [{ dir: resolve(root), depth: 0 }];
    while (queue.length > 0) {
      const { dir, depth } = queue.shift()!;
      if (this.dirsVisited >= this.limits.maxDirs) {
        this.gaps.push(`--root ${root}: stopped after ${this.limits.maxDirs} directories`);
        return;
      }
      this.dirsVisited += 1;
      let entries: Dirent[];
      try {
        entries = await this.fs.readdir(dir);
      } catch (err) {
        this.gaps.push(`cannot list ${dir}: ${errReason(err)}`);
        continue;
      }
      await this.projectDir(dir, new Set(entries.map((e) => e.name)));
      if (depth >= this.limits.maxDepth) continue;
      // Dirent.isDirectory() is false for symbolic links: links are never followed, so a link
      // loop cannot trap the walk.
      for (const e of entries) {
        if (e.isDirectory() && !SKIP_DIRS.has(e.name))
          queue.push({ dir: join(dir, e.name), depth: depth + 1 });
      }
    }
  }

  async read(c: Candidate): Promise<DiscoveredFile | undefined> {
    const meta: ConfigFileMeta = {
      path: c.path,
      client: c.spec.client,
      scope: c.spec.scope,
      format: c.spec.format,
      layout: c.layout,
      size: 0,
      inRepository: c.inRepository,
      source: c.spec.source,
    };
    let st: Awaited<ReturnType<ConfigFs['stat']>>;
    try {
      const l = await this.fs.lstat(c.path);
      st = l.isSymbolicLink() ? await this.fs.stat(c.path) : l;
    } catch (err) {
      const code = errCode(err);
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      return { meta, status: 'unreadable', reason: errReason(err) };
    }
    meta.size = st.size;
    if (this.opts.posix ?? process.platform !== 'win32') meta.mode = st.mode & 0o777;
    if (st.isDirectory())
      return { meta, status: 'unreadable', reason: 'is a directory, not a file' };
    if (!st.isFile()) return { meta, status: 'unreadable', reason: 'not a regular file' };
    if (st.size > this.limits.maxFileBytes) {
      return {
        meta,
        status: 'too-large',
        reason: `larger than ${this.limits.maxFileBytes} bytes (${st.size}); not read`,
      };
    }
    let buf: Buffer;
    try {
      buf = await this.fs.readFile(c.path);
    } catch (err) {
      return { meta, status: 'unreadable', reason: errReason(err) };
    }
    if (buf.length > this.limits.maxFileBytes) {
      return {
        meta,
        status: 'too-large',
        reason: `larger than ${this.limits.maxFileBytes} bytes; not read`,
      };
    }
    const parsed = parseConfig(buf.toString('utf8'), c.spec.format);
    if (!parsed.ok) return { meta, status: 'parse-error', reason: parsed.reason };
    const ex = extract(parsed.value, c.spec.schema, {
      client: c.spec.client,
      scope: c.spec.scope,
      file: c.path,
    });
    const facts: ConfigFacts = { file: meta, entries: ex.entries, settings: ex.settings };
    if (ex.truncated) facts.truncated = ex.truncated;
    const out: DiscoveredFile = { meta, status: 'ok', facts };
    if (ex.projectDirs) out.projectDirs = ex.projectDirs;
    return out;
  }
}

/**
 * Finds every MCP client configuration under a home (every client, scope and OS layout of
 * src/collect/config/locations.ts) and under `roots` (project configs), reads and parses each
 * with size limits, and returns them with the reason for any that could not be read or parsed.
 * Never throws for a bad file: it becomes a `DiscoveredFile` with a status and reason.
 *
 * @example
 * const d = await discover({ home: '/mnt/image/home/alice', roots: ['/src'] });
 * for (const f of d.files) console.log(f.meta.client, f.meta.path, f.status);
 */
export async function discover(opts: DiscoverOptions = {}): Promise<Discovery> {
  const home = resolve(opts.home ?? homedir());
  const d = new Discoverer(opts, home);
  await d.userAndSystem();
  const roots = (opts.roots ?? []).map((r) => resolve(r));
  for (const r of roots) await d.walk(r);

  const files: DiscoveredFile[] = [];
  const order = [...d.seen.values()];
  for (let i = 0; i < order.length; i++) {
    const f = await d.read(order[i]!);
    if (!f) continue;
    files.push(f);
    // Claude Code's ~/.claude.json names the project directories it was used in; their .mcp.json
    // and friends apply on this machine too. Default only on a live home: in an image the paths
    // point into the wrong namespace.
    if ((opts.followProjects ?? opts.home === undefined) && f.projectDirs) {
      for (const dir of f.projectDirs.slice(0, 500)) {
        const before = d.seen.size;
        await d.projectDir(dir, undefined);
        order.push(...[...d.seen.values()].slice(before));
      }
    }
  }
  return {
    home,
    roots,
    locationsChecked: d.locationsChecked,
    files,
    gaps: d.gaps,
    walk: { dirsVisited: d.dirsVisited },
  };
}
