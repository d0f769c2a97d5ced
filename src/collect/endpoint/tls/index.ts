import { X509Certificate } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { isIP, type LookupFunction } from 'node:net';
import { checkServerIdentity } from 'node:tls';
import { asView } from './bytes.ts';
import { chainFacts } from './certificate.ts';
import type { TlsFacts, TlsVersion, TlsVersionProbe, WeakSuiteProbe } from './facts.ts';
import { collectHttpsPolicy } from './https-policy.ts';
import { type NodeProbeResult, probeWithNode } from './node-probe.ts';
import { probeRawSuites } from './raw-probe.ts';
import { RAW_FAMILIES, RAW_HELLO_VERSION, RAW_SUITES } from './suites.ts';

export interface TlsProbeOptions {
  /** PEM trust anchors for private CAs (`--ca FILE`), added to the system roots. */
  ca?: string | Buffer;
  /** Bound on each connection; probes run in parallel, so this is roughly the total too. */
  timeoutMs: number;
  signal?: AbortSignal;
  /**
   * Port(s) of the http:// variant for the redirect probe; `false` skips it. Default: 80, plus
   * the `…080` twin of a `…443` port (8443 → 8080).
   */
  httpPort?: number | readonly number[] | false;
  /** Set false to skip the HTTP requests (HSTS, redirect) and probe TLS only. */
  httpPolicy?: boolean;
  /**
   * DNS lookup used by every connection (design.md §5: a service that scans user-supplied URLs
   * refuses private addresses after resolution). Default: Node's dns.lookup.
   */
  lookup?: LookupFunction;
}

