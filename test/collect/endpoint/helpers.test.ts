import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { parseChallenge } from '../../../src/collect/endpoint/challenge.ts';
import { scrub } from '../../../src/collect/endpoint/http.ts';
import { parseSse, rpcReply } from '../../../src/collect/endpoint/jsonrpc.ts';
import { sessionIdStats } from '../../../src/collect/endpoint/session-ids.ts';
import { inspectToken } from '../../../src/collect/endpoint/token.ts';
import {
  authServerMetadataUrls,
  protectedResourceMetadataUrls,
  resourceCovers,
} from '../../../src/collect/endpoint/url.ts';
import { fakeJwt } from '../../../src/engines/secrets/fake.ts';

test('parses a Bearer challenge with quoted and bare parameters', () => {
  const c = parseChallenge(
    'Bearer realm="mcp", resource_metadata="https://h/.well-known/oauth-protected-resource/mcp", error=invalid_token',
  );
  assert.equal(c.scheme, 'Bearer');
  assert.equal(c.params.resource_metadata, 'https://h/.well-known/oauth-protected-resource/mcp');
  assert.equal(c.params.error, 'invalid_token');
  assert.deepEqual(parseChallenge('').params, {});
});

test('session id features: sequential counters, UUIDs, repeats', () => {
  const seq = sessionIdStats(['sess-1000', 'sess-1001', 'sess-1002']);
  assert.equal(seq?.sequential, true);
  const uuids = sessionIdStats([randomUUID(), randomUUID()]);
  assert.equal(uuids?.alphabet, 'uuid');
  assert.equal(uuids?.estimatedBits, 122);
  assert.equal(uuids?.sequential, false);
  assert.equal(sessionIdStats(['abc', 'abc'])?.unique, 1);
  // A short id is never shown whole.
  const samples = sessionIdStats(['1000', '1001'])?.samples ?? [];
  assert.equal(samples.length, 2);
  for (const s of samples) assert.ok(!s.startsWith('100'), s);
});

test('inspects JWT claims without keeping the token, and calls other tokens opaque', () => {
  const claims = { aud: ['a', 'b'], exp: 10, iat: 5, scope: 'read write', iss: 'https://as' };
  const jwt = fakeJwt(claims, 'helpers');
  const t = inspectToken(jwt, 1000);
  assert.equal(t.format, 'jwt');
  assert.deepEqual(t.audience, ['a', 'b']);
  assert.deepEqual(t.scopes, ['read', 'write']);
  assert.ok(!JSON.stringify(t).includes(jwt.split('.')[1]!));
  assert.equal(inspectToken('opaque-token-value').format, 'opaque');
});

test('well-known URLs follow RFC 9728 §3.1 and the MCP discovery order', () => {
  assert.deepEqual(protectedResourceMetadataUrls('https://h/mcp'), [
    'https://h/.well-known/oauth-protected-resource/mcp',
    'https://h/.well-known/oauth-protected-resource',
  ]);
  assert.deepEqual(authServerMetadataUrls('https://as/tenant'), [
    'https://as/.well-known/oauth-authorization-server/tenant',
    'https://as/.well-known/openid-configuration/tenant',
    'https://as/tenant/.well-known/openid-configuration',
  ]);
  assert.ok(resourceCovers('https://h/', 'https://h/mcp'));
  assert.ok(!resourceCovers('https://h/mc', 'https://h/mcp'));
  assert.ok(!resourceCovers('https://other/mcp', 'https://h/mcp'));
});

test('reads JSON-RPC replies framed as JSON or SSE, and scrubs secrets', () => {
  const sse = 'event: message\ndata: {"jsonrpc":"2.0","id":1,"result":{"tools":[]}}\n\n';
  assert.equal(parseSse(sse).length, 1);
  const r = rpcReply({
    status: 200,
    headers: { 'content-type': 'text/event-stream' },
    body: sse,
    truncated: false,
  });
  assert.deepEqual(r?.result, { tools: [] });
  assert.equal(scrub('x secret-value y', ['secret-value']), 'x [REDACTED-TOKEN] y');
});
