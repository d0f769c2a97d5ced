import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tlsCertificateExpiring } from '../../../src/checks/endpoint/tls-certificate-expiring.ts';
import { cert, daysFromScan, endpointTarget, goodTls, root } from '../../fixtures/tls/facts.ts';

const run = (t: ReturnType<typeof endpointTarget>) => tlsCertificateExpiring.run(t);

test('flags a certificate expiring within 30 days; within a week is more urgent', () => {
  const soon = run(
    endpointTarget(goodTls({ chain: [cert({ validTo: daysFromScan(20.5) }), root()] })),
  );
  assert.equal(soon.length, 1);
  assert.equal(soon[0]?.severity, 'low');
  assert.equal(soon[0]?.details?.daysLeft, 20);
  const urgent = run(endpointTarget(goodTls({ chain: [cert({ validTo: daysFromScan(2) })] })));
  assert.equal(urgent[0]?.severity, 'medium');
});

test('does not flag a certificate with more than 30 days left, nor an expired or not-yet-valid one', () => {
  assert.deepEqual(run(endpointTarget(goodTls())), []);
  assert.deepEqual(
    run(endpointTarget(goodTls({ chain: [cert({ validTo: daysFromScan(31) })] }))),
    [],
  );
  assert.deepEqual(
    run(endpointTarget(goodTls({ chain: [cert({ validTo: daysFromScan(-1) })] }))),
    [],
  );
  // Not yet valid: tls-certificate-expired reports it, even with expiry inside the window.
  const future = cert({ validFrom: daysFromScan(2), validTo: daysFromScan(10) });
  assert.deepEqual(run(endpointTarget(goodTls({ chain: [future] }))), []);
  assert.deepEqual(run(endpointTarget(undefined)), []);
});
