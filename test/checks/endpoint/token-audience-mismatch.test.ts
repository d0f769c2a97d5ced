import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenAudienceMismatch as check } from '../../../src/checks/endpoint/token-audience-mismatch.ts';
import { endpoint, jwt, run } from './_facts.ts';

const withAudience = (audience: string[]) => run(check, endpoint({ token: jwt({ audience }) }));

test('flags a JWT without aud', () => {
  const f = run(check, endpoint({ token: jwt({ claims: ['sub'] }) }));
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /no aud/);
});

test('flags a foreign audience', () => {
  const f = withAudience(['https://api.other.com']);
  assert.equal(f.length, 1);
  assert.equal(f[0]!.confidence, 'medium');
});

test('passes the endpoint as audience', () => {
  assert.equal(withAudience(['https://mcp.example.com/mcp']).length, 0);
});

test('passes the origin as audience', () => {
  assert.equal(withAudience(['https://mcp.example.com']).length, 0);
});

test('a path prefix covers the endpoint only on a segment boundary', () => {
  assert.equal(withAudience(['https://mcp.example.com/mc']).length, 1);
  assert.equal(withAudience(['https://MCP.example.com/mcp/']).length, 0);
});
