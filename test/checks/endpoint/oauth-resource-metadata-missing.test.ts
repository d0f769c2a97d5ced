import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oauthResourceMetadataMissing as check } from '../../../src/checks/endpoint/oauth-resource-metadata-missing.ts';
import { endpoint, run } from './_facts.ts';

test('flags missing metadata on a protected endpoint', () => {
  const f = run(
    check,
    endpoint({
      auth: { required: true },
      resourceMetadata: {
        url: 'u',
        via: 'none',
        found: false,
        errors: ['HTTP 404'],
        expectedResource: 'e',
      },
    }),
  );
  assert.equal(f.length, 1);
  assert.match(f[0]!.evidence ?? '', /404/);
});

test('flags an invalid document', () => {
  const f = run(
    check,
    endpoint({
      auth: { required: true },
      resourceMetadata: {
        url: 'u',
        via: 'well-known',
        found: true,
        errors: ['`resource` missing or not a string'],
        expectedResource: 'e',
      },
    }),
  );
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /invalid/);
});

test('passes valid metadata', () => {
  assert.equal(
    run(
      check,
      endpoint({
        auth: { required: true },
        resourceMetadata: {
          url: 'u',
          via: 'well-known',
          found: true,
          errors: [],
          resource: 'https://mcp.example.com/mcp',
          authorizationServers: ['https://as.example.com'],
          expectedResource: 'https://mcp.example.com/mcp',
        },
      }),
    ).length,
    0,
  );
});

test('does not apply to an open endpoint', () => {
  assert.equal(
    run(
      check,
      endpoint({
        auth: { required: false },
        resourceMetadata: {
          url: 'u',
          via: 'none',
          found: false,
          errors: [],
          expectedResource: 'e',
        },
      }),
    ).length,
    0,
  );
});
