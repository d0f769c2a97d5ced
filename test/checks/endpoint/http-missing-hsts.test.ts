import assert from 'node:assert/strict';
import { test } from 'node:test';
import { httpMissingHsts } from '../../../src/checks/endpoint/http-missing-hsts.ts';
import type { HstsFacts } from '../../../src/collect/endpoint/tls/facts.ts';
import { endpointTarget, goodTls } from '../../fixtures/tls/facts.ts';

const run = (t: ReturnType<typeof endpointTarget>) => httpMissingHsts.run(t);
const withHsts = (hsts: HstsFacts, host = 'mcp.example.com') =>
  endpointTarget(goodTls({ host, https: { hsts } }));

test('flags a response without Strict-Transport-Security', () => {
  const [f] = run(withHsts({ responded: true, status: 200 }));
  assert.equal(f?.severity, undefined, 'default severity (low)');
  assert.match(f?.evidence ?? '', /HTTP 200, no Strict-Transport-Security header/);
});

test('flags max-age=0 and invalid headers; a short max-age is informational', () => {
  const zero = run(withHsts({ responded: true, header: 'max-age=0', maxAge: 0 }));
  assert.match(zero[0]?.message ?? '', /max-age=0 switches HSTS off/);
  const bad = run(withHsts({ responded: true, header: 'preload', error: 'max-age missing' }));
  assert.match(bad[0]?.message ?? '', /invalid \(max-age missing\)/);
  const short = run(withHsts({ responded: true, header: 'max-age=300', maxAge: 300 }));
  assert.equal(short[0]?.severity, 'info');
});

test('on IP-literal and loopback hosts, where clients ignore HSTS, it is informational', () => {
  for (const host of ['203.0.113.7', 'localhost', '127.0.0.1']) {
    const [f] = run(withHsts({ responded: true, status: 200 }, host));
    assert.equal(f?.severity, 'info', host);
    assert.match(f?.message ?? '', /Clients ignore HSTS for/);
  }
});

test('does not flag a year of HSTS, no response, or missing TLS facts', () => {
  assert.deepEqual(run(endpointTarget(goodTls())), []);
  assert.deepEqual(run(withHsts({ responded: false, error: 'ECONNRESET' })), []);
  assert.deepEqual(
    run(withHsts({ responded: true, header: 'max-age=31536000', maxAge: 31536000 }, '127.0.0.1')),
    [],
  );
  assert.deepEqual(run(endpointTarget(undefined)), []);
});
