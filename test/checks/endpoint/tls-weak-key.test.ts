import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tlsWeakKey } from '../../../src/checks/endpoint/tls-weak-key.ts';
import { cert, endpointTarget, goodTls, root } from '../../fixtures/tls/facts.ts';

const run = (t: ReturnType<typeof endpointTarget>) => tlsWeakKey.run(t);

test('flags RSA under 2048 bits, worse under 1024', () => {
  const rsa1024 = run(
    endpointTarget(goodTls({ chain: [cert({ publicKey: { type: 'rsa', bits: 1024 } })] })),
  );
  assert.equal(rsa1024.length, 1);
  assert.equal(rsa1024[0]?.severity, 'medium');
  assert.match(rsa1024[0]?.message ?? '', /1024-bit RSA key; at least 2048/);
  const rsa512 = run(
    endpointTarget(goodTls({ chain: [cert({ publicKey: { type: 'rsa', bits: 512 } })] })),
  );
  assert.equal(rsa512[0]?.severity, 'high');
});

test('flags an EC key under 256 bits and a weak intermediate', () => {
  const tls = goodTls({
    chain: [
      cert({ publicKey: { type: 'ec', bits: 224, curve: 'secp224r1' } }),
      cert({ subject: 'CN=Intermediate', publicKey: { type: 'rsa', bits: 1024 } }),
      root(),
    ],
  });
  const findings = run(endpointTarget(tls));
  assert.equal(findings.length, 2);
  assert.match(findings[0]?.evidence ?? '', /ec 224 bits \(secp224r1\)/);
  assert.equal(findings[1]?.location.field, 'tls.chain[1].publicKey');
});

test('does not flag RSA-2048, P-256, Ed25519, a weak root or missing TLS facts', () => {
  assert.deepEqual(run(endpointTarget(goodTls())), []);
  const ok = goodTls({
    chain: [
      cert({ publicKey: { type: 'ec', bits: 256, curve: 'prime256v1' } }),
      cert({ subject: 'CN=I', publicKey: { type: 'ed25519', bits: 256 } }),
      root({ publicKey: { type: 'rsa', bits: 1024 } }),
    ],
  });
  assert.deepEqual(run(endpointTarget(ok)), []);
  assert.deepEqual(run(endpointTarget(undefined)), []);
});
