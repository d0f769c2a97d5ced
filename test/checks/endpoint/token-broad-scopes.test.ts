import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenBroadScopes as check } from '../../../src/checks/endpoint/token-broad-scopes.ts';
import { endpoint, jwt, run } from './_facts.ts';

test('flags wildcard and admin scopes', () => {
  const f = run(check, endpoint({ token: jwt({ scopes: ['read', 'repo:*', 'admin'] }) }));
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /repo:\*, admin/);
});

test('passes narrow scopes', () => {
  const token = jwt({ scopes: ['tools:read', 'issues:read'] });
  assert.equal(run(check, endpoint({ token })).length, 0);
});
