import { closeSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { setImmediate as setImmediateP } from 'node:timers/promises';
import { createGunzip } from 'node:zlib';
import type { LogFileCoverage } from './facts.ts';
import { type ScanFn, TextScanner, type TextScanResult } from './text-scanner.ts';
import type { TimestampParser } from './timestamps.ts';
import type { TimeWindow } from './window.ts';

/** One unit of work: a whole file, a byte range of a large plain file, or a stream (stdin). */
export interface PartTask {
  file: string;
  /** Byte range [start, end) of the raw file; whole file when absent. */
  start?: number;
  end?: number;
  /** Bytes before `start` / after `end` read for context only (a split file's neighbours). */
  leadInBytes?: number;
  leadOutBytes?: number;
  mtimeMs: number;
  window?: TimeWindow;
  carryTsMs?: number;
  maxSecrets?: number;
  /** Zip-bomb guard (defaults MAX_GZIP_RATIO and 64 MiB): tests lower them. */
  gzipLimits?: { ratio: number; floorBytes: number };
}

export interface PartResult extends TextScanResult {
  gzip: boolean;
  encoding: 'utf8' | 'utf16le';
  bytesRead: number;
  /** Bytes of text this part owns after decompression (what MiB/s is measured on). */
  bytesDecoded: number;
  /** Set when the part was not fully read (binary, zip bomb, error). */
  problem?: { status: LogFileCoverage['status']; reason: string };
}

/** Decompressed bytes may exceed compressed ones by this ratio before we stop (zip bombs). */
export const MAX_GZIP_RATIO = 1000;
/** Below this many decompressed bytes the ratio is not enforced (tiny, very repetitive files). */
const GZIP_RATIO_FLOOR = 64 * 1024 * 1024;
// Reads of 64 KiB decode into strings small enough for V8's young generation (cheap to free).
const READ_CHUNK = 64 * 1024;

// @types/node 20.9 predates TypeScript 6's generic Uint8Array: a Buffer is a Uint8Array at run
// time, the cast only restores what the old typings cannot say.
export const u8 = (b: Buffer): Uint8Array => b as unknown as Uint8Array;

class StopRead extends Error {
  constructor(
    readonly status: LogFileCoverage['status'],
    message: string,
  ) {
    super(message);
  }
}

/**
 * What the first bytes say: text, BOM-less UTF-16LE (NUL in every odd byte: some Windows tools),
 * or binary. A leading run of NULs is not binary: `copytruncate` log rotation leaves a NUL-filled
 * hole at the start of a file that the writer keeps appending to.
 */
function classify(b: Buffer): 'text' | 'utf16le' | 'binary' {
  const n = Math.min(b.length, 4096);
  let i = 0;
  while (i < n && b[i] === 0) i++;
  if (i === n) return 'text';
  let zeros = 0;
  let oddZeros = 0;
  for (let j = i; j < n; j++) {
    if (b[j] === 0) {
      zeros++;
      if ((j - i) % 2 === 1) oddZeros++;
    }
  }
  if (zeros === 0) return 'text';
  const pairs = Math.floor((n - i) / 2);
  if (i === 0 && pairs >= 4 && oddZeros >= pairs * 0.9 && oddZeros === zeros) return 'utf16le';
  return 'binary';
}

/** A stream in object or string mode (a test, a wrapped source) still yields bytes here. */
function asBuffer(v: unknown): Buffer {
  return typeof v === 'string' ? Buffer.from(v, 'utf8') : (v as Buffer);
}

/** Compression formats Node 20 cannot stream, by magic bytes (zstd is in Node 22.15+). */
function otherCompression(b: Buffer): string | undefined {
  if (b[0] === 0x28 && b[1] === 0xb5 && b[2] === 0x2f && b[3] === 0xfd) return 'zstd';
  if (b[0] === 0xfd && b[1] === 0x37 && b[2] === 0x7a && b[3] === 0x58) return 'xz';
  if (b[0] === 0x42 && b[1] === 0x5a && b[2] === 0x68) return 'bzip2';
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'zip';
  return undefined;
}

/** Reads a few bytes of a file (magic numbers, lead-ins). */
export async function readBytes(file: string, position: number, length: number): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await fh.read(u8(buf), 0, length, position);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * Decodes a byte stream (gzip by magic bytes 1f 8b whatever the extension; UTF-8 or UTF-16 by
 * BOM) and scans it. Never holds more than a block of text in memory.
 */
export async function scanStream(
  raw: AsyncIterable<Buffer> | Readable,
  task: PartTask,
  scan: ScanFn,
  opts: { parser?: TimestampParser; leadInText?: string; reuse?: ReadReuse } = {},
): Promise<PartResult> {
  const scanner = new TextScanner(scannerOptions(task, scan, opts.parser));
  if (opts.leadInText) scanner.leadIn(opts.leadInText);
  let gzip = false;
  let encoding: PartResult['encoding'] = 'utf8';
  let bytesRead = 0;
  let bytesDecoded = 0;
  let decoder: StringDecoder | undefined;
  let swap = false;
  let odd: Buffer | undefined;
  let problem: PartResult['problem'];
  let first = true;
  const iter = raw[Symbol.asyncIterator]();

  const decodeChunk = (chunk: Buffer): string => {
    if (!decoder) {
      // BOMs: UTF-8 EF BB BF, UTF-16LE FF FE, UTF-16BE FE FF (Windows tools write UTF-16).
      if (chunk[0] === 0xff && chunk[1] === 0xfe) {
        encoding = 'utf16le';
        chunk = chunk.subarray(2);
      } else if (chunk[0] === 0xfe && chunk[1] === 0xff) {
        encoding = 'utf16le';
        swap = true;
        chunk = chunk.subarray(2);
      } else if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
        chunk = chunk.subarray(3);
      } else if (otherCompression(chunk)) {
        throw new StopRead(
          'unreadable',
          `${otherCompression(chunk)}-compressed: not read (decompress it and scan the output with -)`,
        );
      } else {
        const kind = classify(chunk);
        if (kind === 'binary') throw new StopRead('skipped', 'binary file (NUL bytes)');
        if (kind === 'utf16le') encoding = 'utf16le';
        else {
          let hole = 0;
          while (hole < chunk.length && chunk[hole] === 0) hole++;
          chunk = chunk.subarray(hole);
        }
      }
      decoder = new StringDecoder(encoding);
      // Decoded at once and not kept (StringDecoder copies a cut character): the reader may
      // refill the same buffer. Not for gzip (zlib holds its input) nor byte-swapped UTF-16.
      if (opts.reuse && !gzip && !swap) opts.reuse.ok = true;
    }
    if (swap) {
      let b = odd ? Buffer.concat([u8(odd), u8(chunk)]) : chunk;
      odd = undefined;
      if (b.length % 2 === 1) {
        odd = b.subarray(b.length - 1);
        b = b.subarray(0, b.length - 1);
      }
      chunk = Buffer.from(u8(b)).swap16();
    }
    return decoder.write(chunk);
  };

  try {
    let source: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => iter };
    const firstStep = await iter.next();
    if (!firstStep.done) {
      const head = asBuffer(firstStep.value);
      bytesRead += head.length;
      gzip = head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
      const rest: AsyncIterable<Buffer> = {
        async *[Symbol.asyncIterator]() {
          for (let s = await iter.next(); !s.done; s = await iter.next()) {
            const b = asBuffer(s.value);
            bytesRead += b.length;
            yield b;
          }
        },
      };
      const limits = task.gzipLimits ?? { ratio: MAX_GZIP_RATIO, floorBytes: GZIP_RATIO_FLOOR };
      source = gzip ? gunzipBounded(head, rest, () => bytesRead, limits) : prepend(head, rest);
    }
    for await (const chunk of source) {
      bytesDecoded += chunk.length;
      const s = decodeChunk(chunk);
      if (first) {
        first = false;
        scanner.push(s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);
      } else scanner.push(s);
    }
    if (decoder) scanner.push(decoder.end());
  } catch (err) {
    if (err instanceof StopRead) problem = { status: err.status, reason: err.message };
    else {
      const code = (err as NodeJS.ErrnoException).code;
      const msg = code ?? (err instanceof Error ? err.message : String(err));
      problem = { status: 'partial', reason: `read failed: ${msg}` };
    }
  } finally {
    await iter.return?.();
  }
  const result = scanner.end();
  const out: PartResult = { ...result, gzip, encoding, bytesRead, bytesDecoded };
  if (problem) out.problem = problem;
  return out;
}

