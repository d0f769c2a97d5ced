import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { endpointChecks } from '../../../../src/checks/endpoint/index.ts';
import { collectTls } from '../../../../src/collect/endpoint/tls/index.ts';
import type { TargetFacts } from '../../../../src/model/facts.ts';
import { runChecks } from '../../../../src/run/runner.ts';
import { hasOpenssl, type LeafName, makeTestPki, type TestPki } from '../../../fixtures/tls/pki.ts';
import {
  type Running,
  startHttpServer,
  startHttpsServer,
  startOpensslServer,
} from '../../../fixtures/tls/servers.ts';

const skip = hasOpenssl() ? false : 'the openssl CLI (/usr/bin/openssl) is not installed';
const C2 = endpointChecks.filter((c) => /^(tls|http)-/.test(c.meta.id));

let pki: TestPki;
const servers: Running[] = [];
before(async () => {
  if (!skip) pki = await makeTestPki();
});
after(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await pki?.cleanup();
});

async function findingsFor(url: string, opts: { ca?: string; httpPort?: number | false }) {
  const tls = await collectTls(new URL(url), { timeoutMs: 5_000, httpPort: false, ...opts });
  const target: TargetFacts = {
    target: { id: 'endpoint:1', kind: 'endpoint', label: url },
    facts: { endpoint: { url, tls } },
    collection: { status: 'scanned', reasons: [] },
  };
  const { findings } = await runChecks([target], C2);
  return findings.map((f) => f.rule).sort();
}

async function serveLeaf(name: LeafName): Promise<Running> {
  const leaf = pki.leaves[name];
  const s = await startHttpsServer(
    { cert: leaf.cert, key: leaf.key, ciphers: 'DEFAULT:@SECLEVEL=0' },
    { hsts: 'max-age=31536000' },
  );
  servers.push(s);
  return s;
}

test('collector and checks agree: a good endpoint has no C2 findings', { skip }, async () => {
  const s = await serveLeaf('good');
  assert.deepEqual(await findingsFor(s.url, { ca: pki.ca.cert }), []);
});

test('each defective certificate yields its own finding', { skip }, async () => {
  const ca = pki.ca.cert;
  const cases: [LeafName, string[]][] = [
    ['expired', ['tls-certificate-expired']],
    ['notYetValid', ['tls-certificate-expired']],
    ['expiring', ['tls-certificate-expiring']],
    ['wrongHost', ['tls-hostname-mismatch']],
    ['rsa1024', ['tls-weak-key']],
    ['sha1', ['tls-sha1-signature']],
    ['selfSigned', ['tls-untrusted-certificate']],
  ];
  for (const [leaf, rules] of cases) {
    const s = await serveLeaf(leaf);
    assert.deepEqual(await findingsFor(s.url, { ca }), rules, leaf);
  }
  const noCa = await serveLeaf('good');
  assert.deepEqual(await findingsFor(noCa.url, {}), ['tls-untrusted-certificate']);
});

test('a legacy OpenSSL server and a plain-HTTP port that serves content', { skip }, async () => {
  const s = await startOpensslServer(pki.leaves.good, [
    '-www',
    '-tls1',
    '-cipher',
    'ALL:eNULL:@SECLEVEL=0',
  ]);
  const plain = await startHttpServer((_req, res) => res.writeHead(200).end('hello'));
  servers.push(s, plain);
  const rules = await findingsFor(s.url, { ca: pki.ca.cert, httpPort: plain.port });
  assert.deepEqual(rules, [
    'http-missing-hsts',
    'http-no-https-redirect',
    'tls-legacy-protocol',
    'tls-weak-cipher',
    'tls-weak-cipher',
  ]);
});
