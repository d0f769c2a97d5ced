import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oauthInsecureGrants as check } from '../../../src/checks/endpoint/oauth-insecure-grants.ts';
import { endpoint, run } from './_facts.ts';

test('flags the password grant', () => {
  const f = run(
    check,
    endpoint({
      authServers: [
        {
          issuer: 'https://as',
          found: true,
          errors: [],
          grantTypes: ['authorization_code', 'password'],
        },
      ],
    }),
  );
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /password/);
});

test('flags the implicit response type', () => {
  const f = run(
    check,
    endpoint({
      authServers: [
        {
          issuer: 'https://as',
          found: true,
          errors: [],
          responseTypes: ['code', 'id_token token'],
        },
      ],
    }),
  );
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /id_token token/);
});

test('passes authorization_code only', () => {
  assert.equal(
    run(
      check,
      endpoint({
        authServers: [
          {
            issuer: 'https://as',
            found: true,
            errors: [],
            grantTypes: ['authorization_code', 'refresh_token'],
            responseTypes: ['code'],
          },
        ],
      }),
    ).length,
    0,
  );
});
