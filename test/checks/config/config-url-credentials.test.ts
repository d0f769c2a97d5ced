// biome-ignore-all lint/suspicious/noTemplateCurlyInString: literal ${VAR} placeholders are config syntax, not template mistakes
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configUrlCredentials } from '../../../src/checks/config/config-url-credentials.ts';
import { entry, target } from './_helpers.ts';

const run = (url: string) =>
  configUrlCredentials.run(target([entry({ url })])) as ReturnType<
    typeof configUrlCredentials.run
  > &
    unknown[];

test('flags a token in the query string and never echoes it', () => {
  const secret = ['q9Zk', 'P2mX', '7vLw', 'R4tY', '8nBc'].join('');
  const f = run(`https://mcp.example.com/mcp?api_key=${secret}&region=eu`);
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /query parameter "api_key"/);
  assert.ok(!f[0]!.evidence!.includes(secret));
  assert.match(f[0]!.evidence!, /api_key=\[redacted\]/);
});

test('flags a password in userinfo', () => {
  const f = run('https://alice:s3cr3t-pass-word@mcp.example.com/sse');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /userinfo/);
  assert.ok(!f[0]!.evidence!.includes('s3cr3t'));
});

test('flags a password whose percent-encoding is malformed instead of throwing', () => {
  const f = run('https://alice:p%zzq8Vh2LmZ0pR7@mcp.example.com/sse');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /userinfo/);
});

test('flags a URL passed to mcp-remote in args', () => {
  const e = entry({
    command: 'npx',
    args: ['-y', 'mcp-remote@0.1.20', 'https://mcp.example.com/sse?token=abcdef123456XYZ'],
  });
  const f = configUrlCredentials.run(target([e])) as unknown[];
  assert.equal(f.length, 1);
});

test('accepts placeholders and plain URLs', () => {
  assert.equal(run('https://mcp.example.com/mcp?token=${env:MCP_TOKEN}').length, 0);
  assert.equal(run('https://mcp.example.com/mcp?region=eu&page=2').length, 0);
  assert.equal(run('https://mcp.example.com/mcp').length, 0);
});
