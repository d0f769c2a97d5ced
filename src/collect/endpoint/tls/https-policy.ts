import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { HstsFacts, HttpsPolicyFacts, PlainHttpFacts } from './facts.ts';

export interface HttpsPolicyOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Port of the plain-HTTP variant; `false` skips that probe. Default 80. */
  httpPort?: number | false;
}

const MAX_HEADER = 1024;
const USER_AGENT = 'mcp-warden (TLS policy probe)';

interface HeadResult {
  res?: Pick<IncomingMessage, 'statusCode' | 'headers'>;
  error?: string;
}

function head(url: URL, opts: HttpsPolicyOptions): Promise<HeadResult> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (r: HeadResult): void => {
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
      method: 'HEAD',
      host,
      port: url.port || (url.protocol === 'https:' ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      headers: { 'user-agent': USER_AGENT, accept: '*/*' },
      agent: false as const,
      signal: opts.signal,
    };
    const req =
      url.protocol === 'https:'
        ? httpsRequest({
            ...common,
            servername: isIP(host) ? undefined : host,
            // Trust is judged by the TLS probes; HSTS is read whatever the certificate.
            rejectUnauthorized: false,
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
  const r = await head(url, opts);
  if (!r.res) return { responded: false, error: r.error };
  const facts: HstsFacts = { responded: true, status: r.res.statusCode };
  const header = firstHeader(r.res.headers['strict-transport-security']);
  if (header !== undefined) Object.assign(facts, { header }, parseHsts(header));
  return facts;
}

async function probePlainHttp(url: URL, port: number, opts: HttpsPolicyOptions) {
  const plain = new URL(url.href);
  plain.protocol = 'http:';
  plain.port = String(port);
  const facts: PlainHttpFacts = { url: plain.href, reachable: false, redirectsToHttps: false };
  const r = await head(plain, opts);
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
 * Two bounded requests: a HEAD to the HTTPS URL for its Strict-Transport-Security header
 * (RFC 6797), and a HEAD to the http:// variant (port `httpPort`, default 80) to see whether it
 * redirects to HTTPS. Nothing listening on the plain port is recorded, not treated as an error.
 */
export async function collectHttpsPolicy(
  url: URL,
  opts: HttpsPolicyOptions,
): Promise<HttpsPolicyFacts> {
  const port = opts.httpPort ?? 80;
  const [hsts, plainHttp] = await Promise.all([
    probeHsts(url, opts),
    port === false ? Promise.resolve(undefined) : probePlainHttp(url, port, opts),
  ]);
  return plainHttp ? { hsts, plainHttp } : { hsts };
}
