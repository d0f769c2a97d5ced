import assert from 'node:assert/strict';
import type { LookupFunction } from 'node:net';
import { after, before, test } from 'node:test';
import type { TlsFacts } from '../../../../src/collect/endpoint/tls/facts.ts';
import { collectTls } from '../../../../src/collect/endpoint/tls/index.ts';
import { RAW_SUITES } from '../../../../src/collect/endpoint/tls/suites.ts';
import { hasOpenssl, type LeafName, makeTestPki, type TestPki } from '../../../fixtures/tls/pki.ts';
import {
  type Running,
  startHttpServer,
  startHttpsServer,
  startOpensslServer,
  startRawServer,
} from '../../../fixtures/tls/servers.ts';

const skip = hasOpenssl() ? false : 'the openssl CLI (/usr/bin/openssl) is not installed';

let pki: TestPki;
const servers: Running[] = [];
before(async () => {
  if (!skip) pki = await makeTestPki();
});
after(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await pki?.cleanup();
});

async function serveLeaf(name: LeafName, hsts?: string): Promise<Running> {
  const leaf = pki.leaves[name];
  // SECLEVEL=0 so the server itself agrees to present the RSA-1024 and SHA-1 leaves.
  const s = await startHttpsServer(
    { cert: leaf.cert, key: leaf.key, ciphers: 'DEFAULT:@SECLEVEL=0' },
    { hsts },
  );
  servers.push(s);
  return s;
}

async function probe(s: Running, extra: { ca?: string } = {}): Promise<TlsFacts> {
  return collectTls(new URL(s.url), { timeoutMs: 5_000, httpPort: false, ...extra });
}

const accepted = (f: TlsFacts) =>
  f.versions.filter((v) => v.outcome === 'accepted').map((v) => v.version);

test('a well-configured server: TLS 1.2/1.3 only, no weak suites, trusted with --ca', {
  skip,
}, async () => {
  const s = await serveLeaf('good', 'max-age=63072000; includeSubDomains');
  const f = await probe(s, { ca: pki.ca.cert });
  assert.equal(f.reachable, true);
  assert.equal(f.customCa, true);
  assert.deepEqual(accepted(f), ['TLSv1.2', 'TLSv1.3']);
  assert.deepEqual(
    f.weakSuites.map((w) => [w.family, w.outcome]),
    [
      ['NULL', 'rejected'],
      ['anonymous', 'rejected'],
      ['EXPORT', 'rejected'],
      ['RC4', 'rejected'],
      ['3DES', 'rejected'],
      ['DES', 'rejected'],
    ],
  );
  assert.deepEqual(f.trust, { authorized: true });
  assert.deepEqual(f.hostname, { matches: true });
  assert.equal(f.negotiated?.protocol, 'TLSv1.3');
  const leaf = f.chain?.[0];
  assert.equal(leaf?.subject, 'CN=localhost');
  assert.deepEqual(leaf?.publicKey, { type: 'rsa', bits: 2048 });
  assert.equal(leaf?.signatureAlgorithm.name, 'sha256WithRSAEncryption');
  assert.equal(leaf?.selfSigned, false);
  assert.equal(f.https?.hsts.maxAge, 63072000);
  assert.equal(f.https?.hsts.includeSubDomains, true);
  assert.equal(f.https?.plainHttp, undefined, 'the plain-HTTP probe was turned off');
});

