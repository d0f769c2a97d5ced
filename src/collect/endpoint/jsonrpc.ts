import { VERSION } from '../../version.ts';
import type { ProbeObservation } from './facts.ts';
import type { ProbeResponse } from './http.ts';

export const MODERN_VERSION = '2026-07-28';
export const LEGACY_VERSION = '2025-11-25';
const CLIENT_INFO = { name: 'mcp-warden', version: VERSION };

/** Streamable HTTP: clients MUST accept both JSON and SSE answers to a POST. */
const BASE_HEADERS = {
  'content-type': 'application/json',
  accept: 'application/json, text/event-stream',
};

/**
 * A 2026-07-28 request: no handshake, version and capabilities in `_meta` of every request, and
 * the `MCP-Protocol-Version` / `Mcp-Method` headers mirroring the body (SEP-2243).
 */
export function modernRequest(
  method: string,
  opts: { id?: number; headerVersion?: string; headerMethod?: string; metaVersion?: string } = {},
): { headers: Record<string, string>; body: string } {
  return {
    headers: {
      ...BASE_HEADERS,
      'mcp-protocol-version': opts.headerVersion ?? MODERN_VERSION,
      'mcp-method': opts.headerMethod ?? method,
    },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: opts.id ?? 1,
      method,
      params: {
        _meta: {
          'io.modelcontextprotocol/protocolVersion': opts.metaVersion ?? MODERN_VERSION,
          'io.modelcontextprotocol/clientCapabilities': {},
          'io.modelcontextprotocol/clientInfo': CLIENT_INFO,
        },
      },
    }),
  };
}

/** A 2025-era `initialize` (Streamable HTTP, sessions). */
export function initializeRequest(id = 1): { headers: Record<string, string>; body: string } {
  return {
    headers: { ...BASE_HEADERS },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id,
      method: 'initialize',
      params: { protocolVersion: LEGACY_VERSION, capabilities: {}, clientInfo: CLIENT_INFO },
    }),
  };
}

/** A 2025-era request after initialize: session and negotiated version in headers. */
export function legacyRequest(
  method: string,
  opts: { id?: number; sessionId?: string; version?: string; params?: unknown } = {},
): { headers: Record<string, string>; body: string } {
  const headers: Record<string, string> = {
    ...BASE_HEADERS,
    'mcp-protocol-version': opts.version ?? LEGACY_VERSION,
  };
  if (opts.sessionId) headers['mcp-session-id'] = opts.sessionId;
  return {
    headers,
    body: JSON.stringify({ jsonrpc: '2.0', id: opts.id ?? 1, method, params: opts.params ?? {} }),
  };
}

/** Parses the `data:` payloads of an SSE body (bounded input, complete events only). */
export function parseSse(body: string): unknown[] {
  const out: unknown[] = [];
  for (const event of body.split(/\r?\n\r?\n/)) {
    const data = event
      .split(/\r?\n/)
      .filter((l) => l.startsWith('data:'))
      .map((l) => l.slice(5).trimStart())
      .join('\n');
    if (!data) continue;
    try {
      out.push(JSON.parse(data));
    } catch {
      // An incomplete or non-JSON event (e.g. the legacy `endpoint` URL): not a message.
    }
  }
  return out;
}

/** Stop reading an SSE answer once a JSON-RPC response (with an id) is complete. */
export function sseHasResponse(body: string): boolean {
  return parseSse(body).some((m) => isObject(m) && 'id' in m && ('result' in m || 'error' in m));
}

export interface RpcReply {
  result?: Record<string, unknown>;
  error?: { code?: number; message?: string };
}

/** The JSON-RPC response in a POST answer, whether JSON or SSE framed. */
export function rpcReply(res: ProbeResponse): RpcReply | undefined {
  const ct = res.headers['content-type'] ?? '';
  let msgs: unknown[] = [];
  if (ct.includes('text/event-stream')) msgs = parseSse(res.body);
  else {
    try {
      msgs = [JSON.parse(res.body)];
    } catch {
      return undefined;
    }
  }
  for (const m of msgs.flat()) {
    if (!isObject(m)) continue;
    if (isObject(m.result)) return { result: m.result };
    if (isObject(m.error)) {
      const e = m.error;
      return {
        error: {
          ...(typeof e.code === 'number' ? { code: e.code } : {}),
          ...(typeof e.message === 'string' ? { message: e.message.slice(0, 200) } : {}),
        },
      };
    }
  }
  return undefined;
}

/** Reduces a response to what checks judge. */
export function observe(res: ProbeResponse, note?: string): ProbeObservation {
  const o: ProbeObservation = {};
  if (res.status !== undefined) o.status = res.status;
  if (res.error) o.error = res.error;
  const reply = res.status !== undefined ? rpcReply(res) : undefined;
  o.served = Boolean(reply?.result) && (res.status ?? 0) < 300;
  if (reply?.error?.code !== undefined) o.rpcErrorCode = reply.error.code;
  const wa = res.headers['www-authenticate'];
  if (wa) o.wwwAuthenticate = wa.slice(0, 300);
  if (note) o.note = note;
  return o;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
