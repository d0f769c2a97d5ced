import { type ErrorProbe, REDACTED_TOKEN } from './facts.ts';
import type { ProbeRequest, ProbeResponse } from './http.ts';
import { initializeRequest, modernRequest } from './jsonrpc.ts';
import { scanSecrets } from './secret-scan.ts';

/**
 * Oversized-body probe: just above the common limits (express 100 kB, fastify, aiohttp and
 * nginx's default client_max_body_size at 1 MiB), so it reaches the same error paths as a
 * bigger body at a fraction of the cost for fleets.
 */
const OVERSIZED_BYTES = 1024 * 1024 + 1024;
let oversized: Buffer | undefined;

/** One shared oversized body for every scan in the process (fleets would otherwise build one each). */
function oversizedBody(): Buffer {
  oversized ??= Buffer.from(
    JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/list',
      params: { cursor: 'A'.repeat(OVERSIZED_BYTES) },
    }),
  );
  return oversized;
}

/** How much of each error answer we keep for the checks. */
const KEEP_BODY = 8 * 1024;

/**
 * The canary placed in request bodies: derived from, but never containing, the credential canary
 * (`z` is not a hex digit), so an echo of one is never mistaken for the other.
 */
export function bodyCanaryOf(canary: string): string {
  return `mcpwz${[...canary.slice(4)].reverse().join('')}`;
}

/**
 * C4 from the outside: requests built to reach error paths, each carrying the scan canary where
 * credentials travel (a bearer token, an API-key header, a session cookie) and a distinct body
 * canary in the JSON. What comes back shows whether errors echo credentials or input, stack
 * traces or secrets (the way tokens end up in logs and telemetry: pattern P1). Headers that are
 * echoed by design (X-Request-Id) are deliberately not used.
 */
export function errorProbeRequests(
  url: string,
  auth: Record<string, string>,
  canary: string,
): { kind: string; req: ProbeRequest }[] {
  const inBody = bodyCanaryOf(canary);
  const canaryHeaders = {
    'x-api-key': canary,
    cookie: `session=${canary}`,
  };
  const withAuth = (h: Record<string, string>) => ({ ...h, ...canaryHeaders, ...auth });
  const init = initializeRequest();
  const modern = modernRequest('mcpwarden/unknown-method');
  const bad = JSON.stringify({
    jsonrpc: '2.0',
    id: 1,
    method: 'tools/list',
    params: { cursor: { $where: inBody, nested: [inBody, -1] } },
  });
  const big = oversizedBody();
  return [
    {
      kind: 'canary-bearer',
      req: {
        method: 'POST',
        url,
        headers: { ...init.headers, ...canaryHeaders, authorization: `Bearer ${canary}` },
        body: init.body,
      },
    },
    {
      kind: 'malformed-json',
      req: {
        method: 'POST',
        url,
        headers: withAuth(init.headers),
        body: `{"jsonrpc":"2.0","id":1,"method":"${inBody}",`,
      },
    },
    {
      kind: 'unknown-method',
      req: { method: 'POST', url, headers: withAuth(modern.headers), body: modern.body },
    },
    {
      kind: 'bad-params',
      req: { method: 'POST', url, headers: withAuth(init.headers), body: bad },
    },
    {
      kind: 'wrong-content-type',
      req: {
        method: 'POST',
        url,
        headers: withAuth({ ...init.headers, 'content-type': 'text/plain' }),
        body: init.body,
      },
    },
    {
      kind: 'unknown-session',
      req: {
        method: 'POST',
        url,
        headers: withAuth({
          ...init.headers,
          'mcp-session-id': canary,
          'mcp-protocol-version': '2025-11-25',
        }),
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} }),
      },
    },
    {
      kind: 'oversized-body',
      req: { method: 'POST', url, headers: withAuth(init.headers), body: big },
    },
  ];
}

/** Reduces an error answer: bounded body with secrets redacted, headers echoing the canary. */
export function readErrorProbe(kind: string, res: ProbeResponse, canary: string): ErrorProbe {
  const probe: ErrorProbe = { kind };
  if (res.status !== undefined) probe.status = res.status;
  if (res.error) probe.error = res.error;
  const ct = res.headers['content-type'];
  if (ct) probe.contentType = ct.slice(0, 100);
  const echo = Object.entries(res.headers)
    .filter(([, v]) => v.includes(canary))
    .map(([k]) => k);
  if (echo.length > 0) probe.echoHeaders = echo;
  if (res.body.includes(REDACTED_TOKEN)) probe.echoedUserToken = true;
  if (res.body) {
    const text = res.body.slice(0, 64 * 1024);
    const { redacted, matches } = scanSecrets(text, [canary, bodyCanaryOf(canary)]);
    probe.body = redacted.slice(0, KEEP_BODY);
    if (matches.length > 0) probe.secrets = matches;
  }
  return probe;
}
