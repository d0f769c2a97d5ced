import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oauthServerNotHttps as check } from '../../../src/checks/endpoint/oauth-server-not-https.ts';
import { authServer, endpoint, resourceMetadata, run } from './_facts.ts';

test('flags an http authorization server', () => {
  const f = run(
    check,
    endpoint({
      resourceMetadata: resourceMetadata({ authorizationServers: ['http://as.example.com'] }),
    }),
  );
  assert.equal(f.length, 1);
  assert.equal(f[0]!.evidence, 'http://as.example.com');
});

test('flags an http token endpoint', () => {
  const as = authServer({ endpoints: { token_endpoint: 'http://as.example.com/token' } });
  const f = run(check, endpoint({ authServers: [as] }));
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /token_endpoint/);
});

test('passes https everywhere', () => {
  const as = authServer({ endpoints: { token_endpoint: 'https://as.example.com/token' } });
  assert.equal(run(check, endpoint({ authServers: [as] })).length, 0);
});

test('exempts a loopback development setup', () => {
  const as = authServer({
    issuer: 'http://127.0.0.1:3000',
    endpoints: { token_endpoint: 'http://127.0.0.1:3000/token' },
  });
  const e = endpoint({ loopback: true, url: 'http://127.0.0.1:3000/mcp', authServers: [as] });
  assert.equal(run(check, e).length, 0);
});
