import { rootCertificates } from 'node:tls';
import type { Agent } from 'undici';
import { secretValues } from '../mcp/redact.ts';
import type { CollectContext, TargetSpec } from '../spec.ts';
import { Prober, probeAgent } from './http.ts';
import type { EndpointProbeOptions } from './options.ts';

/** Default hard cap on requests per endpoint scan (the burst is added when opted in). */
export const DEFAULT_MAX_REQUESTS = 60;
const DEFAULT_BURST = 30;

export type HttpSpec = Extract<TargetSpec, { kind: 'http' }>;

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
    // The same values the MCP collector scrubs from its messages, longest first.
    secrets: secretValues(spec),
    ...(opts.serialProbes ? { serial: true } : {}),
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
  return { prober, agent, cap, burst };
}
