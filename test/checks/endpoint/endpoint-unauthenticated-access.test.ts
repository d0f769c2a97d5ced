import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endpointUnauthenticatedAccess as check } from '../../../src/checks/endpoint/endpoint-unauthenticated-access.ts';
import { endpoint, run } from './_facts.ts';

test('flags tools/list served without credentials', () => {
  const f = run(
    check,
    endpoint({
      auth: { unauthenticated: { status: 200, served: true, method: 'tools/list', tools: 3 } },
    }),
  );
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /3 tool/);
});

test('lowers severity for a loopback server', () => {
  const f = run(
    check,
    endpoint({
      loopback: true,
      auth: { unauthenticated: { status: 200, served: true, method: 'tools/list' } },
    }),
  );
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'medium');
});

test('passes when the request is refused', () => {
  assert.equal(
    run(
      check,
      endpoint({
        auth: {
          required: true,
          unauthenticated: { status: 401, served: false, method: 'tools/list' },
        },
      }),
    ).length,
    0,
  );
});
