import { randomBytes } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import type { CollectContext, TargetSpec } from '../spec.ts';
import { parseChallenge } from './challenge.ts';
import { bodyCanaryOf, errorProbeRequests, readErrorProbe } from './error-probes.ts';
import type {
  AuthServerFacts,
  CorsFacts,
  EndpointFacts,
  ProbeObservation,
  ProtocolFacts,
  RateLimitFacts,
  ResourceMetadataFacts,
  TokenPlacementTest,
} from './facts.ts';
import { type ProbeRequest, type ProbeResponse, Prober, probeAgent } from './http.ts';
import {
  initializeRequest,
  isObject,
  LEGACY_VERSION,
  legacyRequest,
  MODERN_VERSION,
  modernRequest,
  observe,
  rpcReply,
  sseHasResponse,
} from './jsonrpc.ts';
import { readAuthServerMetadata, readResourceMetadata } from './oauth.ts';
import type { EndpointProbeOptions } from './options.ts';
import { sessionIdStats } from './session-ids.ts';
import { collectTlsFacts } from './tls-integration.ts';
import { inspectToken } from './token.ts';
import {
  authServerMetadataUrls,
  cleanUrl,
  isLoopbackHost,
  protectedResourceMetadataUrls,
} from './url.ts';

/** Default hard cap on requests per endpoint scan (the burst is added when opted in). */
export const DEFAULT_MAX_REQUESTS = 60;
const DEFAULT_BURST = 30;
const SESSION_SAMPLES = 4;
/** How long a GET event stream may take to name its endpoint (HTTP+SSE sends it first). */
const SSE_WAIT_MS = 3_000;
const MAX_AUTH_SERVERS = 2;
/** Query parameter names servers have been seen to read tokens from. */
export const QUERY_TOKEN_PARAMS = ['access_token', 'token', 'api_key', 'apikey', 'key'];

type HttpSpec = Extract<TargetSpec, { kind: 'http' }>;

function secretsOf(spec: HttpSpec): string[] {
  const out = new Set<string>();
  if (spec.bearerToken) out.add(spec.bearerToken);
  for (const v of Object.values(spec.headers ?? {})) {
    out.add(v);
    for (const part of v.split(/\s+/)) if (part.length >= 8) out.add(part);
  }
  try {
    const u = new URL(spec.url);
    for (const v of u.searchParams.values()) if (v.length >= 4) out.add(v);
    if (u.password) out.add(decodeURIComponent(u.password));
  } catch {
    // An invalid URL is reported by the caller.
  }
  return [...out].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
}

const unauthorized = (r: ProbeResponse) => r.status === 401 || r.status === 403;

/**
 * Probes a remote MCP endpoint from the outside (protocol era, auth hygiene, metadata, Origin /
 * Host / CORS, error hygiene, token scope, optionally rate limiting; TLS through the TLS
 * collector). Every request is bounded; at most `maxRequests` are sent; never `tools/call`.
 * Independent probes run in parallel so the chain of dependent requests stays at three.
 *
 * @example
 * const { facts } = await probeEndpoint({ kind: 'http', url: 'https://mcp.example.com/mcp' }, {
 *   limits: DEFAULT_LIMITS,
 * });
 */
