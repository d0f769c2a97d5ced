import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenNoExpiry as check } from '../../../src/checks/endpoint/token-no-expiry.ts';
import { endpoint, jwt, run } from './_facts.ts';

test('flags a JWT without exp', () => {
  const f = run(check, endpoint({ token: jwt({ claims: ['sub'] }) }));
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /without an exp/);
});

test('passes a JWT with exp', () => {
  assert.equal(run(check, endpoint({ token: jwt({ exp: 1800003600 }) })).length, 0);
});

test('says nothing about opaque tokens', () => {
  const token = { format: 'opaque' as const, length: 40, inspectedAt: 1800000000 };
  assert.equal(run(check, endpoint({ token })).length, 0);
});