function scannerOptions(task: PartTask, scan: ScanFn, parser?: TimestampParser) {
  const o: ConstructorParameters<typeof TextScanner>[0] = { scan, mtimeMs: task.mtimeMs };
  if (task.window) o.window = task.window;
  if (parser) o.parser = parser;
  if (task.carryTsMs !== undefined) o.carryTsMs = task.carryTsMs;
  if (task.maxSecrets !== undefined) o.maxSecrets = task.maxSecrets;
  return o;
}

async function* prepend(head: Buffer, rest: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  yield head;
  yield* rest;
}

/** Gunzips with a ceiling on the expansion ratio: a zip bomb stops the file, not the scan. */
async function* gunzipBounded(
  head: Buffer,
  rest: AsyncIterable<Buffer>,
  compressedSoFar: () => number,
  limits: { ratio: number; floorBytes: number },
): AsyncIterable<Buffer> {
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  const feed = (async () => {
    try {
      if (!gunzip.write(head)) await onceDrain(gunzip);
      for await (const c of rest) if (!gunzip.write(c)) await onceDrain(gunzip);
      gunzip.end();
    } catch (err) {
      gunzip.destroy(err as Error);
    }
  })();
  let out = 0;
  try {
    for await (const chunk of gunzip) {
      out += (chunk as Buffer).length;
      if (out > limits.floorBytes && out > limits.ratio * compressedSoFar()) {
        throw new StopRead(
          'partial',
          `gzip expands more than ${limits.ratio}:1 (possible zip bomb); stopped after ${out} bytes`,
        );
      }
      yield chunk as Buffer;
    }
  } finally {
    gunzip.destroy();
    await feed.catch(() => undefined);
  }
}

