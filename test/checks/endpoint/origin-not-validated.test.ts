import assert from 'node:assert/strict';
import { test } from 'node:test';
import { originNotValidated as check } from '../../../src/checks/endpoint/origin-not-validated.ts';
import { endpoint, run } from './_facts.ts';

test('flags a served foreign Origin', () => {
  const f = run(check, endpoint({ origin: { status: 200, served: true } }));
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, undefined);
});

test('raises severity on loopback', () => {
  const f = run(check, endpoint({ loopback: true, origin: { status: 200, served: true } }));
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'high');
});

test('passes a 403', () => {
  assert.equal(run(check, endpoint({ origin: { status: 403 } })).length, 0);
});

test('is silent when inconclusive (401)', () => {
  assert.equal(run(check, endpoint({ origin: { status: 401 } })).length, 0);
});
