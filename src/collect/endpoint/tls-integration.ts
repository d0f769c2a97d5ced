import type { EndpointProbeOptions } from './options.ts';
import type { TlsFacts } from './tls/facts.ts';

type CollectTls = (
  url: string,
  opts: { ca?: string | Buffer; timeoutMs: number; signal?: AbortSignal },
) => Promise<TlsFacts>;

// INTEGRATION POINT (TLS collector, src/collect/endpoint/tls/index.ts, built separately): resolved
// at run time so the HTTP probes work before and without it. Replace with a static import once
// `collectTls` is exported there.
const TLS_MODULE = './tls/index.ts';

/**
 * Runs the TLS collector for an https endpoint, in parallel with the HTTP probes. Never throws:
 * a failure becomes a coverage reason.
 */
export async function collectTlsFacts(
  url: string,
  opts: EndpointProbeOptions,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<{ facts?: TlsFacts; reason?: string }> {
  let collectTls: CollectTls | undefined;
  try {
    const mod = (await import(TLS_MODULE)) as { collectTls?: CollectTls };
    collectTls = mod.collectTls;
  } catch {
    collectTls = undefined;
  }
  if (!collectTls) return { reason: 'TLS probes not available in this build' };
  try {
    const facts = await collectTls(url, {
      timeoutMs,
      ...(opts.ca ? { ca: opts.ca } : {}),
      ...(signal ? { signal } : {}),
    });
    return { facts };
  } catch (err) {
    const code = (err as { code?: string }).code;
    return { reason: `TLS probes failed${code ? ` (${code})` : ''}` };
  }
}
