import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Report } from '../../src/report/report.ts';
import { runCli, scanJson, tsNode } from './_cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'mcpw-e2e-snap-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Findings without the target-dependent parts, for comparing a live scan with its replay. */
function comparable(r: Report) {
  return r.findings
    .map((f) => `${f.rule}|${f.severity}|${f.location.kind}|${f.location.name}|${f.location.field}`)
    .sort();
}

test('--save-snapshot then --snapshot replays the same server offline', async () => {
  const file = join(dir, 'v1.json');
  const live = await scanJson(['--save-snapshot', file, '--stdio', '--', ...tsNode('v1-stdio.ts')]);
  assert.match(live.stderr, /saved 1 server snapshot/);
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(saved.schema, 'mcp-warden/snapshot@1');
  assert.equal(saved.servers[0].name, 'fixture-v1');
  assert.equal(saved.servers[0].transport, 'stdio');

  const replay = await scanJson(['--snapshot', file]);
  const a = live.report;
  const b = replay.report;
  assert.equal(b.targets[0]?.id, 'snapshot:1:fixture-v1');
  assert.equal(b.targets[0]?.coverage.status, 'scanned');
  assert.deepEqual(b.targets[0]?.server?.counts, a.targets[0]?.server?.counts);
  assert.equal(b.targets[0]?.server?.protocolVersion, a.targets[0]?.server?.protocolVersion);
  assert.deepEqual(comparable(b), comparable(a));
  assert.equal(replay.code, live.code);
});

test('a malformed snapshot file is unreachable with the reason, exit 2', async () => {
  const r = await scanJson(['--snapshot', join(dir, 'missing.json')]);
  const { report } = r;
  assert.equal(report.targets[0]?.coverage.status, 'unreachable');
  assert.match(report.targets[0]?.coverage.reasons[0] ?? '', /cannot read snapshot/);
  assert.equal(r.code, 2);
});

test('--format sarif and --format markdown print those formats, not the terminal report', async () => {
  const file = join(dir, 'tools.json');
  writeFileSync(file, JSON.stringify({ tools: [{ name: 'a', description: 'b' }] }));
  const sarif = await runCli(['scan', '--format', 'sarif', '--snapshot', file]);
  assert.equal(JSON.parse(sarif.stdout).version, '2.1.0');
  const md = await runCli(['scan', '--format', 'markdown', '--snapshot', file]);
  assert.match(md.stdout, /^# mcp-warden report/);
});
