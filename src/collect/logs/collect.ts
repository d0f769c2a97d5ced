import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism, homedir } from 'node:os';
import type { Readable } from 'node:stream';
import type { TargetFacts } from '../../model/facts.ts';
import { mapLimit } from '../../util/concurrency.ts';
import { SecretAggregator } from './aggregate.ts';
import type { LogFacts, LogFileCoverage, LogLocationCoverage, LogSecret } from './facts.ts';
import {
  DEFAULT_EXPAND_LIMITS,
  type ExpandLimits,
  expandInputs,
  type LogInput,
  type LogInputProblem,
} from './inputs.ts';
import { wellKnownLocations } from './locations.ts';
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
import type { ScanFn } from './text-scanner.ts';
import { detectTimestampFormat, sampleLines } from './timestamps.ts';
import { hasWindow, type TimeWindow } from './window.ts';

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
}

const DEFAULT_SPLIT = 32 * 1024 * 1024;
const DEFAULT_WORKER_THRESHOLD = 8 * 1024 * 1024;
// Context read around a split point. The scanner owns a match by where it starts, so the
// lead-out must hold the longest secret (a 4096-bit PEM key is about 3.3 KB) and the lead-in
// enough of the line before for keyword windows and timestamp inheritance.
const LEAD_BYTES = 32 * 1024;
const MAX_REASONS = 25;

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
    const pool = new ScanPool(poolSize);
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
      await Promise.all([
        scanHere(),
        ...Array.from({ length: poolSize * IN_FLIGHT }, () => viaPool()),
      ]);
    } finally {
      await pool.close();
    }
  } else {
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
      cov.gzip ||= r.gzip;
      cov.encoding = r.encoding;
      cov.bytesRead += r.bytesRead;
      cov.bytesScanned += r.bytesDecoded;
      cov.outsideWindow += r.outsideWindow;
      cov.matches += r.matches;
      if (cov.timestampFormat === 'none') cov.timestampFormat = r.format;
      for (const sec of r.secrets) aggregator.add(job.input.file, job.input.source, sec, lineBase);
      if (r.secretsTruncated) aggregator.truncated = true;
      lineBase += r.lines;
      cov.lines += r.lines;
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
    cov.gzip = r.gzip;
    cov.encoding = r.encoding;
    cov.bytesRead = r.bytesRead;
    cov.bytesScanned = r.bytesDecoded;
    cov.lines = r.lines;
    cov.timestampFormat = r.format;
    cov.outsideWindow = r.outsideWindow;
    cov.matches = r.matches;
    for (const sec of r.secrets) aggregator.add('(stdin)', 'log', sec);
    files.push(cov);
  }

  // 6. Secrets, with what earlier runs reported.
  let secrets = aggregator.list();
  if (opts.statePath) secrets = mergeState(secrets, state, jobs, files, opts.newOnly === true);

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

const ENDS_BYTES = 64 * 1024;

/**
 * Copied or restored logs all carry the copy's mtime, so the mtime test above cannot skip them.
 * A plain text file whose first and last timestamps both fall before --since (or both after
 * --until) is outside the window as a whole, for a log written in time order: its first and
 * last 64 KiB tell, without reading the rest. Compressed and undated files are always read.
 */
async function outsideByEnds(
  file: string,
  s: Stats,
  window: TimeWindow,
): Promise<string | undefined> {
  if (s.size < 4 * ENDS_BYTES) return undefined;
  const head = await readBytes(file, 0, ENDS_BYTES);
  if (head[0] === 0x1f && head[1] === 0x8b) return undefined;
  if (head.includes(0)) return undefined;
  const headText = head.toString('utf8');
  const parser = detectTimestampFormat(sampleLines(headText), s.mtimeMs);
  if (parser.format === 'none') return undefined;
  const first = firstTimestamp(headText, parser.parse);
  const tailText = (await readBytes(file, s.size - ENDS_BYTES, ENDS_BYTES)).toString('utf8');
  const last = lastTimestamp(tailText, parser.parse);
  if (first === undefined || last === undefined) return undefined;
  const lo = Math.min(first, last);
  const hi = Math.max(first, last);
  if (window.sinceMs !== undefined && hi < window.sinceMs) {
    return `first and last timestamps before --since (${new Date(lo).toISOString()} … ${new Date(hi).toISOString()})`;
  }
  if (window.untilMs !== undefined && lo > window.untilMs) {
    return `first and last timestamps after --until (${new Date(lo).toISOString()} … ${new Date(hi).toISOString()})`;
  }
  return undefined;
}

function firstTimestamp(text: string, parse: (line: string) => number | undefined) {
  for (const line of text.split('\n', 200)) {
    const t = parse(line);
    if (t !== undefined) return t;
  }
  return undefined;
}

