// biome-ignore-all lint/suspicious/noTemplateCurlyInString: literal ${VAR} placeholders are config syntax, not template mistakes
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configLiteralSecret } from '../../../src/checks/config/config-literal-secret.ts';
import { fakeGithubToken } from '../../../src/engines/secrets/fake.ts';
import type { FindingDraft } from '../../../src/model/finding.ts';
import { entry, target } from './_helpers.ts';

const run = (over: Parameters<typeof entry>[0]) =>
  configLiteralSecret.run(target([entry(over)])) as FindingDraft[];

test('flags a provider token in env through the shared secret engine, redacted', () => {
  const token = fakeGithubToken('ghp_', 'config-literal-secret');
  const f = run({ command: 'npx', args: ['-y', 'gh@1.0.0'], env: { GITHUB_TOKEN: token } });
  assert.ok(f.length >= 1);
  assert.equal(f[0]!.location.field, 'mcpServers.srv.env.GITHUB_TOKEN');
  assert.ok(!JSON.stringify(f).includes(token), 'the token never appears in a finding');
});

test('flags a high-entropy literal under a secret-named key (generic rule)', () => {
  const value = ['Zq8', 'vT2', 'mW9', 'xL4', 'pR7', 'nK3'].join('');
  const f = run({ url: 'https://mcp.example.com/mcp', headers: { 'X-Api-Key': value } });
  assert.equal(f.length, 1);
  assert.equal(f[0]!.confidence, 'medium');
  assert.ok(!f[0]!.evidence!.includes(value));
});

test('flags a literal bearer in an Authorization header', () => {
  const value = ['Bearer ', 'a8F3k', 'Q9zLm', '2XvB7', 'wR4tY'].join('');
  assert.equal(run({ url: 'https://x.example/mcp', headers: { Authorization: value } }).length, 1);
});

test('accepts placeholders and non-secret values', () => {
  const f = run({
    command: 'npx',
    args: ['-y', 'srv@1.0.0', '--token', '${env:TOKEN}', '--port=8080'],
    env: {
      GITHUB_TOKEN: '${GITHUB_TOKEN}',
      API_KEY: '${input:api-key}',
      OTHER_TOKEN: '$OTHER_TOKEN',
      PASSWORD: '{{secrets.db}}',
      LOG_LEVEL: 'debug',
      HOME_DIR: '/home/user/some/long/path/value',
    },
    headers: { Authorization: 'Bearer ${env:MCP_TOKEN}' },
  });
  assert.deepEqual(f, []);
});
