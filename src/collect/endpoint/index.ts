import { isLoopbackHost } from '../../util/net.ts';
import type { CollectContext } from '../spec.ts';
import { parseChallenge } from './challenge.ts';
import { corsPreflight } from './cors.ts';
import { detectEra, sendEraRequests } from './era.ts';
import { eraProbes } from './era-probes.ts';
import { bodyCanaryOf, errorProbeRequests, readErrorProbe } from './error-probes.ts';
import type { EndpointFacts } from './facts.ts';
import { oauthMetadata, startWellKnown } from './oauth-discovery.ts';
import type { EndpointProbeOptions } from './options.ts';
import { ProbeRun } from './probe-run.ts';
import { rateLimitBurst } from './rate-limit.ts';
import { budgetedProber, type HttpSpec } from './request-budget.ts';
import { closeSessions, issuedSessionIds, sessionIdStats } from './session-ids.ts';
import { collectTlsFacts } from './tls-integration.ts';
import { inspectToken } from './token.ts';
import { formPlacement, queryPlacement } from './token-placement.ts';
import { unauthenticatedList, unauthorized } from './unauthenticated-access.ts';
import { cleanUrl } from './url.ts';

export { detectEra } from './era.ts';
export { DEFAULT_MAX_REQUESTS } from './request-budget.ts';
export { QUERY_TOKEN_PARAMS } from './token-placement.ts';

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
  const { prober, agent, cap, burst } = budgetedProber(spec, ctx, opts);
  const run = new ProbeRun(spec, target, prober, opts, burst);
  const tls =
    target.protocol === 'https:'
      ? collectTlsFacts(cleanUrl(spec.url), opts, ctx.signal, ctx.limits.connectTimeoutMs)
      : undefined;
  const [outcome, tlsResult] = await Promise.all([probeAll(run), tls]).finally(() =>
    agent?.close(),
  );
  const { facts, allFailed, firstError } = outcome;
  const reasons: string[] = [];
  if (tlsResult?.facts) facts.tls = tlsResult.facts;
  if (tlsResult?.reason) reasons.push(tlsResult.reason);
  facts.requests = { sent: prober.sent, cap, capHit: prober.capHit, depth: prober.depth };
  if (prober.capHit)
    reasons.push(`endpoint probes: request cap (${cap}) reached, some probes not sent`);
  facts.reachable = !allFailed;
  if (allFailed) reasons.push(`endpoint probes: no HTTP answer (${firstError ?? 'error'})`);
  else for (const note of facts.incomplete ?? []) reasons.push(`endpoint probes: ${note}`);
  return { facts, reasons };
}

/** The probe plan of one scan, with its dependency chains (depth 1, then 2+, then cleanup). */
async function probeAll(
  run: ProbeRun,
): Promise<{ facts: EndpointFacts; allFailed: boolean; firstError: string | undefined }> {
  const token = run.spec.bearerToken;
  const facts: EndpointFacts = {
    url: cleanUrl(run.spec.url),
    scheme: run.target.protocol === 'https:' ? 'https' : 'http',
    loopback: isLoopbackHost(run.target.hostname),
    options: {
      tokenSupplied: Boolean(token),
      expectReadOnly: Boolean(run.opts.expectReadOnly),
      rateLimitProbed: run.burst > 0,
    },
  };
  if (token) facts.token = inspectToken(token);
  facts.canary = run.canary;
  facts.bodyCanary = bodyCanaryOf(run.canary);

  // Depth 1: everything that needs nothing earlier, all at once.
  const eraReqs = sendEraRequests(run);
  const wellKnown = startWellKnown(run);
  const query = queryPlacement(run, eraReqs.init0, token);
  const form = formPlacement(run, token);
  const cors = corsPreflight(run);
  const errors = Promise.all(
    errorProbeRequests(run.url, run.creds, run.canary).map(async ({ kind, req }) =>
      readErrorProbe(kind, await run.send(req, 1), run.canary),
    ),
  );

  // Protocol era from the depth-1 answers.
  const [d0, i0, l0, dA, inits, sse] = await Promise.all([
    eraReqs.discover0,
    eraReqs.init0,
    eraReqs.list0,
    eraReqs.discoverA,
    Promise.all(eraReqs.initsA),
    eraReqs.sseGet,
  ]);
  const all = [d0, i0, l0, dA, sse, ...inits];
  const allFailed = all.every((r) => r.status === undefined);
  const firstError = all.find((r) => r.error)?.error;
  const protocol = detectEra(dA.status !== undefined ? dA : d0, inits, sse, i0);
  const moved = [dA, ...inits].find(
    (r) => r.status !== undefined && r.status >= 300 && r.status < 400,
  );
  if (protocol.era === 'unknown' && moved) {
    // Redirects are not followed (a token must not travel to another URL unasked).
    const to = moved.headers.location
      ? cleanUrl(new URL(moved.headers.location, run.url).toString())
      : '?';
    run.incomplete.push(`the endpoint redirects (HTTP ${moved.status}) to ${to}: scan that URL`);
  }
  facts.protocol = protocol;
  // With credentials these sessions are authenticated; the first one is reused below.
  const sessions = issuedSessionIds(inits);
  const stats = sessionIdStats(sessions);
  if (stats && stats.count >= 2) facts.sessionIds = stats;

  // Auth: the era's list exchange without credentials.
  const challengeSrc = [d0, i0, l0].find((r) => r.status === 401 && r.headers['www-authenticate']);
  const refused = [d0, i0, l0].some(unauthorized);
  facts.auth = { required: refused };
  if (challengeSrc)
    facts.auth.challenge = parseChallenge(challengeSrc.headers['www-authenticate'] ?? '');

  // Depth 2+: chains started from what depth 1 taught us.
  const session = sessions[0];
  const unauthList = unauthenticatedList(run, protocol, d0, i0, l0, sse);
  const metadata = oauthMetadata(run, wellKnown, challengeSrc);
  const eraTests = eraProbes(run, protocol, session);
  const rate = run.burst > 0 ? rateLimitBurst(run, protocol, session) : undefined;

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

  await closeSessions(run, [...sessions, ...era.extraSessions]);
  if (run.incomplete.length > 0) facts.incomplete = run.incomplete;
  return { facts, allFailed, firstError };
}
