import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oauthResourceMetadataMissing as check } from '../../../src/checks/endpoint/oauth-resource-metadata-missing.ts';
import { endpoint, resourceMetadata, run } from './_facts.ts';

test('flags missing metadata on a protected endpoint', () => {
  const f = run(
    check,
    endpoint({
      auth: { required: true },
      resourceMetadata: resourceMetadata({ via: 'none', found: false, errors: ['HTTP 404'] }),
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
      resourceMetadata: resourceMetadata({ errors: ['`resource` missing or not a string'] }),
    }),
  );
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /invalid/);
});

test('passes valid metadata', () => {
  const md = resourceMetadata({
    resource: 'https://mcp.example.com/mcp',
    authorizationServers: ['https://as.example.com'],
    expectedResource: 'https://mcp.example.com/mcp',
  });
  assert.equal(run(check, endpoint({ auth: { required: true }, resourceMetadata: md })).length, 0);
});

test('does not apply to an open endpoint', () => {
  const md = resourceMetadata({ via: 'none', found: false });
  assert.equal(run(check, endpoint({ auth: { required: false }, resourceMetadata: md })).length, 0);
});
