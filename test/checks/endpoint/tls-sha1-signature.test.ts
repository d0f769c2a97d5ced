import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tlsSha1Signature } from '../../../src/checks/endpoint/tls-sha1-signature.ts';
import { cert, endpointTarget, goodTls, root } from '../../fixtures/tls/facts.ts';

const run = (t: ReturnType<typeof endpointTarget>) => tlsSha1Signature.run(t);
const SHA1 = { oid: '1.2.840.113549.1.1.5', name: 'sha1WithRSAEncryption' };

test('flags a SHA-1-signed leaf and an MD5-signed intermediate', () => {
  const tls = goodTls({
    chain: [
      cert({ signatureAlgorithm: SHA1 }),
      cert({
        subject: 'CN=Intermediate',
        signatureAlgorithm: { oid: '1.2.840.113549.1.1.4', name: 'md5WithRSAEncryption' },
      }),
      root(),
    ],
  });
  const [leaf, mid, ...rest] = run(endpointTarget(tls));
  assert.equal(rest.length, 0);
  assert.equal(leaf?.severity, 'medium');
  assert.match(leaf?.message ?? '', /leaf certificate is signed with sha1WithRSAEncryption/);
  assert.equal(mid?.severity, 'high');
});

test('does not flag SHA-256 signatures, a SHA-1 self-signed root, or missing TLS facts', () => {
  assert.deepEqual(run(endpointTarget(goodTls())), []);
  assert.deepEqual(
    run(endpointTarget(goodTls({ chain: [cert(), root({ signatureAlgorithm: SHA1 })] }))),
    [],
  );
  assert.deepEqual(run(endpointTarget(undefined)), []);
});
