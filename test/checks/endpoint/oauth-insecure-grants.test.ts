import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oauthInsecureGrants as check } from '../../../src/checks/endpoint/oauth-insecure-grants.ts';
import { authServer, endpoint, run } from './_facts.ts';

test('flags the password grant', () => {
  const as = authServer({ grantTypes: ['authorization_code', 'password'] });
  const f = run(check, endpoint({ authServers: [as] }));
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /password/);
});

test('flags the implicit response type', () => {
  const as = authServer({ responseTypes: ['code', 'id_token token'] });
  const f = run(check, endpoint({ authServers: [as] }));
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /id_token token/);
});

test('passes authorization_code only', () => {
  const as = authServer({
    grantTypes: ['authorization_code', 'refresh_token'],
    responseTypes: ['code'],
  });
  assert.equal(run(check, endpoint({ authServers: [as] })).length, 0);
});
