import assert from 'node:assert/strict';
import { test } from 'node:test';
import { httpNoHttpsRedirect } from '../../../src/checks/endpoint/http-no-https-redirect.ts';
import type { PlainHttpFacts } from '../../../src/collect/endpoint/tls/facts.ts';
import { endpointTarget, goodTls } from '../../fixtures/tls/facts.ts';

const run = (t: ReturnType<typeof endpointTarget>) => httpNoHttpsRedirect.run(t);
const hsts = { responded: true, header: 'max-age=31536000', maxAge: 31536000 };
const withPlain = (plainHttp: PlainHttpFacts, host = 'mcp.example.com') =>
  endpointTarget(goodTls({ host, https: { hsts, plainHttp } }));
const url = 'http://mcp.example.com/mcp';

test('flags plain HTTP that serves content instead of redirecting', () => {
  const [f] = run(withPlain({ url, reachable: true, status: 200, redirectsToHttps: false }));
  assert.equal(f?.severity, 'medium');
  assert.match(f?.message ?? '', /answers HTTP 200 over plain HTTP/);
});

test('flags a redirect that stays on http, and reports loopback for information', () => {
  const elsewhere = run(
    withPlain({
      url,
      reachable: true,
      status: 302,
      location: 'http://mcp.example.com/login',
      redirectsToHttps: false,
    }),
  );
  assert.match(elsewhere[0]?.message ?? '', /redirects \(HTTP 302\) but not to an https:\/\/ URL/);
  const local = run(
    withPlain({ url, reachable: true, status: 200, redirectsToHttps: false }, '127.0.0.1'),
  );
  assert.equal(local[0]?.severity, 'info');
});

test('does not flag a redirect to https, a closed plain port, a skipped probe or missing facts', () => {
  assert.deepEqual(run(endpointTarget(goodTls())), []);
  assert.deepEqual(
    run(withPlain({ url, reachable: false, redirectsToHttps: false, error: 'ECONNREFUSED' })),
    [],
  );
  assert.deepEqual(run(endpointTarget(goodTls({ https: { hsts } }))), []);
  assert.deepEqual(run(endpointTarget(undefined)), []);
});
