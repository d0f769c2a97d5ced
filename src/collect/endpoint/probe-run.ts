import { randomBytes } from 'node:crypto';
import type { ProbeRequest, ProbeResponse, Prober } from './http.ts';
import { sseHasResponse } from './jsonrpc.ts';
import type { EndpointProbeOptions } from './options.ts';
import type { HttpSpec } from './request-budget.ts';

/** How long a GET event stream may take to name its endpoint (HTTP+SSE sends it first). */
const SSE_WAIT_MS = 3_000;

const ENDPOINT_EVENT = /event:\s*endpoint/;

/** An HTTP+SSE stream was opened: 200 and the `endpoint` event the 2024-11-05 transport sends. */
export const sseOpened = (r: ProbeResponse): boolean =>
  r.status === 200 && ENDPOINT_EVENT.test(r.body);

/** What the probe groups of one endpoint scan share: URLs, credentials, canaries, the prober. */
export class ProbeRun {
  readonly url: string;
  /** Without the user's query (which may carry a credential). */
  readonly bareUrl: string;
  readonly creds: Record<string, string>;
  readonly hasCreds: boolean;
  readonly canary = `mcpw${randomBytes(10).toString('hex')}`;
  readonly foreignOrigin = `https://mcpw-${randomBytes(4).toString('hex')}.invalid`;
  /** Notes on probes that could not run, reported as coverage reasons. */
  readonly incomplete: string[] = [];

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

  /** Sends one request through the budgeted prober; `depth` is its place in a dependency chain. */
  send(req: ProbeRequest, depth: number): Promise<ProbeResponse> {
    return this.prober.send(req, depth);
  }

  /** POSTs a JSON-RPC message to the endpoint (or `extra.url`), reading until its response. */
  post(
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

  /** GETs an HTTP+SSE stream, reading until `stopWhen` (by default: its `endpoint` event). */
  getSse(
    url: string,
    headers: Record<string, string>,
    depth: number,
    stopWhen: (body: string) => boolean = (b) => ENDPOINT_EVENT.test(b),
  ): Promise<ProbeResponse> {
    return this.send(
      {
        method: 'GET',
        url,
        headers: { accept: 'text/event-stream', ...headers },
        stopWhen,
        maxBodyBytes: 16 * 1024,
        timeoutMs: SSE_WAIT_MS,
      },
      depth,
    );
  }
}