export async function probeEndpoint(
  spec: HttpSpec,
  ctx: CollectContext,
): Promise<{ facts?: EndpointFacts; reasons: string[] }> {
  const opts = (ctx.endpoint ?? {}) as EndpointProbeOptions;
  let target: URL;
  try {
    target = new URL(spec.url);
  } catch {
    return { reasons: ['endpoint probes: the URL is invalid'] };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return { reasons: ['endpoint probes: only http and https URLs can be probed'] };
  }
  const burst = opts.probeRateLimit
    ? Math.max(1, Math.min(opts.burstSize ?? DEFAULT_BURST, 200))
    : 0;
  const cap = (opts.maxRequests ?? DEFAULT_MAX_REQUESTS) + burst;
  // A private CA (--ca) must verify the HTTP probes too: a dedicated Agent trusting it. TLS is
  // always verified: the probes may carry the user's token.
  const agent = opts.ca
    ? probeAgent({
        ca: [...rootCertificates, String(opts.ca)],
        timeout: ctx.limits.connectTimeoutMs,
      })
    : undefined;
  const prober = new Prober({
    ...(agent ? { dispatcher: agent } : {}),
    timeoutMs: Math.min(ctx.limits.requestTimeoutMs, 10_000),
    maxBodyBytes: Math.min(ctx.limits.maxResponseBytes, 256 * 1024),
    maxRequests: cap,
    secrets: secretsOf(spec),
    ...(opts.serialProbes ? { serial: true } : {}),
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
  const run = new EndpointRun(spec, target, prober, opts, burst);
  const tls =
    target.protocol === 'https:'
      ? collectTlsFacts(cleanUrl(spec.url), opts, ctx.signal, ctx.limits.connectTimeoutMs)
      : undefined;
  const [facts, tlsResult] = await Promise.all([run.probe(), tls]).finally(() => agent?.close());
  const reasons: string[] = [];
  if (tlsResult?.facts) facts.tls = tlsResult.facts;
  if (tlsResult?.reason) reasons.push(tlsResult.reason);
  facts.requests = { sent: prober.sent, cap, capHit: prober.capHit, depth: prober.depth };
  if (prober.capHit)
    reasons.push(`endpoint probes: request cap (${cap}) reached, some probes not sent`);
  if (run.allFailed) reasons.push(`endpoint probes: no HTTP answer (${run.firstError ?? 'error'})`);
  else for (const note of facts.incomplete ?? []) reasons.push(`endpoint probes: ${note}`);
  return { facts, reasons };
}

/** One endpoint scan: the probe plan, with its dependency chains. */
class EndpointRun {
  readonly url: string;
  /** Without the user's query (which may carry a credential). */
  readonly bareUrl: string;
  readonly creds: Record<string, string>;
  readonly hasCreds: boolean;
  readonly canary = `mcpw${randomBytes(10).toString('hex')}`;
  readonly foreignOrigin = `https://mcpw-${randomBytes(4).toString('hex')}.invalid`;
  readonly incomplete: string[] = [];
  allFailed = false;
  firstError: string | undefined;

  constructor(
    readonly spec: HttpSpec,
    readonly target: URL,
    readonly prober: Prober,
    readonly opts: EndpointProbeOptions,
    readonly burst: number,
  ) {
    const u = new URL(target.toString());
    u.hash = '';
    this.url = u.toString();
    u.search = '';
    this.bareUrl = u.toString();
    const creds: Record<string, string> = {};
    for (const [k, v] of Object.entries(spec.headers ?? {})) creds[k.toLowerCase()] = v;
    if (spec.bearerToken) creds.authorization = `Bearer ${spec.bearerToken}`;
    this.creds = creds;
    this.hasCreds = Object.keys(creds).length > 0;
  }

  private send(req: ProbeRequest, depth: number): Promise<ProbeResponse> {
    return this.prober.send(req, depth);
  }

  private post(
    msg: { headers: Record<string, string>; body: string },
    depth: number,
    extra: { url?: string; headers?: Record<string, string> } = {},
  ): Promise<ProbeResponse> {
    return this.send(
      {
        method: 'POST',
        url: extra.url ?? this.url,
        headers: { ...msg.headers, ...extra.headers },
        body: msg.body,
        stopWhen: sseHasResponse,
      },
      depth,
    );
  }

  private withToken(name: string[], value: string): string {
    const u = new URL(this.bareUrl);
    for (const n of name) u.searchParams.set(n, value);
    return u.toString();
  }

  async probe(): Promise<EndpointFacts> {
    const token = this.spec.bearerToken;
    const facts: EndpointFacts = {
      url: cleanUrl(this.spec.url),
      scheme: this.target.protocol === 'https:' ? 'https' : 'http',
      loopback: isLoopbackHost(this.target.hostname),
      options: {
        tokenSupplied: Boolean(token),
        expectReadOnly: Boolean(this.opts.expectReadOnly),
        rateLimitProbed: this.burst > 0,
      },
    };
    if (token) facts.token = inspectToken(token);
    facts.canary = this.canary;
    facts.bodyCanary = bodyCanaryOf(this.canary);

    // Depth 1: everything that needs nothing earlier, all at once.
    const noCreds = { url: this.bareUrl };
    const creds = { headers: this.creds };
    const discover0 = this.post(modernRequest('server/discover'), 1, noCreds);
    const init0 = this.post(initializeRequest(), 1, noCreds);
    const list0 = this.post(modernRequest('tools/list'), 1, noCreds);
    const discoverA = this.hasCreds
      ? this.post(modernRequest('server/discover'), 1, creds)
      : discover0;
    const initsA = Array.from(
      { length: this.hasCreds ? SESSION_SAMPLES : SESSION_SAMPLES - 1 },
      (_, i) => this.post(initializeRequest(i + 1), 1, creds),
    );
    if (!this.hasCreds) initsA.unshift(init0);
    const sseGet = this.send(
      {
        method: 'GET',
        url: this.url,
        headers: { accept: 'text/event-stream', ...this.creds },
        stopWhen: (b) => /event:\s*endpoint\s*\r?\ndata:[^\n]*\n/.test(b),
        maxBodyBytes: 16 * 1024,
        timeoutMs: SSE_WAIT_MS,
      },
      1,
    );
    const prmUrls = protectedResourceMetadataUrls(this.bareUrl);
    const prmWellKnown = prmUrls.map((u) =>
      this.send({ method: 'GET', url: u, headers: { accept: 'application/json' } }, 1),
    );
    const query = this.tokenPlacement(init0, token);
    const form = this.formPlacement(token);
    const cors = this.cors();
    const errors = Promise.all(
      errorProbeRequests(this.url, this.creds, this.canary).map(async ({ kind, req }) =>
        readErrorProbe(kind, await this.send(req, 1), this.canary),
      ),
    );

    // Protocol era from the depth-1 answers.
    const [d0, i0, l0, dA, inits, sse] = await Promise.all([
      discover0,
      init0,
      list0,
      discoverA,
      Promise.all(initsA),
      sseGet,
    ]);
    const all = [d0, i0, l0, dA, sse, ...inits];
    this.allFailed = all.every((r) => r.status === undefined);
    this.firstError = all.find((r) => r.error)?.error;
    const protocol = detectEra(dA.status !== undefined ? dA : d0, inits, sse, i0);
    const moved = [dA, ...inits].find(
      (r) => r.status !== undefined && r.status >= 300 && r.status < 400,
    );
    if (protocol.era === 'unknown' && moved) {
      // Redirects are not followed (a token must not travel to another URL unasked).
      const to = moved.headers.location
        ? cleanUrl(new URL(moved.headers.location, this.url).toString())
        : '?';
      this.incomplete.push(`the endpoint redirects (HTTP ${moved.status}) to ${to}: scan that URL`);
    }
    facts.protocol = protocol;
    const sessions = inits
      .map((r) => r.headers['mcp-session-id'])
      .filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length < 1024);
    // With credentials these sessions are authenticated; the first one is reused below.
    const stats = sessionIdStats(sessions);
    if (stats && stats.count >= 2) facts.sessionIds = stats;

    // Auth: the era's list exchange without credentials.
    const challengeSrc = [d0, i0, l0].find(
      (r) => r.status === 401 && r.headers['www-authenticate'],
    );
    const refused = [d0, i0, l0].some(unauthorized);
    facts.auth = { required: refused };
    if (challengeSrc)
      facts.auth.challenge = parseChallenge(challengeSrc.headers['www-authenticate'] ?? '');

    // Depth 2+: chains started from what depth 1 taught us.
    const session = sessions[0];
    const unauthList = this.unauthenticatedList(protocol, d0, i0, l0, sse);
    const metadata = this.metadata(prmUrls, prmWellKnown, challengeSrc);
    const eraTests = this.eraTests(protocol, session);
    const rate = this.burst > 0 ? this.rateLimit(protocol, session) : undefined;

    const [ul, q, f, c, errs, md, era, rl] = await Promise.all([
      unauthList,
      query,
      form,
      cors,
      errors,
      metadata,
      eraTests,
      rate,
    ]);
    facts.auth.unauthenticated = ul;
    if (protocol.era === 'sse-legacy') facts.auth.required = ul.status === 401 || ul.status === 403;
    facts.auth.query = q;
    facts.auth.form = f;
    if (era.sessionAsToken) facts.auth.sessionAsToken = era.sessionAsToken;
    facts.cors = c;
    facts.errorProbes = errs;
    if (md.resourceMetadata) facts.resourceMetadata = md.resourceMetadata;
    if (md.authServers.length > 0) facts.authServers = md.authServers;
    if (era.origin) facts.origin = era.origin;
    if (era.host) facts.host = era.host;
    if (era.protocolVersionHeader) facts.protocolVersionHeader = era.protocolVersionHeader;
    if (era.headerMismatch) facts.headerMismatch = era.headerMismatch;
    if (rl) facts.rateLimit = rl;

    // Be gentle: close the sessions we opened (MCP transports: clients SHOULD DELETE them).
    const opened = [...sessions, ...era.extraSessions];
    await Promise.all(
      opened.map((sid) =>
        this.send(
          { method: 'DELETE', url: this.url, headers: { ...this.creds, 'mcp-session-id': sid } },
          3,
        ),
      ),
    );
    if (this.incomplete.length > 0) facts.incomplete = this.incomplete;
    return facts;
  }

  /** Token in the URL query (RFC 6750 §2.3 is NOT allowed by OAuth 2.1 / the MCP auth spec). */
  private async tokenPlacement(
    baselineP: Promise<ProbeResponse>,
    token: string | undefined,
  ): Promise<TokenPlacementTest> {
    const msg = initializeRequest();
    const canary = this.post(msg, 1, { url: this.withToken(QUERY_TOKEN_PARAMS, this.canary) });
    const real = token
      ? this.post(msg, 1, { url: this.withToken(QUERY_TOKEN_PARAMS, token) })
      : undefined;
    const [b, c, r] = await Promise.all([baselineP, canary, real]);
    const t: TokenPlacementTest = {
      params: QUERY_TOKEN_PARAMS,
      baseline: observe(b, 'no token'),
      canary: observe(c, 'random token in the query'),
    };
    if (r) t.real = observe(r, "the user's token in the query, no Authorization header");
    return t;
  }

  /** Token as a form field (RFC 6750 §2.2). */
  private async formPlacement(token: string | undefined): Promise<TokenPlacementTest> {
    const form = (body: string) =>
      this.send(
        {
          method: 'POST',
          url: this.bareUrl,
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json, text/event-stream',
          },
          body,
        },
        1,
      );
    const [b, c, r] = await Promise.all([
      form('mcpw=1'),
      form(`access_token=${encodeURIComponent(this.canary)}`),
      token ? form(`access_token=${encodeURIComponent(token)}`) : undefined,
    ]);
    const t: TokenPlacementTest = {
      params: ['access_token'],
      baseline: observe(b, 'no token'),
      canary: observe(c, 'random token in a form body'),
    };
    if (r) t.real = observe(r, "the user's token in a form body");
    return t;
  }

  /** A CORS preflight from a foreign origin, asking for credentials-bearing headers. */
  private async cors(): Promise<CorsFacts> {
    const r = await this.send(
      {
        method: 'OPTIONS',
        url: this.url,
        headers: {
          origin: this.foreignOrigin,
          'access-control-request-method': 'POST',
          'access-control-request-headers':
            'authorization, content-type, mcp-session-id, mcp-protocol-version',
        },
      },
      1,
    );
    const c: CorsFacts = { probeOrigin: this.foreignOrigin };
    if (r.status !== undefined) c.preflightStatus = r.status;
    const ao = r.headers['access-control-allow-origin'];
    if (ao) c.allowOrigin = ao.slice(0, 200);
    const ac = r.headers['access-control-allow-credentials'];
    if (ac !== undefined) c.allowCredentials = ac.trim().toLowerCase() === 'true';
    const ah = r.headers['access-control-allow-headers'];
    if (ah) c.allowHeaders = ah.slice(0, 300);
    return c;
  }

  private async unauthenticatedList(
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
      const r = await this.post(
        legacyRequest('tools/list', { id: 2, version, ...(sid ? { sessionId: sid } : {}) }),
        2,
        { url: this.bareUrl },
      );
      const tools = count(r);
      return { ...observe(r), method: 'tools/list', ...(tools !== undefined ? { tools } : {}) };
    }
    if (protocol.era === 'sse-legacy') {
      const r = this.hasCreds
        ? await this.send(
            {
              method: 'GET',
              url: this.bareUrl,
              headers: { accept: 'text/event-stream' },
              stopWhen: (b) => /event:\s*endpoint/.test(b),
              maxBodyBytes: 16 * 1024,
              timeoutMs: SSE_WAIT_MS,
            },
            2,
          )
        : sse;
      const opened = r.status === 200 && /event:\s*endpoint/.test(r.body);
      return { ...observe(r), served: opened, method: 'GET (SSE stream)' };
    }
    if (protocol.era === 'streamable-2025') return { ...observe(i0), method: 'initialize' };
    const best = [d0, i0, l0].find(unauthorized) ?? i0;
    return { ...observe(best), method: best === d0 ? 'server/discover' : 'initialize' };
  }

  /** RFC 9728 metadata (well-known, or the URL the 401 challenge names), then RFC 8414. */
  private async metadata(
    prmUrls: string[],
    wellKnown: Promise<ProbeResponse>[],
    challengeSrc: ProbeResponse | undefined,
  ): Promise<{ resourceMetadata?: ResourceMetadataFacts; authServers: AuthServerFacts[] }> {
    const expected = this.bareUrl;
    const challengeUrl = challengeSrc
      ? parseChallenge(challengeSrc.headers['www-authenticate'] ?? '').params.resource_metadata
      : undefined;
    let rm: ResourceMetadataFacts | undefined;
    let depth = 1;
    const answers = await Promise.all(wellKnown);
    if (challengeUrl && !prmUrls.includes(challengeUrl) && /^https?:\/\//i.test(challengeUrl)) {
      const res = await this.send(
        { method: 'GET', url: challengeUrl, headers: { accept: 'application/json' } },
        2,
      );
      depth = 2;
      rm = readResourceMetadata(res, cleanUrl(challengeUrl), 'www-authenticate', expected);
    } else {
      for (let i = 0; i < prmUrls.length; i++) {
        const url = prmUrls[i] ?? '';
        const via = url === challengeUrl ? 'www-authenticate' : 'well-known';
        const r = readResourceMetadata(answers[i] as ProbeResponse, url, via, expected);
        if (r.found || !rm) rm = r;
        if (r.found) break;
      }
    }
    if (rm && !rm.found && !challengeUrl) rm.via = 'none';
    const issuers = (rm?.authorizationServers ?? [])
      .filter((s) => /^https?:\/\//i.test(s))
      .slice(0, MAX_AUTH_SERVERS);
    const authServers = await Promise.all(
      issuers.map(async (issuer) => {
        const urls = authServerMetadataUrls(issuer);
        const res = await Promise.all(
          urls.map((url) =>
            this.send({ method: 'GET', url, headers: { accept: 'application/json' } }, depth + 1),
          ),
        );
        return readAuthServerMetadata(
          issuer,
          urls.map((url, i) => ({ url, res: res[i] as ProbeResponse })),
        );
      }),
    );
    return { ...(rm ? { resourceMetadata: rm } : {}), authServers };
  }

  /** Origin, Host, protocol-version and header/body tests, in the dialect the server speaks. */
  private async eraTests(
    protocol: ProtocolFacts,
    session: string | undefined,
  ): Promise<{
    origin?: ProbeObservation;
    host?: ProbeObservation;
    protocolVersionHeader?: ProbeObservation;
    headerMismatch?: ProbeObservation[];
    sessionAsToken?: ProbeObservation;
    extraSessions: string[];
  }> {
    const foreignHost = `mcpw-rebind-${randomBytes(3).toString('hex')}.invalid`;
    const loopback = isLoopbackHost(this.target.hostname);
    const origin = { headers: { ...this.creds, origin: this.foreignOrigin } };
    const host = { headers: { ...this.creds, host: foreignHost } };
    const out: Awaited<ReturnType<EndpointRun['eraTests']>> = { extraSessions: [] };
    if (protocol.era === 'stateless-2026') {
      const [o, h, pv, m1, m2] = await Promise.all([
        this.post(modernRequest('server/discover'), 2, origin),
        loopback ? this.post(modernRequest('server/discover'), 2, host) : undefined,
        this.post(
          modernRequest('server/discover', {
            headerVersion: '1999-01-01',
            metaVersion: '1999-01-01',
          }),
          2,
          { headers: this.creds },
        ),
        this.post(modernRequest('server/discover', { headerMethod: 'tools/list' }), 2, {
          headers: this.creds,
        }),
        this.post(modernRequest('server/discover', { headerVersion: LEGACY_VERSION }), 2, {
          headers: this.creds,
        }),
      ]);
      out.origin = observe(o, `Origin: ${this.foreignOrigin}`);
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
        this.post(
          legacyRequest('tools/list', {
            id: 3,
            version: v,
            ...(session ? { sessionId: session } : {}),
          }),
          2,
          { headers: { ...(creds ? this.creds : {}), ...extra } },
        );
      const token = this.spec.bearerToken;
      const canList = session !== undefined || protocol.sessions === false;
      if (!canList) this.incomplete.push('no session id obtained: protocol-version test not run');
      const [o, h, pv, sat] = await Promise.all([
        this.post(initializeRequest(), 2, origin),
        loopback ? this.post(initializeRequest(), 2, host) : undefined,
        canList ? list('1999-01-01', {}) : undefined,
        token && session ? list(version, {}, false) : undefined,
      ]);
      for (const r of [o, h]) {
        const sid = r?.headers['mcp-session-id'];
        if (sid && r && observe(r).served) out.extraSessions.push(sid);
      }
      out.origin = observe(o, `Origin: ${this.foreignOrigin}`);
      if (h) out.host = observe(h, 'Host: a foreign name');
      if (pv) out.protocolVersionHeader = observe(pv, 'MCP-Protocol-Version: 1999-01-01');
      if (sat) out.sessionAsToken = observe(sat, 'session id without the token');
      return out;
    }
    if (protocol.era === 'sse-legacy') {
      const get = (extra: Record<string, string>) =>
        this.send(
          {
            method: 'GET',
            url: this.url,
            headers: { accept: 'text/event-stream', ...this.creds, ...extra },
            stopWhen: (b) => /event:\s*endpoint/.test(b),
            maxBodyBytes: 16 * 1024,
            timeoutMs: SSE_WAIT_MS,
          },
          2,
        );
      const [o, h] = await Promise.all([
        get({ origin: this.foreignOrigin }),
        loopback ? get({ host: foreignHost }) : undefined,
      ]);
      const sseServed = (r: ProbeResponse) => ({
        ...observe(r),
        served: r.status === 200 && /event:\s*endpoint/.test(r.body),
      });
      out.origin = { ...sseServed(o), note: `Origin: ${this.foreignOrigin}` };
      if (h) out.host = { ...sseServed(h), note: 'Host: a foreign name' };
      return out;
    }
    this.incomplete.push(
      this.hasCreds
        ? 'protocol era unknown: Origin, Host and protocol-version tests not run'
        : 'protocol era unknown (authentication required and no token given): Origin, Host and protocol-version tests not run',
    );
    return out;
  }

  /** C8, opt-in: a bounded burst of the era's cheapest request. */
  private async rateLimit(
    protocol: ProtocolFacts,
    session: string | undefined,
  ): Promise<RateLimitFacts> {
    let method = 'initialize';
    let make = () => initializeRequest();
    if (protocol.era === 'stateless-2026') {
      method = 'server/discover';
      make = () => modernRequest('server/discover');
    } else if (protocol.era === 'streamable-2025' && session) {
      method = 'ping';
      make = () =>
        legacyRequest('ping', { sessionId: session, version: protocol.version ?? LEGACY_VERSION });
    }
    const res = await Promise.all(
      Array.from({ length: this.burst }, () => this.post(make(), 2, { headers: this.creds })),
    );
    const statuses: Record<string, number> = {};
    const names = new Set<string>();
    let sawRetryAfter = false;
    for (const r of res) {
      const k = r.status !== undefined ? String(r.status) : (r.error ?? 'error');
      statuses[k] = (statuses[k] ?? 0) + 1;
      if (r.headers['retry-after']) sawRetryAfter = true;
      for (const h of Object.keys(r.headers)) {
        if (/^(x-)?ratelimit(-|$)/.test(h)) names.add(h);
      }
    }
    // Sessions opened by an initialize burst would linger: the burst uses no session-minting call
    // except on eras where initialize is the only request available.
    return {
      method,
      sent: res.length,
      statuses,
      sawRetryAfter,
      rateLimitHeaders: [...names].sort(),
    };
  }
}

function protocolVersionOf(r: ProbeResponse): string | undefined {
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
