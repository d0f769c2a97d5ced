import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ALPHA, fakeJwt, fakeString } from '../../../src/engines/secrets/fake.ts';
import { ghp, pemKey, slackWebhook } from './_tokens.ts';

const BIN = fileURLToPath(new URL('../../../bin/mcp-warden.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'warden-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const token = ghp('cli');
const hook = slackWebhook('cli');
const jwt = fakeJwt({ iss: 'https://auth.acme.test/', aud: 'mcp', exp: 4102444800 }, 'cli');
const password = `Pw${fakeString(ALPHA.b62, 18, 'cli-pw')}`;
const pem = pemKey('cli');
const values = [token, hook, jwt, password, pem.split('\n')[3]!];

writeFileSync(
  join(dir, 'app.log'),
  [
    `2026-11-20T10:00:00Z INFO headers {"authorization":"Bearer ${jwt}"}`,
    `2026-11-20T10:00:01Z ERROR GitHub API 401 Bad credentials (token=${token})`,
    `2026-11-20T10:00:02Z WARN connect ECONNREFUSED postgres://app:${password}@db-1.acme.internal:5432/app`,
    `2026-11-20T10:00:03Z DEBUG webhook ${hook}`,
    `2026-11-20T10:00:04Z DEBUG loaded key ${pem}`,
  ].join('\n'),
);

function run(...args: string[]) {
  return spawnSync(process.execPath, [BIN, 'logs', dir, '--no-color', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
}

test('the JSON report names every secret by its redacted form, never its value', () => {
  const r = run('--format', 'json');
  assert.equal(r.status, 1, r.stderr);
  for (const v of values)
    assert.ok(!r.stdout.includes(v), 'a secret value reached the JSON report');
  const report = JSON.parse(r.stdout) as {
    findings: { rule: string; details: Record<string, unknown> }[];
  };
  const rules = new Set(report.findings.map((f) => f.rule));
  assert.deepEqual([...rules], ['secret-in-logs']);
  assert.ok(report.findings.length >= 5, `${report.findings.length} findings`);
  for (const f of report.findings) {
    assert.match(String(f.details['redacted']), /chars/);
    assert.ok((f.details['rotation'] as { steps: string[] }).steps.length > 0);
  }
});

test('the terminal report and its rotation checklist never print a secret value', () => {
  const r = run();
  assert.equal(r.status, 1, r.stderr);
  for (const v of values) assert.ok(!r.stdout.includes(v), 'a secret value reached the terminal');
  assert.match(r.stdout, /Rotation checklist/);
  assert.match(r.stdout, /GitHub/);
  assert.match(r.stdout, /Log scan: 1 files read/);
});

test('usage errors exit 2', () => {
  assert.equal(run('--since', 'yesterday-ish').status, 2);
  assert.equal(run('--state', join(dir, 's.json'), '--until', '1d').status, 2);
});

test('a corrupt state file is a usage error that does not echo its content', () => {
  const state = join(dir, 'corrupt-state.json');
  writeFileSync(state, `{"schema": oops ${token}`);
  const r = run('--state', state);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /not valid JSON/);
  assert.ok(!r.stderr.includes(token));
});