test('without --ca the private CA is untrusted', { skip }, async () => {
  const f = await probe(await serveLeaf('good'));
  assert.equal(f.trust?.authorized, false);
  assert.equal(f.trust?.error, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  assert.equal(f.https?.hsts.header, undefined, 'no HSTS header sent');
  assert.equal(f.https?.hsts.responded, true);
});

test('certificate defects show in the facts', { skip }, async () => {
  const ca = pki.ca.cert;
  const expired = await probe(await serveLeaf('expired'), { ca });
  assert.equal(expired.trust?.error, 'CERT_HAS_EXPIRED');
  assert.ok(Date.parse(expired.chain![0]!.validTo) < Date.parse(expired.collectedAt));
  const future = await probe(await serveLeaf('notYetValid'), { ca });
  assert.equal(future.trust?.error, 'CERT_NOT_YET_VALID');
  assert.ok(Date.parse(future.chain![0]!.validFrom) > Date.parse(future.collectedAt));
  const wrong = await probe(await serveLeaf('wrongHost'), { ca });
  assert.equal(wrong.hostname?.matches, false);
  assert.match(wrong.hostname?.error ?? '', /127\.0\.0\.1/);
  const small = await probe(await serveLeaf('rsa1024'), { ca });
  assert.deepEqual(small.chain?.[0]?.publicKey, { type: 'rsa', bits: 1024 });
  const sha1 = await probe(await serveLeaf('sha1'), { ca });
  assert.equal(sha1.chain?.[0]?.signatureAlgorithm.oid, '1.2.840.113549.1.1.5');
  assert.equal(sha1.chain?.[0]?.signatureAlgorithm.name, 'sha1WithRSAEncryption');
  const ec = await probe(await serveLeaf('ecP256'), { ca });
  assert.deepEqual(ec.chain?.[0]?.publicKey, { type: 'ec', curve: 'prime256v1', bits: 256 });
  const self = await probe(await serveLeaf('selfSigned'), { ca });
  assert.equal(self.trust?.error, 'DEPTH_ZERO_SELF_SIGNED_CERT');
  assert.equal(self.chain?.length, 1);
  assert.equal(self.chain?.[0]?.selfSigned, true);
});

test('an OpenSSL server limited to TLS 1.0 with NULL and anonymous suites', { skip }, async () => {
  const s = await startOpensslServer(pki.leaves.good, [
    '-tls1',
    '-cipher',
    'ALL:eNULL:@SECLEVEL=0',
  ]);
  servers.push(s);
  const f = await collectTls(new URL(s.url), {
    timeoutMs: 5_000,
    ca: pki.ca.cert,
    httpPolicy: false,
  });
  assert.deepEqual(accepted(f), ['TLSv1']);
  assert.equal(f.reachable, true, 'the certificate is still read over TLS 1.0');
  assert.equal(f.negotiated?.protocol, 'TLSv1');
  const byFamily = Object.fromEntries(f.weakSuites.map((w) => [w.family, w]));
  assert.equal(byFamily['NULL']?.outcome, 'accepted');
  assert.match(byFamily['NULL']?.suite?.name ?? '', /NULL/);
  assert.equal(byFamily['anonymous']?.outcome, 'accepted');
  assert.match(byFamily['anonymous']?.suite?.name ?? '', /^A(EC)?DH/);
  assert.equal(byFamily['3DES']?.outcome, 'rejected', 'compiled out of this OpenSSL');
  assert.equal(f.https, undefined);
});

test('the http:// variant: redirect to https, plain content, or nothing listening', {
  skip,
}, async () => {
  const s = await serveLeaf('good');
  const redirect = await startHttpServer((req, res) => {
    res.writeHead(301, { location: `https://127.0.0.1:${s.port}${req.url}` }).end();
  });
  const plain = await startHttpServer((_req, res) => res.writeHead(200).end('hello'));
  servers.push(redirect, plain);
  const opts = { timeoutMs: 5_000, ca: pki.ca.cert };
  const r = await collectTls(new URL(s.url), { ...opts, httpPort: redirect.port });
  assert.equal(r.https?.plainHttp?.reachable, true);
  assert.equal(r.https?.plainHttp?.status, 301);
  assert.equal(r.https?.plainHttp?.redirectsToHttps, true);
  assert.equal(r.https?.plainHttp?.url, `http://127.0.0.1:${redirect.port}/mcp`);
  const p = await collectTls(new URL(s.url), { ...opts, httpPort: plain.port });
  assert.equal(p.https?.plainHttp?.reachable, true);
  assert.equal(p.https?.plainHttp?.redirectsToHttps, false);
  const closedPort = plain.port;
  await plain.close();
  servers.splice(servers.indexOf(plain), 1);
  const n = await collectTls(new URL(s.url), { ...opts, httpPort: closedPort });
  assert.equal(n.https?.plainHttp?.reachable, false);
  assert.equal(n.https?.plainHttp?.error, 'ECONNREFUSED');
});

test('an endpoint with nothing listening is recorded as unreachable, not thrown', async () => {
  const s = await startHttpServer(() => {});
  const port = s.port;
  await s.close();
  const f = await collectTls(new URL(`https://127.0.0.1:${port}/mcp`), {
    timeoutMs: 2_000,
    httpPort: false,
  });
  assert.equal(f.reachable, false);
  assert.equal(f.error, 'ECONNREFUSED');
  assert.equal(f.chain, undefined);
  assert.ok(f.versions.every((v) => v.outcome === 'unreachable'));
});

test('a plain http: URL or a CA file without a certificate is a caller error', async () => {
  await assert.rejects(collectTls(new URL('http://127.0.0.1/'), { timeoutMs: 100 }), TypeError);
  await assert.rejects(
    collectTls(new URL('https://127.0.0.1/'), { timeoutMs: 100, ca: 'not a certificate' }),
    { code: 'BAD_CA' },
  );
});

test('export and DES suites are offered in the protocol versions that still define them', async () => {
  const hellos: Buffer[] = [];
  const s = await startRawServer((data) => {
    hellos.push(data);
    return 'close';
  });
  servers.push(s);
  await collectTls(new URL(s.url), { timeoutMs: 5_000, httpPolicy: false });
  // Raw hellos: record(5) + handshake header(4) + client_version(2) + random(32) + sid(1) + len(2).
  const raw = hellos
    .filter((h) => h[0] === 0x16 && h.readUInt16BE(1) === 0x0301 && h[43] === 0)
    .map((h) => ({ version: h.readUInt16BE(9), first: h.readUInt16BE(46) }));
  const byFirstSuite = new Map(raw.map((r) => [r.first, r.version]));
  assert.equal(byFirstSuite.get(RAW_SUITES.EXPORT[0]!.id), 0x0301);
  assert.equal(byFirstSuite.get(RAW_SUITES.DES[0]!.id), 0x0302);
  assert.equal(byFirstSuite.get(RAW_SUITES.RC4[0]!.id), 0x0303);
  assert.equal(byFirstSuite.get(RAW_SUITES['3DES'][0]!.id), 0x0303);
});

test('aborting the caller signal stops every probe, with one listener on that signal', async () => {
  const s = await startRawServer(() => 'hang');
  servers.push(s);
  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(w.name);
  process.on('warning', onWarning);
  const ctl = new AbortController();
  const pending = collectTls(new URL(s.url), {
    timeoutMs: 60_000,
    signal: ctl.signal,
    httpPort: s.port,
  });
  setImmediate(() => ctl.abort());
  const f = await pending;
  await new Promise((r) => setImmediate(r));
  process.off('warning', onWarning);
  assert.equal(f.reachable, false);
  assert.ok(f.versions.every((v) => v.outcome === 'timeout' && v.detail === 'aborted'));
  assert.ok(f.weakSuites.every((w) => w.outcome === 'timeout'));
  assert.equal(f.https?.hsts.responded, false);
  assert.deepEqual(warnings, [], 'no MaxListenersExceededWarning');
});

test('every connection goes through the caller lookup (address policy for services)', {
  skip,
}, async () => {
  const s = await serveLeaf('good', 'max-age=31536000');
  const asked: string[] = [];
  // With autoSelectFamily (Node 20's default) net asks for `all: true` and wants an array.
  type Callback = (err: Error | null, ...rest: unknown[]) => void;
  const toLoopback = ((hostname: string, options: { all?: boolean }, cb: Callback) => {
    asked.push(hostname);
    if (options.all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
    else cb(null, '127.0.0.1', 4);
  }) as unknown as LookupFunction;
  const f = await collectTls(new URL(`https://mcp.test:${s.port}/mcp`), {
    timeoutMs: 5_000,
    ca: pki.ca.cert,
    httpPort: false,
    lookup: toLoopback,
  });
  assert.equal(asked.length, 11, '10 TLS probes and the HSTS request');
  assert.ok(asked.every((h) => h === 'mcp.test'));
  assert.equal(f.servername, 'mcp.test');
  assert.equal(f.trust?.authorized, true);
  assert.equal(f.hostname?.matches, false, 'the certificate names localhost, not mcp.test');
  assert.equal(f.https?.hsts.maxAge, 31536000);

  const refuse = ((_hostname: string, _options: unknown, cb: Callback) =>
    cb(
      Object.assign(new Error('private address refused'), { code: 'EBLOCKED' }),
    )) as unknown as LookupFunction;
  const blocked = await collectTls(new URL(`https://mcp.test:${s.port}/mcp`), {
    timeoutMs: 5_000,
    lookup: refuse,
  });
  assert.equal(blocked.reachable, false);
  assert.ok(blocked.versions.every((v) => v.outcome === 'unreachable' && v.detail === 'EBLOCKED'));
  assert.ok(blocked.weakSuites.every((w) => w.outcome === 'unreachable'));
  assert.equal(blocked.https?.hsts.error, 'EBLOCKED');
  assert.equal(blocked.https?.plainHttp?.error, 'EBLOCKED');
});
