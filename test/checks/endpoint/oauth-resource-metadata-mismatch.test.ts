import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oauthResourceMetadataMismatch as check } from '../../../src/checks/endpoint/oauth-resource-metadata-mismatch.ts';
import { endpoint, resourceMetadata, run } from './_facts.ts';

const expectedResource = 'https://mcp.example.com/mcp';
const naming = (resource: string, authorizationServers?: string[]) =>
  run(
    check,
    endpoint({
      resourceMetadata: resourceMetadata({
        resource,
        expectedResource,
        ...(authorizationServers ? { authorizationServers } : {}),
      }),
    }),
  );

test('flags metadata naming another resource', () => {
  const f = naming('https://other.example.com/mcp');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /other\.example\.com/);
});

test('passes the exact resource', () => {
  assert.equal(naming('https://mcp.example.com/mcp', ['https://as.example.com']).length, 0);
});

test('passes an origin-level resource (root metadata)', () => {
  assert.equal(naming('https://mcp.example.com/').length, 0);
});

test('flags a sibling path', () => {
  const f = naming('https://mcp.example.com/mcp2');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.location.field, 'resource_metadata.resource');
});
