import type { ProtocolFacts } from './facts.ts';
import type { ProbeResponse } from './http.ts';
import {
  initializeRequest,
  isObject,
  LEGACY_VERSION,
  MODERN_VERSION,
  modernRequest,
  rpcReply,
} from './jsonrpc.ts';
import type { ProbeRun } from './probe-run.ts';

/** Initialize requests sent for the era test; their session ids feed the weak-session-id check. */
const SESSION_SAMPLES = 4;

/** The depth-1 requests the era is decided from (`0`: without credentials, `A`: with them). */
export interface EraRequests {
  discover0: Promise<ProbeResponse>;
  init0: Promise<ProbeResponse>;
  list0: Promise<ProbeResponse>;
  discoverA: Promise<ProbeResponse>;
  initsA: Promise<ProbeResponse>[];
  sseGet: Promise<ProbeResponse>;
}

/**
 * Sends, at depth 1, each era's opening exchange: 2026 `server/discover` and `tools/list`, 2025
 * `initialize` (several, to sample session ids), and an HTTP+SSE `GET`.
 */
export function sendEraRequests(run: ProbeRun): EraRequests {
  const noCreds = { url: run.bareUrl };
  const creds = { headers: run.creds };
  const discover0 = run.post(modernRequest('server/discover'), 1, noCreds);
  const init0 = run.post(initializeRequest(), 1, noCreds);
  const list0 = run.post(modernRequest('tools/list'), 1, noCreds);
  const discoverA = run.hasCreds ? run.post(modernRequest('server/discover'), 1, creds) : discover0;
  const initsA = Array.from(
    { length: run.hasCreds ? SESSION_SAMPLES : SESSION_SAMPLES - 1 },
    (_, i) => run.post(initializeRequest(i + 1), 1, creds),
  );
  if (!run.hasCreds) initsA.unshift(init0);
  const sseGet = run.getSse(run.url, run.creds, 1, (b) =>
    /event:\s*endpoint\s*\r?\ndata:[^\n]*\n/.test(b),
  );
  return { discover0, init0, list0, discoverA, initsA, sseGet };
}

/** The protocol version an initialize result names (bounded). */
export function protocolVersionOf(r: ProbeResponse): string | undefined {
  const v = rpcReply(r)?.result?.protocolVersion;
  return typeof v === 'string' ? v.slice(0, 40) : undefined;
}

/** Decides the protocol era from the depth-1 answers (MCP 2026-07-28 first, then 2025, then SSE). */
export function detectEra(
  discover: ProbeResponse,
  inits: ProbeResponse[],
  sse: ProbeResponse,
  init0: ProbeResponse,
): ProtocolFacts {
  const evidence: string[] = [];
  const d = rpcReply(discover)?.result;
  const init = [...inits, init0].find((r) => rpcReply(r)?.result && (r.status ?? 0) < 300);
  if (d && (discover.status ?? 0) < 300) {
    const p: ProtocolFacts = {
      era: 'stateless-2026',
      version: MODERN_VERSION,
      transport: 'streamable-http',
      evidence,
    };
    const sv = d.supportedVersions;
    if (Array.isArray(sv))
      p.supportedVersions = sv.filter((v) => typeof v === 'string').slice(0, 10);
    if (isObject(d.serverInfo) && typeof d.serverInfo.name === 'string') {
      p.serverName = d.serverInfo.name.slice(0, 100);
    }
    evidence.push('server/discover answered without a session');
    if (init) evidence.push(`also answers a ${LEGACY_VERSION} initialize`);
    return p;
  }
  if (init) {
    const p: ProtocolFacts = { era: 'streamable-2025', transport: 'streamable-http', evidence };
    const v = protocolVersionOf(init);
    if (v) p.version = v;
    const info = rpcReply(init)?.result?.serverInfo;
    if (isObject(info) && typeof info.name === 'string') p.serverName = info.name.slice(0, 100);
    p.sessions = Boolean(init.headers['mcp-session-id']);
    evidence.push(`initialize answered (HTTP ${init.status})`);
    evidence.push(p.sessions ? 'Mcp-Session-Id issued' : 'no session id (stateless)');
    return p;
  }
  if (
    sse.status === 200 &&
    (sse.headers['content-type'] ?? '').includes('text/event-stream') &&
    /event:\s*endpoint/.test(sse.body)
  ) {
    evidence.push('GET opened an SSE stream with an `endpoint` event (HTTP+SSE, 2024-11-05)');
    return { era: 'sse-legacy', version: '2024-11-05', transport: 'sse', evidence };
  }
  evidence.push(
    `no MCP answer: server/discover HTTP ${discover.status ?? discover.error}, initialize HTTP ${
      init0.status ?? init0.error
    }, GET HTTP ${sse.status ?? sse.error}`,
  );
  return { era: 'unknown', evidence };
}
