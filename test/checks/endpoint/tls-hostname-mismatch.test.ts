import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tlsHostnameMismatch } from '../../../src/checks/endpoint/tls-hostname-mismatch.ts';
import { cert, endpointTarget, goodTls } from '../../fixtures/tls/facts.ts';

const run = (t: ReturnType<typeof endpointTarget>) => tlsHostnameMismatch.run(t);

test('flags a certificate that does not cover the host', () => {
  const tls = goodTls({
    chain: [cert({ subject: 'CN=wrong.example.com', subjectAltName: 'DNS:wrong.example.com' })],
    hostname: { matches: false, error: "Host: mcp.example.com. is not in the cert's altnames" },
  });
  const [f] = run(endpointTarget(tls));
  assert.equal(f?.location.field, 'tls.hostname');
  assert.match(f?.evidence ?? '', /host=mcp\.example\.com; .*SAN=DNS:wrong\.example\.com/);
});

test('does not flag a match, an unreachable endpoint or missing TLS facts', () => {
  assert.deepEqual(run(endpointTarget(goodTls())), []);
  assert.deepEqual(run(endpointTarget(goodTls({ hostname: undefined, reachable: false }))), []);
  assert.deepEqual(run(endpointTarget(undefined)), []);
});
