import { setMaxListeners } from 'node:events';
import { Client, type Transport } from '@modelcontextprotocol/client';
import { emptySnapshot, type ServerSnapshot, type TransportKind } from '../../model/snapshot.ts';
import type { CoverageStatus } from '../../model/target.ts';
import { VERSION } from '../../version.ts';
import { describeNotes, newNotes } from '../snapshot/bound.ts';
import {
  LIST_KINDS,
  LIST_METHOD,
  type ListKind,
  normalizeItems,
  setServerMeta,
} from '../snapshot/normalize.ts';
import type { CollectContext, TargetSpec } from '../spec.ts';
import { descendants } from './process-tree.ts';
import { safeUrl, scrub, secretValues } from './redact.ts';
import { anySignal } from './signals.ts';
import {
  connectUrl,
  httpFetch,
  httpTransport,
  killAll,
  looksSseOnly,
  type StdioHandle,
  stdioTransport,
} from './transports.ts';

type LiveSpec = Extract<TargetSpec, { kind: 'stdio' | 'http' }>;

export interface McpCollectResult {
  snapshot?: ServerSnapshot;
  status: CoverageStatus;
  reasons: string[];
}

class Deadline extends Error {
  readonly code = 'DEADLINE' as const;
}

/** Rejects when `ms` pass or `signal` aborts, whichever first; never leaves a timer behind. */
async function bounded<T>(p: Promise<T>, ms: number, what: string, signal: AbortSignal) {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Deadline(`${what} timed out after ${ms} ms`)), ms);
        onAbort = () => reject(new Deadline(`${what} stopped: collection time budget exhausted`));
        if (signal.aborted) onAbort();
        else signal.addEventListener('abort', onAbort, { once: true });
      }),
    ]);
  } finally {
    if (timer) clearTimeout(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

// A permissive result schema: we want exactly what the server sent (extra fields included), and
// our own bounded normalisation instead of the SDK's strict parse, which drops a whole page for
// one malformed entry (and a scanner must see malformed entries).
const RAW_RESULT = {
  '~standard': {
    version: 1 as const,
    vendor: 'mcp-warden',
    validate: (value: unknown) => ({ value }),
  },
};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Closes client and transport under a time limit, then makes sure no child survives. */
async function teardown(client: Client, transport: Transport | undefined, stdio?: StdioHandle) {
  // Taken before closing: once the launcher exits, its children are re-parented and untraceable.
  const tree = (stdio?.pids ?? []).flatMap((pid) => [pid, ...descendants(pid)]);
  await settle([client.close()], 5_000);
  if (transport) await settle([transport.close()], 5_000);
  killAll(tree.filter(isAlive));
}

interface WalkOutcome {
  complete: boolean;
  reasons: string[];
}

async function walkList(
  client: Client,
  kind: ListKind,
  snapshot: ServerSnapshot,
  ctx: CollectContext,
  signal: AbortSignal,
  notes: ReturnType<typeof newNotes>,
  secrets: readonly string[],
): Promise<WalkOutcome> {
  const { limits } = ctx;
  const items = snapshot[kind] as unknown[];
  const seen = new Set<string>();
  let cursor: string | undefined;
  let invalid = 0;
  const reasons: string[] = [];
  for (let page = 0; ; page++) {
    if (page >= limits.maxPages) {
      reasons.push(`${kind}: stopped after ${limits.maxPages} pages (maxPages limit)`);
      break;
    }
    const params: Record<string, unknown> = cursor === undefined ? {} : { cursor };
    let result: unknown;
    try {
      result = await bounded(
        client.request({ method: LIST_METHOD[kind], params }, RAW_RESULT, {
          timeout: limits.requestTimeoutMs,
          signal,
        }),
        limits.requestTimeoutMs + 1_000,
        LIST_METHOD[kind],
        signal,
      );
    } catch (err) {
      reasons.push(`${kind}: ${LIST_METHOD[kind]} failed: ${scrub(err, secrets)}`);
      break;
    }
    const rec = (
      result !== null && typeof result === 'object' && !Array.isArray(result) ? result : {}
    ) as Record<string, unknown>;
    if (!Array.isArray(rec[kind])) {
      // An answer without the list is not an empty list: the server showed us nothing to check.
      reasons.push(`${kind}: ${LIST_METHOD[kind]} answered without a "${kind}" array`);
      break;
    }
    const norm = normalizeItems(kind, rec[kind], limits, notes, limits.maxItems - items.length);
    items.push(...norm.items);
    invalid += norm.invalid;
    if (norm.overLimit > 0 || (items.length >= limits.maxItems && rec.nextCursor)) {
      reasons.push(`${kind}: stopped at ${limits.maxItems} items (maxItems limit)`);
      break;
    }
    const next = rec.nextCursor;
    if (typeof next !== 'string' || next === '') {
      if (invalid > 0) reasons.push(`${kind}: ${invalid} malformed entries skipped`);
      return { complete: reasons.length === 0, reasons };
    }
    if (seen.has(next) || next.length > 4096) {
      reasons.push(`${kind}: pagination cursor repeated or oversized; stopped`);
      break;
    }
    seen.add(next);
    cursor = next;
    ctx.onProgress?.({
      type: 'target-step',
      label: snapshot.name,
      step: `${kind} page ${page + 2}`,
    });
  }
  if (invalid > 0) reasons.push(`${kind}: ${invalid} malformed entries skipped`);
  return { complete: false, reasons };
}

/** Which list kinds the server's capabilities advertise (resources covers templates). */
function advertised(caps: Record<string, unknown> | undefined): ListKind[] {
  if (!caps) return [];
  return LIST_KINDS.filter((k) => {
    const cap = k === 'resourceTemplates' ? 'resources' : k;
    return caps[cap] !== undefined && caps[cap] !== null && caps[cap] !== false;
  });
}

async function connectWith(
  client: Client,
  transport: Transport,
  ctx: CollectContext,
  signal: AbortSignal,
  pending: Promise<unknown>[],
) {
  const { limits } = ctx;
  const connecting = client.connect(transport, { timeout: limits.connectTimeoutMs, signal });
  connecting.catch(() => {});
  pending.push(connecting);
  // The SDK's own timeout covers each request; ours also covers the negotiation probe and the
  // transport start (an SSE stream that never sends its endpoint event).
  await bounded(connecting, limits.connectTimeoutMs * 2 + 1_000, 'connect', signal);
}

/**
 * Waits at most `ms` for every promise to settle, ignoring outcomes. After giving up on a
 * connect, this lets the SDK's own connect finish: it reaps the stdio negotiation sibling only
 * then, and we promise no child outlives the collection.
 */
async function settle(pending: Promise<unknown>[], ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.allSettled(pending),
    new Promise((r) => {
      timer = setTimeout(r, ms);
    }),
  ]);
  if (timer) clearTimeout(timer);
}