function onceDrain(s: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      s.off('error', onError);
      resolve();
    };
    const onError = (e: Error) => {
      s.off('drain', onDrain);
      reject(e);
    };
    s.once('drain', onDrain);
    s.once('error', onError);
  });
}

/**
 * Scans one task from disk. A byte range reads `leadInBytes` before it (from the first line
 * start) and `leadOutBytes` after it for context, so secrets crossing the split are found once.
 */
export async function scanPart(task: PartTask, scan: ScanFn): Promise<PartResult> {
  const start = task.start ?? 0;
  let leadInText: string | undefined;
  if (start > 0 && task.leadInBytes) {
    const from = Math.max(0, start - task.leadInBytes);
    const b = await readBytes(task.file, from, start - from);
    const nl = from === 0 ? -1 : b.indexOf(0x0a);
    leadInText = b.subarray(nl + 1).toString('utf8');
  }
  const end = task.end;
  const readEnd = end === undefined ? undefined : end + (task.leadOutBytes ?? 0);
  const reuse: ReadReuse = { ok: false };
  const stream = readChunks(task.file, start, readEnd, reuse);
  if (end === undefined || !task.leadOutBytes) {
    const opts: Parameters<typeof scanStream>[3] = { reuse };
    if (leadInText) opts.leadInText = leadInText;
    return scanStream(stream, task, scan, opts);
  }
  // A range is plain UTF-8, decoded chunk by chunk as it arrives.
  reuse.ok = true;
  return scanRange(stream, task, scan, end - start, leadInText);
}

/**
 * The bytes of [start, end) of a file in chunks: plain positional reads, without the stream
 * machinery (measured: createReadStream cost ~3% of a whole scan). Open, read and close are
 * synchronous: each `FileHandle` promise cost ~40 µs of this thread's CPU (read and close were
 * ~15% of a scan of files in the page cache), a 64 KiB `readSync` a few µs. Every thread that
 * scans reads its own files, so a read that waits for the disk only holds up that thread. Each
 * chunk is a fresh buffer, because gunzip keeps a reference to its input until it consumed it.
 */
async function* readChunks(
  file: string,
  start: number,
  end: number | undefined,
  reuse: ReadReuse,
): AsyncGenerator<Buffer> {
  const fd = openSync(file, 'r');
  let last: Buffer | undefined;
  try {
    for (let pos = start, n = 0; ; n++) {
      const want = end === undefined ? READ_CHUNK : Math.min(READ_CHUNK, end - pos);
      if (want <= 0) return;
      // Synchronous reads never return to the event loop: let it run (worker messages, the
      // other runner's callbacks) every 128 KiB.
      if ((n & 1) === 1) await setImmediateP();
      // The consumer asks for the next chunk only once it is done with the previous one.
      const buf = reuse.ok && last && last.length >= want ? last : Buffer.allocUnsafe(want);
      last = buf;
      const bytesRead = readSync(fd, u8(buf), 0, want, pos);
      if (bytesRead === 0) return;
      pos += bytesRead;
      yield bytesRead === buf.length ? buf : buf.subarray(0, bytesRead);
    }
  } finally {
    closeSync(fd);
  }
}

/** Set by the consumer of `readChunks` when it may refill the buffer it last yielded. */
interface ReadReuse {
  ok: boolean;
}

/** A plain-text byte range: owned bytes, then a lead-out that is read but not owned. */
async function scanRange(
  stream: AsyncIterable<Buffer>,
  task: PartTask,
  scan: ScanFn,
  ownedBytes: number,
  leadInText: string | undefined,
): Promise<PartResult> {
  const scanner = new TextScanner(scannerOptions(task, scan));
  if (leadInText) scanner.leadIn(leadInText);
  const decoder = new StringDecoder('utf8');
  let seen = 0;
  let bytesRead = 0;
  let problem: PartResult['problem'];
  try {
    for await (const c of stream) {
      let chunk = c as Buffer;
      if (seen === 0 && (task.start ?? 0) === 0 && chunk[0] === 0xef && chunk[1] === 0xbb) {
        chunk = chunk.subarray(3);
        seen = 3;
        bytesRead = 3;
      }
      bytesRead += chunk.length;
      if (seen >= ownedBytes) scanner.leadOut(decoder.write(chunk));
      else if (seen + chunk.length <= ownedBytes) scanner.push(decoder.write(chunk));
      else {
        const cut = ownedBytes - seen;
        // The range ends after a newline, so no character straddles `cut`.
        scanner.push(decoder.write(chunk.subarray(0, cut)));
        scanner.leadOut(decoder.write(chunk.subarray(cut)));
      }
      seen += chunk.length;
    }
    const rest = decoder.end();
    if (seen > ownedBytes) scanner.leadOut(rest);
    else scanner.push(rest);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    problem = { status: 'partial', reason: `read failed: ${code ?? String(err)}` };
  }
  const out: PartResult = {
    ...scanner.end(),
    gzip: false,
    encoding: 'utf8',
    bytesRead,
    bytesDecoded: Math.min(seen, ownedBytes),
  };
  if (problem) out.problem = problem;
  return out;
}
