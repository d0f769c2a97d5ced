import { randomBytes } from 'node:crypto';
import { isLoopbackHost } from '../../util/net.ts';
import type { ProbeObservation, ProtocolFacts } from './facts.ts';
import type { ProbeResponse } from './http.ts';
import {
  initializeRequest,
  LEGACY_VERSION,
  legacyRequest,
  MODERN_VERSION,
  modernRequest,
  observe,
} from './jsonrpc.ts';
import { type ProbeRun, sseOpened } from './probe-run.ts';

/** What the era-dialect probes observed; `extraSessions` must be closed by the caller. */
export interface EraProbeFacts {
  origin?: ProbeObservation;
  host?: ProbeObservation;
  protocolVersionHeader?: ProbeObservation;
  headerMismatch?: ProbeObservation[];
  sessionAsToken?: ProbeObservation;
  extraSessions: string[];
}

/** Origin, Host, protocol-version and header/body tests, in the dialect the server speaks. */
export async function eraProbes(
  run: ProbeRun,
  protocol: ProtocolFacts,
  session: string | undefined,
): Promise<EraProbeFacts> {
  const foreignHost = `mcpw-rebind-${randomBytes(3).toString('hex')}.invalid`;
  const loopback = isLoopbackHost(run.target.hostname);
  const origin = { headers: { ...run.creds, origin: run.foreignOrigin } };
  const host = { headers: { ...run.creds, host: foreignHost } };
  const out: EraProbeFacts = { extraSessions: [] };
  if (protocol.era === 'stateless-2026') {
    const [o, h, pv, m1, m2] = await Promise.all([
      run.post(modernRequest('server/discover'), 2, origin),
      loopback ? run.post(modernRequest('server/discover'), 2, host) : undefined,
      run.post(
        modernRequest('server/discover', {
          headerVersion: '1999-01-01',
          metaVersion: '1999-01-01',
        }),
        2,
        { headers: run.creds },
      ),
      run.post(modernRequest('server/discover', { headerMethod: 'tools/list' }), 2, {
        headers: run.creds,
      }),
      run.post(modernRequest('server/discover', { headerVersion: LEGACY_VERSION }), 2, {
        headers: run.creds,
      }),
    ]);
    out.origin = observe(o, `Origin: ${run.foreignOrigin}`);
    if (h) out.host = observe(h, 'Host: a foreign name');
    out.protocolVersionHeader = observe(pv, 'MCP-Protocol-Version: 1999-01-01');
    out.headerMismatch = [
      observe(m1, 'Mcp-Method: tools/list, body method server/discover'),
      observe(m2, `MCP-Protocol-Version: ${LEGACY_VERSION}, body _meta ${MODERN_VERSION}`),
    ];
    return out;
  }
  if (protocol.era === 'streamable-2025') {
    const version = protocol.version ?? LEGACY_VERSION;
    const list = (v: string, extra: Record<string, string>, creds = true) =>
      run.post(
        legacyRequest('tools/list', {
          id: 3,
          version: v,
          ...(session ? { sessionId: session } : {}),
        }),
        2,
        { headers: { ...(creds ? run.creds : {}), ...extra } },
      );
    const token = run.spec.bearerToken;
    const canList = session !== undefined || protocol.sessions === false;
    if (!canList) run.incomplete.push('no session id obtained: protocol-version test not run');
    const [o, h, pv, sat] = await Promise.all([
      run.post(initializeRequest(), 2, origin),
      loopback ? run.post(initializeRequest(), 2, host) : undefined,
      canList ? list('1999-01-01', {}) : undefined,
      token && session ? list(version, {}, false) : undefined,
    ]);
    for (const r of [o, h]) {
      const sid = r?.headers['mcp-session-id'];
      if (sid && r && observe(r).served) out.extraSessions.push(sid);
    }
    out.origin = observe(o, `Origin: ${run.foreignOrigin}`);
    if (h) out.host = observe(h, 'Host: a foreign name');
    if (pv) out.protocolVersionHeader = observe(pv, 'MCP-Protocol-Version: 1999-01-01');
    if (sat) out.sessionAsToken = observe(sat, 'session id without the token');
    return out;
  }
  if (protocol.era === 'sse-legacy') {
    const get = (extra: Record<string, string>) =>
      run.getSse(run.url, { ...run.creds, ...extra }, 2);
    const [o, h] = await Promise.all([
      get({ origin: run.foreignOrigin }),
      loopback ? get({ host: foreignHost }) : undefined,
    ]);
    const sseServed = (r: ProbeResponse) => ({ ...observe(r), served: sseOpened(r) });
    out.origin = { ...sseServed(o), note: `Origin: ${run.foreignOrigin}` };
    if (h) out.host = { ...sseServed(h), note: 'Host: a foreign name' };
    return out;
  }
  run.incomplete.push(
    run.hasCreds
      ? 'protocol era unknown: Origin, Host and protocol-version tests not run'
      : 'protocol era unknown (authentication required and no token given): Origin, Host and protocol-version tests not run',
  );
  return out;
}
