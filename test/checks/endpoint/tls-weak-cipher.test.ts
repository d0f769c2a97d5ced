import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tlsWeakCipher } from '../../../src/checks/endpoint/tls-weak-cipher.ts';
import { endpointTarget, goodTls } from '../../fixtures/tls/facts.ts';

const run = (t: ReturnType<typeof endpointTarget>) => tlsWeakCipher.run(t);

test('flags each accepted weak family with a severity that fits it', () => {
  const tls = goodTls();
  tls.weakSuites = tls.weakSuites.map((w) =>
    w.family === 'NULL'
      ? { ...w, outcome: 'accepted', suite: { name: 'ECDHE-RSA-NULL-SHA' }, protocol: 'TLSv1.2' }
      : w.family === '3DES'
        ? {
            ...w,
            outcome: 'accepted',
            suite: { id: 0x000a, name: 'TLS_RSA_WITH_3DES_EDE_CBC_SHA' },
            protocol: 'TLSv1.2',
          }
        : w,
  );
  const findings = run(endpointTarget(tls));
  assert.equal(findings.length, 2);
  const [nul, des3] = findings;
  assert.equal(nul?.severity, 'high');
  assert.match(nul?.message ?? '', /NULL cipher suite \(ECDHE-RSA-NULL-SHA\): .*clear text/);
  assert.equal(des3?.severity, 'medium');
  assert.match(des3?.message ?? '', /Sweet32/);
  assert.equal(des3?.evidence, 'TLS_RSA_WITH_3DES_EDE_CBC_SHA chosen over TLSv1.2');
  assert.notEqual(nul?.key, des3?.key, 'one fingerprint per family');
});

test('does not flag rejected, timed-out or unsupported probes, nor a target without TLS facts', () => {
  assert.deepEqual(run(endpointTarget(goodTls())), []);
  const tls = goodTls();
  tls.weakSuites = tls.weakSuites.map((w, i) => ({
    ...w,
    outcome: i % 2 ? ('timeout' as const) : ('unsupported' as const),
  }));
  assert.deepEqual(run(endpointTarget(tls)), []);
  assert.deepEqual(run(endpointTarget(undefined)), []);
});