function lastTimestamp(text: string, parse: (line: string) => number | undefined) {
  // The first line of a tail read is cut: skip it.
  const lines = text.split('\n').slice(1);
  for (let i = lines.length - 1, n = 0; i >= 0 && n < 200; i--, n++) {
    const t = parse(lines[i]!);
    if (t !== undefined) return t;
  }
  return undefined;
}

function partSize(t: PartTask, s: Stats): number {
  return (t.end ?? s.size) - (t.start ?? 0);
}

function errCode(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  return code ?? (err instanceof Error ? err.message : String(err));
}

/**
 * Joins this run's secrets with the state: a secret seen before keeps its first report date;
 * a secret recorded in a file this run skipped or resumed (so it was not re-read) is carried
 * over, marked `fromState`. `newOnly` drops both kinds from the result. The state always learns
 * every secret of this run.
 */
function mergeState(
  found: LogSecret[],
  state: LogState,
  jobs: FileJob[],
  files: LogFileCoverage[],
  newOnly: boolean,
): LogSecret[] {
  const now = new Date().toISOString();
  const out: LogSecret[] = [];
  const seen = new Set<string>();
  for (const s of found) {
    seen.add(s.hash);
    const prev = state.secrets[s.hash];
    const { previouslyReportedAt: _p, fromState: _f, ...plain } = s;
    state.secrets[s.hash] = { ...plain, firstReportedAt: prev?.firstReportedAt ?? now };
    if (prev) {
      if (newOnly) continue;
      s.previouslyReportedAt = prev.firstReportedAt;
    }
    out.push(s);
  }
  // Files not fully re-read this run: their earlier secrets still stand.
  const notReread = new Set<string>();
  for (const f of files)
    if (f.status === 'skipped' && f.reason?.includes('--state')) notReread.add(f.file);
  for (const j of jobs) if (j.plan.action === 'resume') notReread.add(j.input.file);
  const reread = new Set(jobs.filter((j) => j.plan.action === 'full').map((j) => j.input.file));
  for (const [hash, prev] of Object.entries(state.secrets)) {
    if (seen.has(hash)) continue;
    const still = prev.files.filter((f) => notReread.has(f.file));
    if (still.length === 0) {
      // Every file that held it was re-read without it (rotated away): forget it.
      if (prev.files.every((f) => reread.has(f.file))) delete state.secrets[hash];
      continue;
    }
    if (newOnly) continue;
    const { firstReportedAt, ...rest } = prev;
    out.push({ ...rest, previouslyReportedAt: firstReportedAt, fromState: true });
  }
  return out;
}

function toTarget(facts: LogFacts): TargetFacts {
  const reasons: string[] = [...facts.problems];
  const bad = facts.files.filter((f) => f.status === 'unreadable' || f.status === 'partial');
  for (const f of bad.slice(0, MAX_REASONS))
    reasons.push(`${f.status}: ${f.file}: ${f.reason ?? ''}`);
  if (bad.length > MAX_REASONS)
    reasons.push(`… and ${bad.length - MAX_REASONS} more files not fully read`);
  const skipped = new Map<string, number>();
  for (const f of facts.files) {
    if (f.status !== 'skipped') continue;
    // Grouped by kind: the per-file detail (a time range) stays in the file's own coverage.
    const why = (f.reason ?? 'skipped').replace(/ \(.*\)$/, '');
    skipped.set(why, (skipped.get(why) ?? 0) + 1);
  }
  for (const [why, n] of skipped) reasons.push(`${n} file${n === 1 ? '' : 's'} skipped: ${why}`);
  if (facts.locations) {
    const found = facts.locations.filter((l) => l.found);
    const absent = [
      ...new Set(facts.locations.filter((l) => !l.found).map((l) => l.client)),
    ].filter((c) => !found.some((l) => l.client === c));
    reasons.push(
      found.length === 0
        ? `no well-known MCP client log location exists here (${facts.locations.length} looked at)`
        : `well-known locations found: ${found.map((l) => `${l.client} ${l.path}`).join('; ')}`,
    );
    if (absent.length > 0) reasons.push(`no logs here from: ${absent.join(', ')}`);
  }
  // A file skipped as unchanged (--state) or older than --since is covered: its content was
  // either read before or is outside the window. Nothing at all to read is `skipped`.
  if (facts.files.length === 0) reasons.push('no log file found to scan');
  const covered = facts.files.filter((f) => f.status !== 'unreadable');
  let status: TargetFacts['collection']['status'] = 'scanned';
  if (bad.length > 0 || facts.problems.length > 0) status = 'partial';
  if (covered.length === 0) status = bad.length > 0 ? 'unreachable' : 'skipped';
  const label =
    facts.roots.length > 3
      ? `${facts.roots.slice(0, 3).join(', ')} (+${facts.roots.length - 3})`
      : facts.roots.join(', ');
  return {
    target: { id: 'logs', kind: 'logs', label: `logs: ${label}` },
    facts: { logs: facts },
    collection: { status, reasons },
    expected: ['logs'],
  };
}
