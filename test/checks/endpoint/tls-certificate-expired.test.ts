import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tlsCertificateExpired } from '../../../src/checks/endpoint/tls-certificate-expired.ts';
import { cert, daysFromScan, endpointTarget, goodTls, root } from '../../fixtures/tls/facts.ts';

const run = (t: ReturnType<typeof endpointTarget>) => tlsCertificateExpired.run(t);

test('flags a leaf that expired before the scan', () => {
  const tls = goodTls({ chain: [cert({ validTo: daysFromScan(-3) }), root()] });
  const [f, ...rest] = run(endpointTarget(tls));
  assert.equal(rest.length, 0);
  assert.match(f?.message ?? '', /leaf certificate expired on .* \(3 day\(s\) before the scan\)/);
  assert.equal(f?.location.field, 'tls.chain[0].validTo');
});

test('flags a leaf that is not yet valid, and an expired intermediate', () => {
  const tls = goodTls({
    chain: [
      cert({ validFrom: daysFromScan(2) }),
      cert({ subject: 'CN=Intermediate', validTo: daysFromScan(-1) }),
      root(),
    ],
  });
  const findings = run(endpointTarget(tls));
  assert.equal(findings.length, 2);
  assert.match(findings[0]?.message ?? '', /leaf certificate is not valid until/);
  assert.match(findings[1]?.message ?? '', /chain certificate #1 expired/);
});

test('judges against the scan time, not the clock, and ignores an expired root', () => {
  // Valid at the scan, though "now" may be later: replaying saved facts must not change results.
  const tls = goodTls({
    chain: [cert({ validTo: daysFromScan(1) }), root({ validTo: daysFromScan(-9) })],
  });
  assert.deepEqual(run(endpointTarget(tls)), []);
  assert.deepEqual(run(endpointTarget(goodTls())), []);
  assert.deepEqual(run(endpointTarget(goodTls({ chain: undefined, reachable: false }))), []);
});
