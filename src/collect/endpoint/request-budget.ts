import { rootCertificates } from 'node:tls';
import type { Agent } from 'undici';
import type { CollectContext, TargetSpec } from '../spec.ts';
import { Prober, probeAgent } from './http.ts';
import type { EndpointProbeOptions } from './options.ts';

/** Default hard cap on requests per endpoint scan (the burst is added when opted in). */
export const DEFAULT_MAX_REQUESTS = 60;
const DEFAULT_BURST = 30;

export type HttpSpec = Extract<TargetSpec, { kind: 'http' }>;

/** The user's credentials as the prober must scrub them from every stored body (longest first). */
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

/**
 * The bounded HTTP client of one scan: the request cap (plus the opt-in rate-limit burst), the
 * per-request time and size limits, and the secrets to scrub. Close `agent` when done.
 */
export function budgetedProber(
  spec: HttpSpec,
  ctx: CollectContext,
  opts: EndpointProbeOptions,
): { prober: Prober; agent: Agent | undefined; cap: number; burst: number } {
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
  return { prober, agent, cap, burst };
}
