import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sessionIdAcceptedAsToken as check } from '../../../src/checks/endpoint/session-id-accepted-as-token.ts';
import { endpoint, run } from './_facts.ts';

test('flags a session served without the token', () => {
  const f = run(
    check,
    endpoint({ auth: { required: true, sessionAsToken: { status: 200, served: true } } }),
  );
  assert.equal(f.length, 1);
  assert.equal(f[0]!.location.field, 'Mcp-Session-Id');
});

test('passes when refused', () => {
  assert.equal(
    run(check, endpoint({ auth: { required: true, sessionAsToken: { status: 401 } } })).length,
    0,
  );
});
