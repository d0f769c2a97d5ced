import assert from 'node:assert/strict';
import { test } from 'node:test';
import { protocolVersionNotValidated as check } from '../../../src/checks/endpoint/protocol-version-not-validated.ts';
import { endpoint, run } from './_facts.ts';

test('flags a bogus version that is served', () => {
  const f = run(check, endpoint({ protocolVersionHeader: { status: 200, served: true } }));
  assert.equal(f.length, 1);
  assert.equal(f[0]!.location.field, 'MCP-Protocol-Version');
});

test('passes a 400', () => {
  assert.equal(
    run(check, endpoint({ protocolVersionHeader: { status: 400, rpcErrorCode: -32001 } })).length,
    0,
  );
});
