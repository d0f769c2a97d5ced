import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PartResult, PartTask } from './read-part.ts';
import type { WorkerResponse } from './worker.ts';

interface Job {
  id: number;
  task: PartTask;
  resolve: (r: PartResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  jobs: Map<number, Job>;
}

// Parts in flight per worker: it never waits for the main thread (which answers between reads)
// to hand it the next one.
export const IN_FLIGHT = 3;

const BOOT = new URL('./worker-boot.mjs', import.meta.url);
const ENTRY = new URL('./worker.ts', import.meta.url);
const WORKER_HEAP_MB = 96;

/** What a worker runs: the bundled worker, or the TypeScript sources through tsx. */
interface WorkerSource {
  url: URL;
  workerData?: { entry: string };
}

let source: Promise<WorkerSource> | undefined;

/**
 * The worker's module graph (engine, rules, scanner: ~30 TypeScript files) bundled into one ES
 * module by esbuild, the compiler tsx itself runs on. Measured: a worker loading the sources
 * through tsx's loader thread takes ~0.2 s of CPU before it scans, from the bundle ~0.03 s
 * (the bundle costs ~0.05 s in esbuild's own process, once per run, while this thread is still
 * loading). Without esbuild, or when the bundle fails, workers load the sources through tsx.
 */
function workerSource(): Promise<WorkerSource> {
  const viaTsx: WorkerSource = { url: BOOT, workerData: { entry: ENTRY.href } };
  source ??= (async () => {
    try {
      const esbuild = await import('esbuild');
      const r = await esbuild.build({
        entryPoints: [fileURLToPath(ENTRY)],
        bundle: true,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        write: false,
        logLevel: 'silent',
      });
      const code = r.outputFiles?.[0]?.text;
      if (!code) return viaTsx;
      return { url: new URL(`data:text/javascript,${encodeURIComponent(code)}`) };
    } catch {
      return viaTsx;
    }
  })();
  return source;
}

/**
 * A fixed pool of worker threads that scan file parts, so every core works (the secret engine
 * is CPU-bound). A worker that dies fails only its current part; a fresh one takes its place.
 */
export class ScanPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  private constructor(
    private size: number,
    private readonly source: WorkerSource,
  ) {}

  /** A pool of `size` workers (started as work arrives, or by `warm`). */
  static async create(size: number): Promise<ScanPool> {
    return new ScanPool(size, await workerSource());
  }

  /** Starts every worker now, before there is work: start-up overlaps the caller's. */
  warm(): this {
    while (this.slots.length < this.size) this.spawn();
    return this;
  }

  /** Shrinks the pool to `size` workers (a scan smaller than the pool warmed for it). */
  resize(size: number): this {
    this.size = size;
    for (const s of this.slots.splice(size)) void s.worker.terminate();
    return this;
  }

  /** Scans one part on the next free worker. */
  run(task: PartTask): Promise<PartResult> {
    if (this.closed) return Promise.reject(new Error('pool closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      if (this.slots.length < this.size) this.spawn();
      else this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.queue.splice(0)) j.reject(new Error('pool closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private spawn(): void {
    // A bounded heap keeps the process under its memory budget: V8 otherwise grows the old
    // generation lazily while blocks of text churn through. Text is scanned in 256 Ki-char blocks
    // (text-scanner.ts), so a worker never needs more than a few blocks live at once.
    const worker = new Worker(this.source.url, {
      workerData: this.source.workerData,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let markReady: () => void = () => undefined;
    const slot: Slot = {
      worker,
      jobs: new Map(),
      ready: new Promise<void>((r) => {
        markReady = r;
      }),
    };
    this.slots.push(slot);
    worker.on('message', (msg: WorkerResponse | { ready: true }) => {
      if ('ready' in msg) {
        markReady();
        this.pump();
        return;
      }
      const job = slot.jobs.get(msg.id);
      if (!job) return;
      slot.jobs.delete(msg.id);
      if ('error' in msg) job.reject(new Error(msg.error));
      else job.resolve(msg.result);
      this.pump();
    });
    const fail = (err: Error) => {
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      markReady();
      for (const job of slot.jobs.values()) job.reject(err);
      slot.jobs.clear();
      if (!this.closed && this.queue.length > 0 && this.slots.length < this.size) this.spawn();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`scan worker exited with code ${code}`));
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.jobs.size >= IN_FLIGHT) continue;
      void slot.ready.then(() => {
        while (slot.jobs.size < IN_FLIGHT && this.queue.length > 0 && this.slots.includes(slot)) {
          const job = this.queue.shift()!;
          slot.jobs.set(job.id, job);
          slot.worker.postMessage({ id: job.id, task: job.task });
        }
      });
    }
  }
}
