import type { ChildProcess } from 'node:child_process';
import {
  SdkHttpError,
  SSEClientTransport,
  StreamableHTTPClientTransport,
  type Transport,
} from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { Agent, fetch as undiciFetch } from 'undici';
import type { TransportKind } from '../../model/snapshot.ts';
import type { CollectLimits, TargetSpec } from '../spec.ts';
import { cappedFetch, type FetchFn, SESSION_BUDGET_FACTOR } from './capped-fetch.ts';
import { descendants } from './process-tree.ts';
import { decodeLoose } from './redact.ts';

type StdioSpec = Extract<TargetSpec, { kind: 'stdio' }>;
type HttpSpec = Extract<TargetSpec, { kind: 'http' }>;

/** SIGKILLs each pid that is still alive (a zombie or a vanished pid is fine). */
export function killAll(pids: readonly number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

// The SDK negotiates the protocol era over stdio on a disposable second copy of the server and
// reaps it with an internal `_dispose` that signals only that process. A launcher's children
// (npx → node) or a server's own helpers would outlive it, untracked. Wrapping that method on
// the prototype (it must stay an own property there: the SDK checks for it) lets us take the
// process tree before disposal and kill what survives. If a future SDK drops `_dispose`, this
// does nothing and only the session process tree is managed.
let siblingReaperInstalled = false;
function installSiblingReaper(): void {
  if (siblingReaperInstalled) return;
  siblingReaperInstalled = true;
  const proto = StdioClientTransport.prototype as unknown as {
    _dispose?: (this: { _process?: ChildProcess }) => Promise<void>;
  };
  const original = proto._dispose;
  if (typeof original !== 'function') return;
  proto._dispose = async function dispose(this: { _process?: ChildProcess }) {
    const pid = this._process?.pid;
    const tree = pid ? descendants(pid) : [];
    try {
      await original.call(this);
    } finally {
      killAll(tree);
    }
  };
}

/** What the collector needs to tear a stdio server down for certain. */
export interface StdioHandle {
  transport: StdioClientTransport;
  /** Pids of every session process started (the negotiation sibling is reaped by the SDK). */
  pids: number[];
  /** No start after this: the collection is over. */
  stop: () => void;
  /** The last bytes the server wrote to stderr (bounded), for an unreachable reason. */
  stderrTail: () => string;
  /** Set when the server exceeded the total stdout budget and was stopped. */
  flooded: () => string | undefined;
}

const STDERR_TAIL = 2048;

/** Largest pipe read (Linux pipes deliver at most 64 KiB per read). */
const PIPE_CHUNK = 64 * 1024;

function garbageBudgetOf(limits: CollectLimits): number {
  return limits.maxResponseBytes + PIPE_CHUNK;
}

/**
 * The stdio transport of the official SDK. The child's environment is the user's explicit
 * pass-through map on top of the SDK's own minimal default (HOME, LOGNAME, PATH, SHELL, TERM,
 * USER): enough to find `node`/`npx` and a cache directory, and the same set Claude Desktop and
 * the SDK give every stdio server; never the rest of our environment, where tokens live.
 * The SDK's read buffer is capped at the response-size limit: a longer line (one message) errors
 * the transport instead of growing memory.
 */
export function stdioTransport(spec: StdioSpec, limits: CollectLimits): StdioHandle {
  installSiblingReaper();
  const params: ConstructorParameters<typeof StdioClientTransport>[0] = {
    command: spec.command,
    args: spec.args,
    env: { ...(spec.env ?? {}) },
    // Piped, not inherited: a server's stderr is hostile text and must not reach our terminal.
    stderr: 'pipe',
    maxBufferSize: limits.maxResponseBytes,
  };
  if (spec.cwd) params.cwd = spec.cwd;
  const transport = new StdioClientTransport(params);
  const pids: number[] = [];
  let tail = '';
  const stderr = transport.stderr;
  stderr?.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-STDERR_TAIL);
  });
  // Patched on the instance, not subclassed: the SDK clones only its exact base class for the
  // disposable version-negotiation sibling (a subclass would probe in place and can kill
  // 2025-era servers that exit on a pre-initialize request).
  const start = transport.start.bind(transport);
  let flooded = false;
  let stopped = false;
  transport.start = async () => {
    // The SDK may still be negotiating when the collection gives up; a start after that must
    // not leave a fresh server running behind us.
    if (stopped) throw new Error('collection ended before the server was started');
    await start();
    if (transport.pid) pids.push(transport.pid);
    if (stopped) {
      await transport.close().catch(() => {});
      return;
    }
    // The SDK skips unparsable lines silently, so a server flooding stdout with garbage would
    // keep us reading (and allocating) until the deadline. Count the bytes and stop at a total
    // budget. The child process is not public API: without it, only the deadline applies.
    const stdout = (transport as unknown as { _process?: ChildProcess })._process?.stdout;
    let seen = 0;
    // No valid message is longer than maxResponseBytes, so that many bytes (plus one pipe chunk,
    // which may also carry the start of the next message) without one parsed message is garbage
    // or an oversized line. Stopping there also bounds the SDK's read buffer, which re-copies
    // itself on every chunk of a long line.
    let sinceMessage = 0;
    const onmessage = transport.onmessage;
    if (onmessage) {
      transport.onmessage = (...args: Parameters<typeof onmessage>) => {
        sinceMessage = 0;
        onmessage(...args);
      };
    }
    const budget = limits.maxResponseBytes * SESSION_BUDGET_FACTOR;
    const garbageBudget = garbageBudgetOf(limits);
    stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      sinceMessage += chunk.length;
      if ((seen > budget || (onmessage && sinceMessage > garbageBudget)) && !flooded) {
        flooded = true;
        transport.close().catch(() => {});
      }
    });
  };
  return {
    transport,
    pids,
    stop: () => {
      stopped = true;
    },
    stderrTail: () => tail,
    flooded: () =>
      flooded
        ? `server flooded stdout (over ${garbageBudgetOf(limits)} bytes without a valid message, or ${limits.maxResponseBytes * SESSION_BUDGET_FACTOR} in all); stopped reading`
        : undefined,
  };
}

