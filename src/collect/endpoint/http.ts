import { StringDecoder } from 'node:string_decoder';
import { Agent, buildConnector, type Dispatcher, request } from 'undici';
import { REDACTED_TOKEN } from './facts.ts';

/** A raw HTTP exchange: the SDK would not send the malformed requests the audit needs. */
export interface ProbeRequest {
  method: 'GET' | 'POST' | 'OPTIONS' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Stop reading once this returns true (e.g. an SSE `endpoint` event arrived). */
  stopWhen?: (body: string) => boolean;
  /** Overrides the prober's per-request body cap. */
  maxBodyBytes?: number;
  /** A shorter time limit for this request (event streams that may never end). */
  timeoutMs?: number;
}

export interface ProbeResponse {
  status?: number;
  /** Lower-cased names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  body: string;
  truncated: boolean;
  /** Set when no response arrived: `timeout`, `connection`, `cap`, `aborted`. */
  error?: string;
}

export interface ProberOptions {
  timeoutMs: number;
  maxBodyBytes: number;
  maxRequests: number;
  /** Strings that must never leave the prober (the user's token): replaced in every response. */
  secrets: string[];
  signal?: AbortSignal;
  dispatcher?: Dispatcher;
  /** One request at a time (the benchmark's baseline): every request becomes a round trip. */
  serial?: boolean;
}

let shared: Agent | undefined;

/**
 * One Agent for every scan in the process: fleets reuse keep-alive connections and the per-origin
 * cap keeps a scan gentle on one host while many hosts are probed at once.
 */
function sharedAgent(): Agent {
  shared ??= probeAgent({ timeout: 10_000 });
  return shared;
}

/**
 * An Agent whose idle keep-alive sockets do not keep the process alive (a CLI scan exits as
 * soon as it is done; in-flight requests are held open by their own timers).
 */
export function probeAgent(connect: buildConnector.BuildOptions): Agent {
  const base = buildConnector(connect);
  return new Agent({
    connections: 16,
    pipelining: 1,
    keepAliveTimeout: 4_000,
    keepAliveMaxTimeout: 10_000,
    connect: (opts, cb) =>
      base(opts, (err, socket) => {
        socket?.unref();
        if (err) cb(err, null);
        else cb(null, socket as NonNullable<typeof socket>);
      }),
  });
}

/** Closes the shared Agent (tests and benchmarks, so the process can exit). */
export async function closeSharedAgent(): Promise<void> {
  const a = shared;
  shared = undefined;
  await a?.close();
}

/** Replaces every occurrence of each secret with a fixed marker. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join(REDACTED_TOKEN);
  return out;
}

/**
 * Bounded raw HTTP for the endpoint audit: every request has a timeout and a body cap, the scan
 * has a hard request budget, and the longest chain of dependent requests is counted (`depth`)
 * so the benchmark can report sequential round trips.
 */
export class Prober {
  sent = 0;
  capHit = false;
  depth = 0;
  readonly opts: ProberOptions;

  constructor(opts: ProberOptions) {
    this.opts = opts;
    opts.signal?.addEventListener(
      'abort',
      () => {
        for (const ac of this.inflight) ac.abort(new Error('aborted'));
      },
      { once: true },
    );
  }

  private queue: Promise<unknown> = Promise.resolve();
  /** In-flight requests; one listener on the caller's signal aborts them all (no listener leak). */
  private readonly inflight = new Set<AbortController>();

  /** Sends one request at chain position `depth` (1 = needs nothing earlier). Never throws. */
  send(req: ProbeRequest, depth: number): Promise<ProbeResponse> {
    if (!this.opts.serial) return this.sendNow(req, depth);
    const next = this.queue.then(() => this.sendNow(req, this.sent + 1));
    this.queue = next;
    return next;
  }

  private async sendNow(req: ProbeRequest, depth: number): Promise<ProbeResponse> {
    if (this.sent >= this.opts.maxRequests) {
      this.capHit = true;
      return { headers: {}, body: '', truncated: false, error: 'cap' };
    }
    if (this.opts.signal?.aborted)
      return { headers: {}, body: '', truncated: false, error: 'aborted' };
    this.sent++;
    this.depth = Math.max(this.depth, depth);
    const ac = new AbortController();
    const timeoutMs = Math.min(req.timeoutMs ?? this.opts.timeoutMs, this.opts.timeoutMs);
    const timer = setTimeout(() => ac.abort(new Error('timeout')), timeoutMs);
    this.inflight.add(ac);
    try {
      const res = await request(req.url, {
        method: req.method,
        headers: req.headers ?? {},
        body: req.body ?? null,
        signal: ac.signal,
        dispatcher: this.opts.dispatcher ?? sharedAgent(),
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        maxRedirections: 0,
      } as Parameters<typeof request>[1]);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(res.headers)) {
        if (v === undefined) continue;
        headers[k.toLowerCase()] = scrub(Array.isArray(v) ? v.join(', ') : v, this.opts.secrets);
      }
      const cap = req.maxBodyBytes ?? this.opts.maxBodyBytes;
      // Decoded as it arrives: re-joining every chunk for each `stopWhen` test was quadratic in
      // the number of chunks a server chooses to send. StringDecoder keeps split UTF-8 sequences.
      const decoder = new StringDecoder('utf8');
      let text = '';
      let size = 0;
      let truncated = false;
      try {
        for await (const chunk of res.body as AsyncIterable<Buffer>) {
          const room = cap - size;
          if (chunk.length >= room) {
            text += decoder.write(chunk.subarray(0, room));
            size = cap;
            truncated = true;
            break;
          }
          text += decoder.write(chunk);
          size += chunk.length;
          if (req.stopWhen?.(text)) {
            truncated = true;
            break;
          }
        }
      } catch {
        truncated = true;
      } finally {
        if (truncated) res.body.destroy();
      }
      const body = scrub(text + decoder.end(), this.opts.secrets);
      return { status: res.statusCode, headers, body, truncated };
    } catch (err) {
      const reason = ac.signal.aborted ? String((ac.signal.reason as Error)?.message) : '';
      const error =
        reason === 'timeout' || reason === 'aborted' ? reason : connectionError(err as Error);
      return { headers: {}, body: '', truncated: false, error };
    } finally {
      clearTimeout(timer);
      this.inflight.delete(ac);
    }
  }
}

function connectionError(err: Error): string {
  const code = (err as { code?: string }).code;
  // Error messages can quote the URL; only the code is safe to keep.
  return code ? `connection (${code})` : 'connection';
}
