import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenLongLifetime as check } from '../../../src/checks/endpoint/token-long-lifetime.ts';
import { endpoint, jwt, run } from './_facts.ts';

test('flags a 7-day token', () => {
  const f = run(check, endpoint({ token: jwt({ iat: 1800000000, exp: 1800604800 }) }));
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /168 hours/);
});

test('flags a year-long token as high', () => {
  const f = run(check, endpoint({ token: jwt({ exp: 1831536000 }) }));
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'high');
});

test('passes a 1-hour token', () => {
  assert.equal(
    run(check, endpoint({ token: jwt({ iat: 1800000000, exp: 1800003600 }) })).length,
    0,
  );
});