const VERSIONS: TlsVersion[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
// Node's OpenSSL offers legacy versions, NULL and anonymous suites only at security level 0.
// Anonymous suites are left out of the version probes so that a certificate is always presented
// when one exists; they get their own probe.
const ALL_CIPHERS = 'ALL:!aNULL:@SECLEVEL=0';

/**
 * Probes an https: URL's TLS configuration (checklist C2): each protocol version separately,
 * each weak suite family separately (NULL and anonymous via node:tls, EXPORT/RC4/3DES/DES via a
 * hand-built ClientHello), the certificate chain, trust, hostname, and — unless `httpPolicy` is
 * false — HSTS and the http→https redirect. At most 10 TLS connections and 3 HTTP requests, all
 * in parallel, each bounded by `timeoutMs`. Never throws for network trouble: an unreachable
 * endpoint gives `reachable: false` with the reason.
 *
 * @example
 * const tls = await collectTls(new URL('https://mcp.example.com/mcp'), { timeoutMs: 5000 });
 */
export async function collectTls(url: URL, opts: TlsProbeOptions): Promise<TlsFacts> {
  if (url.protocol !== 'https:') {
    throw new TypeError(`collectTls needs an https: URL, not ${url.protocol}`);
  }
  if (opts.ca !== undefined) assertCertificate(opts.ca);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // One child signal for our 12 probes, so the caller's signal keeps a single listener (and
  // Node does not warn about 12 listeners on one AbortSignal).
  const ctl = new AbortController();
  setMaxListeners(32, ctl.signal);
  const relay = () => ctl.abort();
  if (opts.signal?.aborted) ctl.abort();
  else opts.signal?.addEventListener('abort', relay, { once: true });
  try {
    return await probeAll(url, opts, ctl.signal, host);
  } finally {
    opts.signal?.removeEventListener('abort', relay);
  }
}

async function probeAll(
  url: URL,
  opts: TlsProbeOptions,
  signal: AbortSignal,
  host: string,
): Promise<TlsFacts> {
  const port = Number(url.port || 443);
  const servername = isIP(host) === 0 ? host : undefined;
  const base = { host, port, servername, timeoutMs: opts.timeoutMs, signal, lookup: opts.lookup };
  const collectedAt = new Date().toISOString();

  // Only the version probes judge trust, so only they carry the custom CA.
  const versionWork = VERSIONS.map((v) =>
    probeWithNode({
      ...base,
      customCa: opts.ca,
      minVersion: v,
      maxVersion: v,
      ciphers: ALL_CIPHERS,
    }),
  );
  const nodeWeak = (['NULL', 'anonymous'] as const).map((family) =>
    probeWithNode({
      ...base,
      minVersion: 'TLSv1',
      maxVersion: 'TLSv1.2',
      ciphers: family === 'NULL' ? 'eNULL:@SECLEVEL=0' : 'aNULL:@SECLEVEL=0',
    }).then((r): WeakSuiteProbe => nodeWeakProbe(family, r)),
  );
  const rawWeak = RAW_FAMILIES.map((family) =>
    probeRawSuites({
      ...base,
      suites: RAW_SUITES[family],
      version: RAW_HELLO_VERSION[family],
    }).then((r): WeakSuiteProbe => {
      const p: WeakSuiteProbe = { family, method: 'raw', outcome: r.outcome };
      if (r.suite) p.suite = r.suite;
      if (r.protocol) p.protocol = r.protocol;
      if (r.detail) p.detail = r.detail;
      return p;
    }),
  );
  const policy =
    opts.httpPolicy === false
      ? Promise.resolve(undefined)
      : collectHttpsPolicy(url, {
          timeoutMs: opts.timeoutMs,
          signal,
          httpPort: opts.httpPort,
          lookup: opts.lookup,
        });

  const [versionResults, weak, https] = await Promise.all([
    Promise.all(versionWork),
    Promise.all([...nodeWeak, ...rawWeak]),
    policy,
  ]);

  const versions = versionResults.map((r, i): TlsVersionProbe => {
    const p: TlsVersionProbe = { version: VERSIONS[i]!, outcome: r.outcome };
    if (r.cipher) p.cipher = r.cipher;
    if (r.detail) p.detail = r.detail;
    return p;
  });
  const facts: TlsFacts = {
    host,
    port,
    collectedAt,
    reachable: false,
    customCa: opts.ca !== undefined,
    versions,
    weakSuites: weak,
  };
  if (servername) facts.servername = servername;
  if (https) facts.https = https;

  // The newest accepted version is the handshake a current client would make.
  const best = [...versionResults].reverse().find((r) => r.outcome === 'accepted');
  if (!best?.peer) {
    facts.error = versionResults.find((r) => r.detail)?.detail ?? 'no TLS handshake completed';
    return facts;
  }
  facts.reachable = true;
  facts.negotiated = { protocol: best.protocol ?? 'unknown', cipher: best.cipher ?? 'unknown' };
  facts.trust = best.authorized
    ? { authorized: true }
    : { authorized: false, error: best.authorizationError ?? 'unknown' };
  // An anonymous-suite handshake presents no certificate: nothing to judge below.
  if (!best.peer.raw) {
    facts.error = 'the server presented no certificate';
    return facts;
  }
  facts.chain = chainFacts(best.peer);
  let mismatch: Error | undefined;
  try {
    mismatch = checkServerIdentity(host, best.peer);
  } catch (err) {
    mismatch = err instanceof Error ? err : new Error(String(err));
  }
  facts.hostname = mismatch
    ? { matches: false, error: mismatch.message.slice(0, 300) }
    : { matches: true };
  return facts;
}

/** A `--ca` that holds no certificate would silently turn every probe into a failure. */
function assertCertificate(ca: string | Buffer): void {
  try {
    new X509Certificate(typeof ca === 'string' ? ca : asView(ca));
  } catch {
    throw Object.assign(new TypeError('the CA file holds no valid PEM certificate'), {
      code: 'BAD_CA',
    });
  }
}

function nodeWeakProbe(family: 'NULL' | 'anonymous', r: NodeProbeResult): WeakSuiteProbe {
  const p: WeakSuiteProbe = { family, method: 'node', outcome: r.outcome };
  if (r.cipher) p.suite = { name: r.cipher };
  if (r.protocol) p.protocol = r.protocol;
  if (r.detail) p.detail = r.detail;
  return p;
}
