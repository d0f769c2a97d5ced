import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oauthPkceS256Missing as check } from '../../../src/checks/endpoint/oauth-pkce-s256-missing.ts';
import { authServer, endpoint, run } from './_facts.ts';

test('flags an authorization server without code_challenge_methods_supported', () => {
  const f = run(check, endpoint({ authServers: [authServer()] }));
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /does not list/);
});

test('flags plain-only PKCE', () => {
  const f = run(
    check,
    endpoint({ authServers: [authServer({ codeChallengeMethods: ['plain'] })] }),
  );
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /plain/);
});

test('passes S256', () => {
  const as = authServer({ codeChallengeMethods: ['S256'] });
  assert.equal(run(check, endpoint({ authServers: [as] })).length, 0);
});
