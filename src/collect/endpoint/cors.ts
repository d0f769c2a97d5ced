import type { CorsFacts } from './facts.ts';
import type { ProbeRun } from './probe-run.ts';

/** A CORS preflight from a foreign origin, asking for credentials-bearing headers. */
export async function corsPreflight(run: ProbeRun): Promise<CorsFacts> {
  const r = await run.send(
    {
      method: 'OPTIONS',
      url: run.url,
      headers: {
        origin: run.foreignOrigin,
        'access-control-request-method': 'POST',
        'access-control-request-headers':
          'authorization, content-type, mcp-session-id, mcp-protocol-version',
      },
    },
    1,
  );
  const c: CorsFacts = { probeOrigin: run.foreignOrigin };
  if (r.status !== undefined) c.preflightStatus = r.status;
  const ao = r.headers['access-control-allow-origin'];
  if (ao) c.allowOrigin = ao.slice(0, 200);
  const ac = r.headers['access-control-allow-credentials'];
  if (ac !== undefined) c.allowCredentials = ac.trim().toLowerCase() === 'true';
  const ah = r.headers['access-control-allow-headers'];
  if (ah) c.allowHeaders = ah.slice(0, 300);
  return c;
}
