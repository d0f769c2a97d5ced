import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { HstsFacts, HttpsPolicyFacts, PlainHttpFacts } from './facts.ts';

export interface HttpsPolicyOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /**
   * Port(s) of the plain-HTTP variant; `false` skips that probe. Default: 80, plus the `…080`
   * twin of a `…443` HTTPS port (8443 → 8080), the usual pairing of alternate ports.
   */
  httpPort?: number | readonly number[] | false;
  /** DNS lookup for both requests (see TlsProbeOptions.lookup). */
  lookup?: LookupFunction;
}

/** The plain-HTTP ports tried by default for an HTTPS URL. */
export function defaultPlainPorts(url: URL): number[] {
  const https = url.port;
  const ports = [80];
  if (https !== '' && https !== '443' && /^\d*443$/.test(https)) {
    ports.push(Number(`${https.slice(0, -3)}080`));
  }
  return ports;
}

const MAX_HEADER = 1024;
const USER_AGENT = 'mcp-warden (TLS policy probe)';

interface GetResult {
  res?: Pick<IncomingMessage, 'statusCode' | 'headers'>;
  error?: string;
}

function get(url: URL, opts: HttpsPolicyOptions): Promise<GetResult> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (r: GetResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(r);
    };
    const timer = setTimeout(
      () => done({ error: `no response in ${opts.timeoutMs} ms` }),
      opts.timeoutMs,
    );
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const common = {
      // GET, not HEAD: some servers and frameworks answer HEAD with nothing at all. The body is
      // never read: the socket is destroyed as soon as the headers are in.
      method: 'GET',
      host,
      port: url.port || (url.protocol === 'https:' ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      headers: { 'user-agent': USER_AGENT, accept: '*/*' },
      agent: false as const,
      signal: opts.signal,
      ...(opts.lookup ? { lookup: opts.lookup } : {}),
    };
    const req =
      url.protocol === 'https:'
        ? httpsRequest({
            ...common,
            servername: isIP(host) ? undefined : host,
            // Trust and versions are judged by the TLS probes; HSTS is read whatever they are.
            rejectUnauthorized: false,
            minVersion: 'TLSv1',
            ciphers: 'ALL:@SECLEVEL=0',
          })
        : httpRequest(common);
    req.on('response', (res) => {
      done({ res: { statusCode: res.statusCode, headers: res.headers } });
      res.destroy();
    });
    req.on('error', (err: NodeJS.ErrnoException) =>
      done({ error: (err.code ?? err.message).slice(0, 160) }),
    );
    req.end();
  });
}

function firstHeader(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined ? undefined : s.slice(0, MAX_HEADER);
}

/**
 * Parses a Strict-Transport-Security value per RFC 6797 §6.1: `;`-separated directives, names
 * case-insensitive, `max-age` required (possibly quoted), a repeated directive makes the header
 * invalid (§6.1 rule 2). Returns undefined max-age when the header is invalid.
 */
export function parseHsts(value: string): Omit<HstsFacts, 'responded' | 'status' | 'header'> {
  const seen = new Set<string>();
  let maxAge: number | undefined;
  let includeSubDomains = false;
  let preload = false;
  for (const part of value.split(';')) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const eq = trimmed.indexOf('=');
    const name = (eq < 0 ? trimmed : trimmed.slice(0, eq)).trim().toLowerCase();
    const raw = eq < 0 ? undefined : trimmed.slice(eq + 1).trim();
    if (seen.has(name)) return { error: `directive ${name} repeated` };
    seen.add(name);
    if (name === 'max-age') {
      const v = raw?.replace(/^"(.*)"$/, '$1') ?? '';
      if (!/^\d{1,12}$/.test(v)) return { error: 'max-age is not a number' };
      maxAge = Number(v);
    } else if (name === 'includesubdomains') {
      includeSubDomains = true;
    } else if (name === 'preload') {
      preload = true;
    }
  }
  if (maxAge === undefined) return { error: 'max-age missing' };
  return { maxAge, includeSubDomains, preload };
}

async function probeHsts(url: URL, opts: HttpsPolicyOptions): Promise<HstsFacts> {
  const r = await get(url, opts);
  if (!r.res) return { responded: false, error: r.error };
  const facts: HstsFacts = { responded: true, status: r.res.statusCode };
  const header = firstHeader(r.res.headers['strict-transport-security']);
  if (header !== undefined) Object.assign(facts, { header }, parseHsts(header));
  return facts;
}

async function probePlainHttp(
  url: URL,
  port: number,
  opts: HttpsPolicyOptions,
): Promise<PlainHttpFacts> {
  const plain = new URL(url.href);
  plain.protocol = 'http:';
  plain.port = String(port);
  const facts: PlainHttpFacts = { url: plain.href, reachable: false, redirectsToHttps: false };
  const r = await get(plain, opts);
  if (!r.res) return { ...facts, error: r.error };
  facts.reachable = true;
  facts.status = r.res.statusCode;
  const location = firstHeader(r.res.headers.location);
  if (location !== undefined) {
    facts.location = location;
    const status = r.res.statusCode ?? 0;
    if (status >= 300 && status < 400) {
      try {
        facts.redirectsToHttps = new URL(location, plain).protocol === 'https:';
      } catch {
        facts.redirectsToHttps = false;
      }
    }
  }
  return facts;
}

/**
 * Bounded GET requests: one to the HTTPS URL for its Strict-Transport-Security header
 * (RFC 6797), and one per plain-HTTP port (default 80, plus 8080 for 8443 and the like) to see
 * whether the http:// variant redirects to HTTPS. Nothing listening on a plain port is recorded,
 * not treated as an error. `plainHttp` is the first port that answered, else the first tried.
 */
export async function collectHttpsPolicy(
  url: URL,
  opts: HttpsPolicyOptions,
): Promise<HttpsPolicyFacts> {
  const ports =
    opts.httpPort === false
      ? []
      : opts.httpPort === undefined
        ? defaultPlainPorts(url)
        : typeof opts.httpPort === 'number'
          ? [opts.httpPort]
          : [...opts.httpPort];
  const [hsts, ...plain] = await Promise.all([
    probeHsts(url, opts),
    ...ports.map((p) => probePlainHttp(url, p, opts)),
  ]);
  const facts: HttpsPolicyFacts = { hsts: hsts as HstsFacts };
  const probes = plain as PlainHttpFacts[];
  const chosen = probes.find((p) => p.reachable) ?? probes[0];
  if (chosen) {
    facts.plainHttp = chosen;
    facts.plainHttpPorts = ports;
  }
  return facts;
}
