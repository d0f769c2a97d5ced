import type { EndpointProbeOptions } from './options.ts';
import type { TlsFacts } from './tls/facts.ts';
import { collectTls } from './tls/index.ts';

/**
 * Runs the TLS collector (src/collect/endpoint/tls) for an https endpoint, in parallel with the
 * HTTP probes. Never throws: a failure becomes a coverage reason.
 */
export async function collectTlsFacts(
  url: string,
  opts: EndpointProbeOptions,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<{ facts?: TlsFacts; reason?: string }> {
  try {
    const facts = await collectTls(new URL(url), {
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
