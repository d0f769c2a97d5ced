import type { ProtocolFacts, RateLimitFacts } from './facts.ts';
import { initializeRequest, LEGACY_VERSION, legacyRequest, modernRequest } from './jsonrpc.ts';
import type { ProbeRun } from './probe-run.ts';

/** C8, opt-in: a bounded burst of the era's cheapest request. */
export async function rateLimitBurst(
  run: ProbeRun,
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
    Array.from({ length: run.burst }, () => run.post(make(), 2, { headers: run.creds })),
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
