import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli, scanJson, tsNode } from './_cli.ts';

test('scans an SDK v1 (2025-era) server over stdio and lists every page', async () => {
  const r = await scanJson(['--stdio', '--', ...tsNode('v1-stdio.ts')]);
  const { report } = r;
  assert.equal(report.schema, 'mcp-warden/report@1');
  const [t] = report.targets;
  assert.equal(t?.id, 'stdio:1');
  assert.equal(t?.kind, 'stdio');
  assert.equal(t?.coverage.status, 'scanned', JSON.stringify(t?.coverage));
  assert.equal(t?.server?.name, 'fixture-v1');
  assert.equal(t?.server?.transport, 'stdio');
  assert.match(t?.server?.protocolVersion ?? '', /^2025-/);
  // Three tools in pages of two: the cursor walk reached the second page.
  assert.deepEqual(t?.server?.counts, { tools: 3, prompts: 1, resources: 1, resourceTemplates: 1 });
  assert.equal(r.code, report.summary.exitCode);
});

test('passes only the named environment variables to a stdio server', async () => {
  const probe =
    'process.stdout.write(JSON.stringify({jsonrpc:"2.0",id:0,result:{}})+"\\n");' +
    'require("fs").writeFileSync(process.env.OUT_FILE, JSON.stringify(Object.keys(process.env)));' +
    'process.exit(0)';
  const { mkdtempSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const out = join(mkdtempSync(join(tmpdir(), 'mcpw-env-')), 'env.json');
  const r = await scanJson(
    ['--timeout', '2', '--env', 'OUT_FILE', '--stdio', '--', process.execPath, '-e', probe],
    { env: { OUT_FILE: out, SECRET_API_KEY: 'sk-should-not-pass-1234' } },
  );
  const keys = JSON.parse(readFileSync(out, 'utf8')) as string[];
  assert.ok(keys.includes('OUT_FILE'));
  assert.ok(!keys.includes('SECRET_API_KEY'), `leaked: ${keys.join(',')}`);
  assert.equal(r.report.targets[0]?.coverage.status, 'unreachable');
});

test('usage errors exit 2 with a message', async () => {
  const none = await runCli(['scan']);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /nothing to scan/);
  const both = await runCli(['scan', 'http://127.0.0.1:9/mcp', '--stdio', '--', 'node', 'x.js']);
  assert.equal(both.code, 2);
  assert.match(both.stderr, /not both/);
  const badEnv = await runCli(['scan', '--env', 'A=b', '--stdio', '--', 'node']);
  assert.equal(badEnv.code, 2);
  assert.doesNotMatch(badEnv.stderr, /A=b/);
});

test('an unknown command is reported unreachable, not a crash', async () => {
  const r = await scanJson(['--stdio', '--', 'definitely-not-a-command-xyz']);
  const { report } = r;
  assert.equal(report.targets[0]?.coverage.status, 'unreachable');
  assert.match(report.targets[0]?.coverage.reasons.join(' ') ?? '', /ENOENT|spawn/);
  assert.equal(r.code, 2);
});
