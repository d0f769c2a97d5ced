import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tlsLegacyProtocol } from '../../../src/checks/endpoint/tls-legacy-protocol.ts';
import { endpointTarget, goodTls } from '../../fixtures/tls/facts.ts';

const run = (t: ReturnType<typeof endpointTarget>) => tlsLegacyProtocol.run(t);

test('flags an endpoint that accepts TLS 1.0 and TLS 1.1', () => {
  const tls = goodTls();
  tls.versions[0] = { version: 'TLSv1', outcome: 'accepted', cipher: 'ECDHE-RSA-AES256-SHA' };
  tls.versions[1] = { version: 'TLSv1.1', outcome: 'accepted', cipher: 'ECDHE-RSA-AES256-SHA' };
  const [f, ...rest] = run(endpointTarget(tls));
  assert.equal(rest.length, 0, 'one finding for both versions');
  assert.match(f?.message ?? '', /TLS 1\.0 and TLS 1\.1/);
  assert.equal(f?.location.field, 'tls.versions');
  assert.deepEqual(f?.details?.versions, ['TLSv1', 'TLSv1.1']);
});

test('flags TLS 1.1 alone', () => {
  const tls = goodTls();
  tls.versions[1] = { version: 'TLSv1.1', outcome: 'accepted' };
  assert.match(run(endpointTarget(tls))[0]?.message ?? '', /with TLS 1\.1,/);
});

test('stays silent on TLS 1.2/1.3-only endpoints, unconclusive probes and missing TLS facts', () => {
  assert.deepEqual(run(endpointTarget(goodTls())), []);
  const tls = goodTls();
  tls.versions[0] = { version: 'TLSv1', outcome: 'timeout' };
  tls.versions[1] = { version: 'TLSv1.1', outcome: 'unreachable' };
  assert.deepEqual(run(endpointTarget(tls)), []);
  assert.deepEqual(run(endpointTarget(undefined)), []);
});
