import type { TokenPlacementTest } from './facts.ts';
import type { ProbeResponse } from './http.ts';
import { initializeRequest, observe } from './jsonrpc.ts';
import type { ProbeRun } from './probe-run.ts';

/** Query parameter names servers have been seen to read tokens from. */
export const QUERY_TOKEN_PARAMS = ['access_token', 'token', 'api_key', 'apikey', 'key'];

function withToken(run: ProbeRun, names: string[], value: string): string {
  const u = new URL(run.bareUrl);
  for (const n of names) u.searchParams.set(n, value);
  return u.toString();
}

/** Token in the URL query (RFC 6750 §2.3 is NOT allowed by OAuth 2.1 / the MCP auth spec). */
export async function queryPlacement(
  run: ProbeRun,
  baselineP: Promise<ProbeResponse>,
  token: string | undefined,
): Promise<TokenPlacementTest> {
  const msg = initializeRequest();
  const canary = run.post(msg, 1, { url: withToken(run, QUERY_TOKEN_PARAMS, run.canary) });
  const real = token
    ? run.post(msg, 1, { url: withToken(run, QUERY_TOKEN_PARAMS, token) })
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
export async function formPlacement(
  run: ProbeRun,
  token: string | undefined,
): Promise<TokenPlacementTest> {
  const form = (body: string) =>
    run.send(
      {
        method: 'POST',
        url: run.bareUrl,
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
    form(`access_token=${encodeURIComponent(run.canary)}`),
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
