import assert from 'node:assert/strict';
import { test } from 'node:test';
import { authChallengeMissing as check } from '../../../src/checks/endpoint/auth-challenge-missing.ts';
import type { AuthFacts } from '../../../src/collect/endpoint/facts.ts';
import { endpoint, run } from './_facts.ts';

/** A protected endpoint that answered 401, with the given challenge (if any). */
const refusedWith = (challenge?: AuthFacts['challenge']) =>
  run(
    check,
    endpoint({
      auth: {
        required: true,
        unauthenticated: { status: 401, method: 'x' },
        ...(challenge ? { challenge } : {}),
      },
    }),
  );

test('flags a 401 without WWW-Authenticate', () => {
  const f = refusedWith();
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /without a WWW-Authenticate/);
});

test('flags a Bearer challenge without resource_metadata', () => {
  const f = refusedWith({ scheme: 'Bearer', params: { realm: 'x' } });
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'medium');
});

test('flags a non-Bearer scheme', () => {
  const f = refusedWith({ scheme: 'Basic', params: {} });
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /Basic/);
});

test('passes a Bearer challenge with resource_metadata', () => {
  const f = refusedWith({
    scheme: 'Bearer',
    params: {
      resource_metadata: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp',
    },
  });
  assert.equal(f.length, 0);
});

test('does not apply when no auth is required', () => {
  assert.equal(
    run(
      check,
      endpoint({ auth: { required: false, unauthenticated: { status: 200, method: 'x' } } }),
    ).length,
    0,
  );
});
