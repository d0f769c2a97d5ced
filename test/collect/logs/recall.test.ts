import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { collectLogs } from '../../../src/collect/logs/collect.ts';
import { hashSecret } from './_tokens.ts';

// The shared generator plants fake, format-valid secrets and near-miss decoys in six log shapes
// (nginx, pino JSON, log4j with stack traces, Sentry events, MCP telemetry, syslog) and writes
// the ground truth to a manifest outside the scanned directory.
// CI clones the repo with shared/ beside it; a clone elsewhere can point MCP_WARDEN_SHARED at it.
const GEN = [
  process.env.MCP_WARDEN_SHARED && join(process.env.MCP_WARDEN_SHARED, 'gen-logs.mjs'),
  fileURLToPath(new URL('../../../../shared/gen-logs.mjs', import.meta.url)),
  '/work/shared/gen-logs.mjs',
].find((p): p is string => Boolean(p) && existsSync(p as string));
const dir = mkdtempSync(join(tmpdir(), 'warden-recall-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Manifest {
  secrets: { file: string; line: number; lineEnd: number; type: string; value: string }[];
  decoys: { file: string; line: number; text: string }[];
}

test('recall on the generated corpus is at least 99% and no decoy is flagged', async (t) => {
  if (!GEN) {
    t.skip('shared/gen-logs.mjs not found beside the repo (set MCP_WARDEN_SHARED)');
    return;
  }
  const out = join(dir, 'corpus');
  const manifestPath = join(dir, 'manifest.json');
  const gen = spawnSync(
    process.execPath,
    [
      GEN,
      '--out',
      out,
      '--mb',
      '3',
      '--gzip',
      '0.3',
      '--seed',
      'warden-test',
      '--manifest',
      manifestPath,
    ],
    { encoding: 'utf8' },
  );
  assert.equal(gen.status, 0, gen.stderr);
  const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const scanned = await collectLogs({ paths: [out], workers: 0 });
  const secrets = scanned.facts.logs!.secrets;
  const hashes = new Set(secrets.map((s) => s.hash));
  const at = new Set<string>();
  for (const s of secrets) {
    for (const x of [s.firstSeen, s.lastSeen]) at.add(`${x.file.slice(out.length + 1)}:${x.line}`);
    for (const f of s.files)
      for (const l of f.lines) at.add(`${f.file.slice(out.length + 1)}:${l}`);
  }
  const missed = m.secrets.filter((s) => {
    if (hashes.has(hashSecret(s.value))) return false;
    for (let l = s.line; l <= s.lineEnd; l++) if (at.has(`${s.file}:${l}`)) return false;
    return true;
  });
  const recall = 1 - missed.length / m.secrets.length;
  assert.ok(
    recall >= 0.99,
    `recall ${(recall * 100).toFixed(1)}%: missed ${missed.map((s) => `${s.type}@${s.file}:${s.line}`).join(', ')}`,
  );
  const secretLines = new Set(m.secrets.map((s) => `${s.file}:${s.line}`));
  const flagged = m.decoys.filter((d) => {
    const value = d.text.slice(d.text.indexOf('=') + 1);
    return (
      hashes.has(hashSecret(value)) ||
      (at.has(`${d.file}:${d.line}`) && !secretLines.has(`${d.file}:${d.line}`))
    );
  });
  assert.deepEqual(
    flagged.map((d) => d.text),
    [],
  );
  assert.ok(m.secrets.length > 10);
});
