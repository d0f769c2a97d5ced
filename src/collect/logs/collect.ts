import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism, homedir } from 'node:os';
import type { Readable } from 'node:stream';
import type { TargetFacts } from '../../model/facts.ts';
import { mapLimit } from '../../util/concurrency.ts';
import { SecretAggregator } from './aggregate.ts';
import type { LogFacts, LogFileCoverage, LogLocationCoverage } from './facts.ts';
import {
  DEFAULT_EXPAND_LIMITS,
  type ExpandLimits,
  expandInputs,
  type LogInput,
  type LogInputProblem,
} from './inputs.ts';
import { wellKnownLocations } from './locations.ts';
import type { ScanPool } from './pool.ts';
import { type PartResult, type PartTask, readBytes, scanStream } from './read-part.ts';
import {
  emptyState,
  fileRecord,
  type LogState,
  loadState,
  planFile,
  type ResumePlan,
  saveState,
} from './state.ts';
import { mergeState } from './state-merge.ts';
import type { ScanFn } from './text-scanner.ts';
import { toTarget } from './to-target.ts';
import { hasWindow, type TimeWindow } from './window.ts';
import { outsideByEnds } from './window-ends.ts';

export interface CollectLogsOptions {
  /** Files, directories, globs, or `-` for `stdin`. Empty: the well-known client locations. */
  paths: readonly string[];
  /** Home directory for the well-known locations (`--home`). */
  home?: string;
  platform?: NodeJS.Platform;
  appData?: string;
  window?: TimeWindow;
  /** `--state FILE`. */
  statePath?: string;
  /** With a state file: report only secrets no earlier run reported. */
  newOnly?: boolean;
  /** Worker threads; 0 scans in this thread. Default: available parallelism. */
  workers?: number;
  /** Below this many bytes in total, workers are not worth their start-up. */
  workerThresholdBytes?: number;
  /** Plain files larger than this are split into ranges scanned in parallel. */
  splitBytes?: number;
  stdin?: Readable;
  limits?: ExpandLimits;
  maxSecrets?: number;
  /** The engine, for tests; default the shared secret engine. */
  scan?: ScanFn;
  /**
   * Worker threads already started by the caller (`startScanPool`), so that their start-up
   * overlaps the CLI's own; closed here, used only when the scan is large enough.
   */
  pool?: Promise<ScanPool>;
}

const DEFAULT_SPLIT = 32 * 1024 * 1024;
const DEFAULT_WORKER_THRESHOLD = 8 * 1024 * 1024;
// Context read around a split point. The scanner owns a match by where it starts, so the
// lead-out must hold the longest secret (a 4096-bit PEM key is about 3.3 KB) and the lead-in
// enough of the line before for keyword windows and timestamp inheritance.
const LEAD_BYTES = 32 * 1024;

interface FileJob {
  input: LogInput;
  stats: Stats;
  plan: ResumePlan;
  parts: PartTask[];
  results: PartResult[];
  error?: string;
}

async function splitPoints(file: string, size: number, splitBytes: number): Promise<number[]> {
  const n = Math.ceil(size / splitBytes);
  const points: number[] = [];
  for (let k = 1; k < n; k++) {
    const approx = Math.floor((k * size) / n);
    const b = await readBytes(file, approx, 64 * 1024);
    const nl = b.indexOf(0x0a);
    // No newline near the point (a giant line): do not split here, the next part absorbs it.
    if (nl >= 0 && approx + nl + 1 < size) points.push(approx + nl + 1);
  }
  return [...new Set(points)].sort((a, b) => a - b);
}

async function headKind(file: string): Promise<'plain' | 'gzip' | 'utf16' | 'empty'> {
  const b = await readBytes(file, 0, 4);
  if (b.length === 0) return 'empty';
  if (b[0] === 0x1f && b[1] === 0x8b) return 'gzip';
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return 'utf16';
  return 'plain';
}

function coverageFor(input: LogInput, status: LogFileCoverage['status'], reason?: string) {
  const c: LogFileCoverage = {
    file: input.file,
    source: input.source,
    status,
    gzip: false,
    bytesRead: 0,
    bytesScanned: 0,
    lines: 0,
    timestampFormat: 'none',
    outsideWindow: 0,
    matches: 0,
  };
  if (reason) c.reason = reason;
  if (input.stats) c.mtime = input.stats.mtime.toISOString();
  return c;
}

