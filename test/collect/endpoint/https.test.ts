import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { closeSharedAgent } from '../../../src/collect/endpoint/http.ts';
import { probeEndpoint } from '../../../src/collect/endpoint/index.ts';
import { DEFAULT_LIMITS } from '../../../src/collect/spec.ts';
import { hasOpenssl, makeTestPki, type TestPki } from '../../fixtures/tls/pki.ts';
import { type Running, startHttpsServer } from '../../fixtures/tls/servers.ts';

let pki: TestPki | undefined;
let server: Running | undefined;

before(async () => {
  if (!hasOpenssl()) return;
  pki = await makeTestPki();
  server = await startHttpsServer({ cert: pki.leaves.good.cert, key: pki.leaves.good.key });
});

after(async () => {
  await server?.close();
  await pki?.cleanup();
  await closeSharedAgent();
});

test('an https endpoint gets TLS facts, and --ca reaches the HTTP probes too', {
  skip: !hasOpenssl(),
}, async () => {
  const url = server!.url;
  const withCa = await probeEndpoint(
    { kind: 'http', url },
    { limits: DEFAULT_LIMITS, endpoint: { ca: pki!.ca.cert } },
  );
  assert.ok(withCa.facts?.tls, 'TLS facts collected');
  assert.equal(withCa.facts?.auth?.query?.baseline.status, 200);
  assert.ok(!withCa.reasons.some((r) => r.includes('no HTTP answer')), withCa.reasons.join('; '));
});

test('without the private CA the probes refuse the unverified endpoint', {
  skip: !hasOpenssl(),
}, async () => {
  const r = await probeEndpoint({ kind: 'http', url: server!.url }, { limits: DEFAULT_LIMITS });
  assert.ok(r.facts?.tls, 'TLS facts still collected (they report the untrusted chain)');
  assert.equal(r.facts?.auth?.query?.baseline.status, undefined);
  assert.ok(r.reasons.some((x) => x.includes('no HTTP answer')));
});
