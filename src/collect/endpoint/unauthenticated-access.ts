import { protocolVersionOf } from './era.ts';
import type { ProbeObservation, ProtocolFacts } from './facts.ts';
import type { ProbeResponse } from './http.ts';
import { LEGACY_VERSION, legacyRequest, observe, rpcReply } from './jsonrpc.ts';
import { type ProbeRun, sseOpened } from './probe-run.ts';

/** A 401 or 403: the request was refused for want of credentials. */
export const unauthorized = (r: ProbeResponse) => r.status === 401 || r.status === 403;

/** The era's list exchange (or stream) without credentials: is the endpoint open to anyone? */
export async function unauthenticatedList(
  run: ProbeRun,
  protocol: ProtocolFacts,
  d0: ProbeResponse,
  i0: ProbeResponse,
  l0: ProbeResponse,
  sse: ProbeResponse,
): Promise<ProbeObservation & { method: string; tools?: number }> {
  const count = (r: ProbeResponse) => {
    const tools = rpcReply(r)?.result?.tools;
    return Array.isArray(tools) ? tools.length : undefined;
  };
  if (protocol.era === 'stateless-2026' || (protocol.era === 'unknown' && observe(l0).served)) {
    const tools = count(l0);
    return { ...observe(l0), method: 'tools/list', ...(tools !== undefined ? { tools } : {}) };
  }
  if (protocol.era === 'streamable-2025' && observe(i0).served) {
    const sid = i0.headers['mcp-session-id'];
    const version = protocolVersionOf(i0) ?? LEGACY_VERSION;
    const r = await run.post(
      legacyRequest('tools/list', { id: 2, version, ...(sid ? { sessionId: sid } : {}) }),
      2,
      { url: run.bareUrl },
    );
    const tools = count(r);
    return { ...observe(r), method: 'tools/list', ...(tools !== undefined ? { tools } : {}) };
  }
  if (protocol.era === 'sse-legacy') {
    const r = run.hasCreds ? await run.getSse(run.bareUrl, {}, 2) : sse;
    const opened = sseOpened(r);
    return { ...observe(r), served: opened, method: 'GET (SSE stream)' };
  }
  if (protocol.era === 'streamable-2025') return { ...observe(i0), method: 'initialize' };
  const best = [d0, i0, l0].find(unauthorized) ?? i0;
  return { ...observe(best), method: best === d0 ? 'server/discover' : 'initialize' };
}