/**
 * Scans logs for secrets: expands the inputs, skips what `--state` says is unchanged or what
 * is older than `--since`, splits large files across worker threads, and folds every match into
 * one entry per distinct secret. Returns one `logs` target; every file it could not read is in
 * its coverage (not scanned is never clean).
 */
export async function collectLogs(opts: CollectLogsOptions): Promise<TargetFacts> {
  const started = Date.now();
  const window = hasWindow(opts.window) ? opts.window : undefined;
  const problems: string[] = [];
  const files: LogFileCoverage[] = [];
  const aggregator = new SecretAggregator(opts.maxSecrets ?? 10_000);
  const state: LogState = opts.statePath ? await loadState(opts.statePath) : emptyState();

  // 1. Inputs.
  const wantStdin = opts.paths.includes('-');
  const paths = opts.paths.filter((p) => p !== '-');
  let locations: LogLocationCoverage[] | undefined;
  const inputs: LogInput[] = [];
  const inputProblems: LogInputProblem[] = [];
  let truncated = false;
  if (opts.paths.length === 0) {
    locations = [];
    const env: Parameters<typeof wellKnownLocations>[0] = {
      platform: opts.platform ?? process.platform,
      home: opts.home ?? homedir(),
    };
    const appData = opts.appData ?? (opts.home ? undefined : process.env.APPDATA);
    if (appData) env.appData = appData;
    for (const loc of wellKnownLocations(env)) {
      const found = await stat(loc.path).then(
        () => true,
        () => false,
      );
      locations.push({ client: loc.client, path: loc.path, found, kind: loc.kind });
      if (!found) continue;
      const r = await expandInputs([loc.path], {
        source: loc.kind,
        limits: opts.limits ?? DEFAULT_EXPAND_LIMITS,
      });
      inputs.push(...r.files);
      inputProblems.push(...r.problems);
      truncated ||= r.truncated;
    }
  } else if (paths.length > 0) {
    const r = await expandInputs(paths, { limits: opts.limits ?? DEFAULT_EXPAND_LIMITS });
    inputs.push(...r.files);
    inputProblems.push(...r.problems);
    truncated ||= r.truncated;
  }
  if (truncated) {
    problems.push(
      `more than ${(opts.limits ?? DEFAULT_EXPAND_LIMITS).maxFiles} files: the rest were not scanned`,
    );
  }
  for (const p of inputProblems) {
    files.push(coverageFor({ file: p.file, source: p.source }, 'unreadable', p.reason));
  }

  // 2. Plan each file: skip, resume or read in full; split large plain files. Planning touches
  // every file (stat, state check), so it runs concurrently: on thousands of small files a
  // sequential loop would keep the workers waiting.
  const splitBytes = opts.splitBytes ?? DEFAULT_SPLIT;
  const planOne = async (input: LogInput): Promise<FileJob | LogFileCoverage> => {
    let s: Stats;
    try {
      s = input.stats ?? (await stat(input.file));
      input.stats = s;
    } catch (err) {
      return coverageFor(input, 'unreadable', errCode(err));
    }
    if (window?.sinceMs !== undefined && s.mtimeMs < window.sinceMs) {
      return coverageFor(input, 'skipped', 'last modified before --since');
    }
    if (window && !state.files[input.file]) {
      const outside = await outsideByEnds(input.file, s, window).catch(() => undefined);
      if (outside) return coverageFor(input, 'skipped', outside);
    }
    let plan: ResumePlan;
    try {
      plan = await planFile(input.file, s, state.files[input.file]);
    } catch (err) {
      return coverageFor(input, 'unreadable', errCode(err));
    }
    if (plan.action === 'skip') {
      return coverageFor(input, 'skipped', 'unchanged since the last run (--state)');
    }
    const base: PartTask = { file: input.file, mtimeMs: s.mtimeMs };
    if (window) base.window = window;
    if (opts.maxSecrets) base.maxSecrets = opts.maxSecrets;
    const parts: PartTask[] = [];
    const from = plan.action === 'resume' ? plan.offset : 0;
    if (plan.action === 'resume') {
      if (plan.lastTsMs !== undefined) base.carryTsMs = plan.lastTsMs;
      base.leadInBytes = LEAD_BYTES;
    }
    // Only plain UTF-8 text can be cut at a newline and read from the middle.
    const splittable =
      s.size - from > splitBytes && (await headKind(input.file).catch(() => 'empty')) === 'plain';
    if (splittable) {
      const points = [
        from,
        ...(await splitPoints(input.file, s.size, splitBytes)).filter((p) => p > from),
        s.size,
      ];
      for (let i = 0; i + 1 < points.length; i++) {
        parts.push({
          ...base,
          start: points[i]!,
          end: points[i + 1]!,
          leadInBytes: LEAD_BYTES,
          leadOutBytes: LEAD_BYTES,
        });
      }
    } else {
      parts.push(from > 0 ? { ...base, start: from } : base);
    }
    return { input, stats: s, plan, parts, results: [] };
  };
  const jobs: FileJob[] = [];
  for (const r of await mapLimit(inputs, 16, planOne)) {
    if ('parts' in r) jobs.push(r);
    else files.push(r);
  }

  // 3. Scan: worker threads when there is enough to do, else here.
  const totalBytes = jobs.reduce((a, j) => a + j.stats.size, 0);
  const wantWorkers = opts.workers ?? availableParallelism();
  const useWorkers =
    wantWorkers > 0 && totalBytes >= (opts.workerThresholdBytes ?? DEFAULT_WORKER_THRESHOLD);
  const allParts = jobs.flatMap((j) => j.parts.map((task, i) => ({ job: j, task, i })));
  // Largest first: the pool finishes together instead of waiting on one big file at the end.
  allParts.sort((a, b) => partSize(b.task, b.job.stats) - partSize(a.task, a.job.stats));
  // The engine loads in this thread only when this thread scans: workers load their own.
  let scanFn = opts.scan;
  const getScan = async (): Promise<ScanFn> => {
    scanFn ??= (await import('./engine.ts')).engineScan;
    return scanFn;
  };
  // Every runner pulls the next part from one shared list (largest first). This thread is one
  // of the runners: it already has the loader warm, so N cores take this thread plus N-1 workers
  // (a worker costs ~0.2 s of CPU to start and warms its own copy of the engine).
  let next = 0;
  const take = () => allParts[next++];
  const record = (p: (typeof allParts)[number], run: Promise<PartResult>) =>
    run.then(
      (r) => {
        p.job.results[p.i] = r;
      },
      (err: unknown) => {
        p.job.error = err instanceof Error ? err.message : String(err);
      },
    );
  const { scanPart } = await import('./read-part.ts');
  const scanHere = async (): Promise<void> => {
    const scan = await getScan();
    for (let p = take(); p; p = take()) await record(p, scanPart(p.task, scan));
  };
  const poolSize = Math.min(wantWorkers - 1, allParts.length - 1);
  if (useWorkers && !opts.scan && poolSize > 0) {
    const { ScanPool, IN_FLIGHT } = await import('./pool.ts');
    const pool = (await opts.pool)?.resize(poolSize) ?? (await ScanPool.create(poolSize));
    // A worker that dies (out of its capped heap on a pathological file) costs that part a
    // second try here, not a hole in the coverage.
    const viaPool = async (): Promise<void> => {
      for (let p = take(); p; p = take()) {
        const task = p.task;
        await record(
          p,
          pool.run(task).catch(async () => scanPart(task, await getScan())),
        );
      }
    };
    try {
      // Two runners here too: one's file opens and reads overlap the other's scanning.
      await Promise.all([
        scanHere(),
        scanHere(),
        ...Array.from({ length: poolSize * IN_FLIGHT }, () => viaPool()),
      ]);
    } finally {
      await pool.close();
    }
  } else {
    await opts.pool?.then((p) => p.close());
    await scanHere();
  }

  // 4. Merge per file, in byte order, so line numbers continue across parts.
  for (const job of jobs) {
    const cov = coverageFor(job.input, 'scanned');
    cov.mtime = job.stats.mtime.toISOString();
    let lineBase = job.plan.action === 'resume' ? job.plan.lines : 0;
    if (job.plan.action === 'resume') cov.startOffset = job.plan.offset;
    let lastTs: number | undefined = job.plan.action === 'resume' ? job.plan.lastTsMs : undefined;
    let complete = !job.error;
    for (let i = 0; i < job.parts.length; i++) {
      const r = job.results[i];
      if (!r) {
        complete = false;
        continue;
      }
      addPart(cov, r);
      for (const sec of r.secrets) aggregator.add(job.input.file, job.input.source, sec, lineBase);
      if (r.secretsTruncated) aggregator.truncated = true;
      lineBase += r.lines;
      if (r.lastTsMs !== undefined) lastTs = r.lastTsMs;
      if (r.problem) {
        cov.status = r.problem.status;
        cov.reason = r.problem.reason;
        if (r.problem.status !== 'skipped') complete = false;
      }
    }
    if (job.error) {
      cov.status = 'partial';
      cov.reason = `scan failed: ${job.error}`;
    }
    files.push(cov);
    if (opts.statePath && complete && cov.status === 'scanned') {
      // A whole-file read goes to the end of the file as it was when read (it may have grown
      // since the stat): record what was actually read, so the next run resumes right there.
      const single = job.parts.length === 1 && job.parts[0]!.end === undefined && !cov.gzip;
      const from = job.plan.action === 'resume' ? job.plan.offset : 0;
      const offset = single ? Math.max(job.stats.size, from + cov.bytesRead) : job.stats.size;
      state.files[job.input.file] = await fileRecord(
        job.input.file,
        job.stats,
        offset,
        lineBase,
        !cov.gzip && cov.encoding !== 'utf16le',
        lastTs,
      ).catch(() => state.files[job.input.file]!);
    }
  }

  // 5. stdin, in this thread: it is one stream.
  if (wantStdin) {
    const input: LogInput = { file: '-', source: 'log' };
    const task: PartTask = { file: '-', mtimeMs: Date.now() };
    if (window) task.window = window;
    const r = await scanStream(opts.stdin ?? process.stdin, task, await getScan());
    const cov = coverageFor(input, r.problem?.status ?? 'scanned', r.problem?.reason);
    addPart(cov, r);
    for (const sec of r.secrets) aggregator.add('(stdin)', 'log', sec);
    files.push(cov);
  }

  // 6. Secrets, with what earlier runs reported.
  let secrets = aggregator.list();
  if (opts.statePath)
    secrets = mergeState(
      secrets,
      state,
      jobs.map((j) => ({ file: j.input.file, plan: j.plan })),
      files,
      opts.newOnly === true,
    );

  if (opts.statePath) {
    try {
      await saveState(opts.statePath, state);
    } catch (err) {
      problems.push(`could not write the state file: ${errCode(err)}`);
    }
  }

  const facts: LogFacts = {
    scannedAt: new Date(started).toISOString(),
    roots: opts.paths.length > 0 ? [...opts.paths] : ['well-known locations'],
    files,
    secrets,
    totals: {
      files: files.filter((f) => f.status === 'scanned' || f.status === 'partial').length,
      bytesScanned: files.reduce((a, f) => a + f.bytesScanned, 0),
      lines: files.reduce((a, f) => a + f.lines, 0),
      durationMs: Date.now() - started,
    },
    problems,
  };
  if (window) {
    facts.window = {};
    if (window.sinceMs !== undefined) facts.window.since = new Date(window.sinceMs).toISOString();
    if (window.untilMs !== undefined) facts.window.until = new Date(window.untilMs).toISOString();
  }
  if (locations) facts.locations = locations;
  if (aggregator.truncated) {
    facts.secretsTruncated = true;
    problems.push('too many distinct secrets: later ones were not kept');
  }
  return toTarget(facts);
}

/** Adds one scanned part to its file's coverage (parts arrive in byte order). */
function addPart(cov: LogFileCoverage, r: PartResult): void {
  cov.gzip ||= r.gzip;
  cov.encoding = r.encoding;
  cov.bytesRead += r.bytesRead;
  cov.bytesScanned += r.bytesDecoded;
  cov.lines += r.lines;
  cov.outsideWindow += r.outsideWindow;
  cov.matches += r.matches;
  if (cov.timestampFormat === 'none') cov.timestampFormat = r.format;
}

function partSize(t: PartTask, s: Stats): number {
  return (t.end ?? s.size) - (t.start ?? 0);
}

function errCode(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  return code ?? (err instanceof Error ? err.message : String(err));
}