/** Headers sent on every request; the bearer token becomes `Authorization` (C1: header only). */
export function httpHeaders(spec: HttpSpec): Record<string, string> {
  const headers: Record<string, string> = { ...(spec.headers ?? {}) };
  const hasAuth = Object.keys(headers).some((k) => k.toLowerCase() === 'authorization');
  const url = URL.canParse(spec.url) ? new URL(spec.url) : undefined;
  if (url && (url.username || url.password) && !hasAuth && !spec.bearerToken) {
    // fetch refuses URLs with credentials; send them the way curl does (RFC 7617 Basic).
    const user = decodeLoose(url.username);
    const pass = decodeLoose(url.password);
    headers.Authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
  }
  if (spec.bearerToken) {
    for (const k of Object.keys(headers)) {
      if (k.toLowerCase() === 'authorization') delete headers[k];
    }
    headers.Authorization = `Bearer ${spec.bearerToken}`;
  }
  return headers;
}

/**
 * A fetch that adds our headers, caps every response body and honours the deadline. Used for both
 * HTTP transports so the SSE stream request and the message POSTs carry the same headers.
 */
export function httpFetch(
  spec: HttpSpec,
  limits: CollectLimits,
  signal: AbortSignal,
  onExceeded: (cap: number) => void,
  ca?: string | Buffer,
): FetchFn {
  const inner = cappedFetch(limits.maxResponseBytes, signal, onExceeded, caFetch(ca));
  const extra = httpHeaders(spec);
  return (input, init) => {
    const headers = new Headers(init?.headers);
    for (const [k, v] of Object.entries(extra)) if (!headers.has(k)) headers.set(k, v);
    return inner(input, { ...init, headers });
  };
}

/**
 * With `--ca`, the MCP connection trusts the same private CA as the endpoint probes (otherwise
 * the server would be "unreachable" while its probes succeed). Node's global fetch cannot take
 * a CA, so undici's own fetch with a dedicated agent is used; verification stays on.
 */
function caFetch(ca: string | Buffer | undefined): FetchFn {
  if (!ca) return fetch;
  const dispatcher = new Agent({ connect: { ca } });
  return (input, init) =>
    undiciFetch(
      input as never,
      { ...(init as object), dispatcher } as never,
    ) as unknown as Promise<Response>;
}

/** The URL to connect to: userinfo moved into a header by httpHeaders, so stripped here. */
export function connectUrl(spec: HttpSpec): URL {
  const url = new URL(spec.url);
  url.username = '';
  url.password = '';
  return url;
}

/** Builds the transport for one HTTP attempt. */
export function httpTransport(
  kind: Exclude<TransportKind, 'stdio' | 'snapshot'>,
  url: URL,
  fetchImpl: FetchFn,
): Transport {
  if (kind === 'sse') return new SSEClientTransport(url, { fetch: fetchImpl });
  return new StreamableHTTPClientTransport(url, { fetch: fetchImpl });
}

/**
 * Whether a failed Streamable HTTP attempt looks like a server that only speaks the deprecated
 * HTTP+SSE transport. MCP 2025-03-26 "Backwards compatibility": a client POSTs and, on an HTTP
 * 4xx, falls back to GET for the SSE `endpoint` event. Auth and rate-limit answers are not
 * "wrong transport": falling back would only hide them.
 */
export function looksSseOnly(err: unknown): boolean {
  let e: unknown = err;
  for (let i = 0; i < 4 && e; i++) {
    if (e instanceof SdkHttpError) {
      const s = e.status;
      return s >= 400 && s < 500 && ![401, 403, 407, 429].includes(s);
    }
    const m = e instanceof Error ? e.message : '';
    if (
      /\b(404|405|400|406|415)\b/.test(m) &&
      /HTTP|status|Not Found|Method Not Allowed/i.test(m)
    ) {
      return true;
    }
    e = e instanceof Error ? e.cause : undefined;
  }
  return false;
}
