import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tlsUntrustedCertificate } from '../../../src/checks/endpoint/tls-untrusted-certificate.ts';
import { cert, endpointTarget, goodTls } from '../../fixtures/tls/facts.ts';

const run = (t: ReturnType<typeof endpointTarget>) => tlsUntrustedCertificate.run(t);

test('flags a self-signed certificate', () => {
  const tls = goodTls({
    chain: [cert({ selfSigned: true, issuer: 'CN=mcp.example.com' })],
    trust: { authorized: false, error: 'DEPTH_ZERO_SELF_SIGNED_CERT' },
  });
  const [f] = run(endpointTarget(tls));
  assert.match(
    f?.message ?? '',
    /is self-signed: verification fails with DEPTH_ZERO_SELF_SIGNED_CERT/,
  );
  assert.equal(f?.details?.selfSigned, true);
});

test('flags an unknown CA, and says when --ca did not help', () => {
  const tls = goodTls({
    customCa: true,
    trust: { authorized: false, error: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' },
  });
  const [f] = run(endpointTarget(tls));
  assert.match(
    f?.message ?? '',
    /does not chain to a trusted CA \(even with the --ca file given\)/,
  );
});

test('leaves expiry errors to the expiry check and trusted chains alone', () => {
  assert.deepEqual(run(endpointTarget(goodTls())), []);
  const expired = goodTls({ trust: { authorized: false, error: 'CERT_HAS_EXPIRED' } });
  assert.deepEqual(run(endpointTarget(expired)), []);
  assert.deepEqual(run(endpointTarget(goodTls({ trust: undefined, reachable: false }))), []);
  assert.deepEqual(run(endpointTarget(undefined)), []);
});
