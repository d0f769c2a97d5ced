import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hostNotValidated as check } from '../../../src/checks/endpoint/host-not-validated.ts';
import { endpoint, run } from './_facts.ts';

test('flags a local server serving a foreign Host', () => {
  const f = run(check, endpoint({ loopback: true, host: { status: 200, served: true } }));
  assert.equal(f.length, 1);
  assert.equal(f[0]!.location.field, 'Host');
});

test('passes a rejected foreign Host', () => {
  assert.equal(run(check, endpoint({ loopback: true, host: { status: 403 } })).length, 0);
});

test('does not apply to remote servers', () => {
  assert.equal(
    run(check, endpoint({ loopback: false, host: { status: 200, served: true } })).length,
    0,
  );
});
