import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oauthOmnibusScopes as check } from '../../../src/checks/endpoint/oauth-omnibus-scopes.ts';
import { endpoint, resourceMetadata, run } from './_facts.ts';

const withScopes = (scopes: string[]) =>
  run(check, endpoint({ resourceMetadata: resourceMetadata({ scopes }) }));

test('flags an omnibus scope in resource metadata', () => {
  const f = withScopes(['read', '*']);
  assert.equal(f.length, 1);
  assert.equal(f[0]!.evidence, '*');
});

test('passes fine-grained scopes', () => {
  assert.equal(withScopes(['tools:read', 'tools:write']).length, 0);
});
