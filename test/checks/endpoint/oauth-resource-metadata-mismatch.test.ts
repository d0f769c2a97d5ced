import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oauthResourceMetadataMismatch as check } from '../../../src/checks/endpoint/oauth-resource-metadata-mismatch.ts';
import { endpoint, run } from './_facts.ts';

test('flags metadata naming another resource', () => {
  const f = run(
    check,
    endpoint({
      resourceMetadata: {
        url: 'u',
        via: 'well-known',
        found: true,
        errors: [],
        resource: 'https://other.example.com/mcp',
        expectedResource: 'https://mcp.example.com/mcp',
      },
    }),
  );
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /other\.example\.com/);
});

test('passes the exact resource', () => {
  assert.equal(
    run(
      check,
      endpoint({
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

test('passes an origin-level resource (root metadata)', () => {
  assert.equal(
    run(
      check,
      endpoint({
        resourceMetadata: {
          url: 'u',
          via: 'well-known',
          found: true,
          errors: [],
          resource: 'https://mcp.example.com/',
          expectedResource: 'https://mcp.example.com/mcp',
        },
      }),
    ).length,
    0,
  );
});

test('flags a sibling path', () => {
  const f = run(
    check,
    endpoint({
      resourceMetadata: {
        url: 'u',
        via: 'well-known',
        found: true,
        errors: [],
        resource: 'https://mcp.example.com/mcp2',
        expectedResource: 'https://mcp.example.com/mcp',
      },
    }),
  );
  assert.equal(f.length, 1);
  assert.equal(f[0]!.location.field, 'resource_metadata.resource');
});
