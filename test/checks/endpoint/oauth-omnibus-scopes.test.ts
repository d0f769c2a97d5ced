import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oauthOmnibusScopes as check } from '../../../src/checks/endpoint/oauth-omnibus-scopes.ts';
import { endpoint, run } from './_facts.ts';

test('flags an omnibus scope in resource metadata', () => {
  const f = run(
    check,
    endpoint({
      resourceMetadata: {
        url: 'u',
        via: 'well-known',
        found: true,
        errors: [],
        scopes: ['read', '*'],
        expectedResource: 'e',
      },
    }),
  );
  assert.equal(f.length, 1);
  assert.equal(f[0]!.evidence, '*');
});

test('passes fine-grained scopes', () => {
  assert.equal(
    run(
      check,
      endpoint({
        resourceMetadata: {
          url: 'u',
          via: 'well-known',
          found: true,
          errors: [],
          scopes: ['tools:read', 'tools:write'],
          expectedResource: 'e',
        },
      }),
    ).length,
    0,
  );
});