function newClient(ctx: CollectContext): Client {
  return new Client(
    { name: 'mcp-warden', version: VERSION },
    {
      capabilities: {},
      // `auto`: 2026-07-28 servers via server/discover, 2025-era servers via initialize.
      versionNegotiation: { mode: 'auto', probe: { timeoutMs: ctx.limits.connectTimeoutMs } },
      listMaxPages: ctx.limits.maxPages,
    },
  );
}

/**
 * Connects to one live MCP server (stdio or HTTP), reads what it shows the model, and returns a
 * bounded snapshot with coverage. Never throws; every child process it started is gone when it
 * returns.
 */
export async function collectMcpServer(
  spec: LiveSpec,
  name: string,
  ctx: CollectContext,
): Promise<McpCollectResult> {
  const { limits } = ctx;
  const secrets = secretValues(
    spec.kind === 'http'
      ? {
          url: spec.url,
          ...(spec.headers ? { headers: spec.headers } : {}),
          ...(spec.bearerToken ? { bearerToken: spec.bearerToken } : {}),
        }
      : spec.env
        ? { env: spec.env }
        : {},
  );
  const budget = new AbortController();
  const budgetTimer = setTimeout(() => budget.abort(), limits.totalTimeoutMs);
  const signal = ctx.signal ? anySignal([budget.signal, ctx.signal]) : budget.signal;
  // Every request of a long paged walk links to this signal; the default cap of 10 is a false
  // alarm here (listeners are dropped when the collection ends).
  setMaxListeners(10_000, budget.signal, signal);
  const reasons: string[] = [];
  const transportErrors: string[] = [];
  let tooLarge: number | undefined;
  const onExceeded = (cap: number) => {
    tooLarge = cap;
  };

  let client = newClient(ctx);
  let transport: Transport | undefined;
  let stdio: StdioHandle | undefined;
  let kind: TransportKind;
  const snapshot = emptySnapshot(name);
  const pending: Promise<unknown>[] = [];
  const watchErrors = (c: Client) => {
    c.onerror = (err) => {
      // A schema-validation dump of a hostile message says nothing useful to the user.
      const raw = err instanceof Error ? err.message : String(err);
      const msg = /"code":\s*"invalid_|ZodError/.test(raw)
        ? 'received a message that is not valid JSON-RPC'
        : scrub(err, secrets, 200);
      if (transportErrors.length < 5 && !transportErrors.includes(msg)) transportErrors.push(msg);
    };
  };

  try {
    ctx.onProgress?.({ type: 'target-step', label: name, step: 'connecting' });
    if (spec.kind === 'stdio') {
      kind = 'stdio';
      stdio = stdioTransport(spec, limits);
      transport = stdio.transport;
      watchErrors(client);
      await connectWith(client, transport, ctx, signal, pending);
    } else {
      let url: URL;
      try {
        url = connectUrl(spec);
      } catch {
        return { status: 'unreachable', reasons: ['invalid URL'] };
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return { status: 'unreachable', reasons: [`unsupported URL scheme ${url.protocol}`] };
      }
      snapshot.url = safeUrl(spec.url);
      const fetchImpl = httpFetch(spec, limits, signal, onExceeded, ctx.endpoint?.ca);
      const mode = spec.transport ?? 'auto';
      kind = mode === 'sse' ? 'sse' : 'streamable-http';
      transport = httpTransport(kind, url, fetchImpl);
      watchErrors(client);
      try {
        await connectWith(client, transport, ctx, signal, pending);
      } catch (err) {
        if (mode !== 'auto' || !looksSseOnly(err) || signal.aborted) throw err;
        await teardown(client, transport);
        reasons.push(
          `Streamable HTTP refused (${scrub(err, secrets, 120)}); fell back to the deprecated HTTP+SSE transport`,
        );
        kind = 'sse';
        client = newClient(ctx);
        watchErrors(client);
        transport = httpTransport('sse', url, fetchImpl);
        await connectWith(client, transport, ctx, signal, pending);
      }
    }
    snapshot.transport = kind;
  } catch (err) {
    clearTimeout(budgetTimer);
    stdio?.stop();
    await teardown(client, transport, stdio);
    await settle(pending, limits.connectTimeoutMs + 5_000);
    if (stdio) killAll(stdio.pids);
    const why = [`connect failed: ${scrub(err, secrets)}`];
    if (tooLarge) why.push(`a response exceeded the ${tooLarge}-byte limit`);
    for (const e of transportErrors) if (!why[0]?.includes(e)) why.push(`transport: ${e}`);
    const flood = stdio?.flooded();
    if (flood) why.push(flood);
    const tail = stdio?.stderrTail().trim().split('\n').pop();
    if (tail) why.push(`server stderr: ${scrub(tail, secrets, 200)}`);
    return { status: 'unreachable', reasons: [...reasons, ...why] };
  }

  let complete = true;
  try {
    const notes = newNotes();
    const caps = client.getServerCapabilities() as Record<string, unknown> | undefined;
    setServerMeta(
      snapshot,
      {
        serverInfo: client.getServerVersion(),
        capabilities: caps,
        instructions: client.getInstructions(),
        protocolVersion: client.getNegotiatedProtocolVersion(),
      },
      limits,
      notes,
    );
    // Findings name the server as it names itself; the spec label is the fallback.
    const selfName = snapshot.serverInfo?.name;
    if (typeof selfName === 'string' && selfName.trim()) snapshot.name = selfName.slice(0, 200);
    for (const k of advertised(caps)) {
      ctx.onProgress?.({ type: 'target-step', label: name, step: `listing ${k}` });
      const out = await walkList(client, k, snapshot, ctx, signal, notes, secrets);
      if (!out.complete) complete = false;
      reasons.push(...out.reasons);
    }
    const noted = describeNotes(notes, limits);
    if (noted.length > 0) complete = false;
    reasons.push(...noted);
  } catch (err) {
    complete = false;
    reasons.push(`collection failed: ${scrub(err, secrets)}`);
  } finally {
    clearTimeout(budgetTimer);
    stdio?.stop();
    await teardown(client, transport, stdio);
  }
  if (tooLarge) reasons.push(`a response exceeded the ${tooLarge}-byte limit`);
  const flood = stdio?.flooded();
  if (flood) {
    complete = false;
    reasons.push(flood);
  }
  if (!complete) {
    for (const e of transportErrors) reasons.push(`transport: ${e}`);
  }
  if (reasons.some((r) => r.includes('fell back')) && complete) {
    // The fallback itself is a fact (reported by deprecated-sse-transport), not a coverage gap.
    return { snapshot, status: 'scanned', reasons: [] };
  }
  if (snapshot.incomplete === undefined && !complete) snapshot.incomplete = [...reasons];
  return { snapshot, status: complete ? 'scanned' : 'partial', reasons: complete ? [] : reasons };
}
