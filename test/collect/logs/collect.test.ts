import assert from 'node:assert/strict';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { collectLogs } from '../../../src/collect/logs/collect.ts';
import type { LogFacts } from '../../../src/collect/logs/facts.ts';
import { u8 } from '../../../src/collect/logs/read-part.ts';
import { filler, ghp, hashSecret } from './_tokens.ts';

const root = mkdtempSync(join(tmpdir(), 'warden-collect-'));
after(() => rmSync(root, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string | Buffer>): string {
  const base = join(root, name);
  for (const [rel, data] of Object.entries(files)) {
    const p = join(base, rel);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, typeof data === 'string' ? data : u8(data));
  }
  return base;
}

const facts = (t: Awaited<ReturnType<typeof collectLogs>>): LogFacts => t.facts.logs!;

test('directories, globs and files: one entry per distinct secret with counts and files', async () => {
  const a = ghp('shared');
  const b = ghp('single');
  const base = tree('mixed', {
    'app/api.log': `2026-10-01T00:00:00Z x token ${a} y\n2026-10-02T00:00:00Z token ${a} y\n`,
    'app/old/api.log.1': gzipSync(`2026-09-01T00:00:00Z token ${a} y\n`),
    'nginx/access.log': `2026-10-03T00:00:00Z ok\n2026-10-03T00:00:01Z token ${b} y\n`,
    'nginx/image.png': 'not scanned',
  });
  const t = await collectLogs({ paths: [join(base, 'app'), `${base}/nginx/*.log`], workers: 0 });
  const f = facts(t);
  assert.equal(t.collection.status, 'scanned');
  assert.equal(f.files.length, 3);
  assert.equal(f.secrets.length, 2);
  const sa = f.secrets.find((s) => s.hash === hashSecret(a))!;
  assert.equal(sa.count, 3);
  assert.equal(sa.filesTotal, 2);
  assert.equal(sa.firstSeen.ts, '2026-09-01T00:00:00.000Z');
  assert.match(sa.firstSeen.file, /api\.log\.1$/);
  assert.equal(sa.lastSeen.ts, '2026-10-02T00:00:00.000Z');
  assert.equal(sa.lastSeen.line, 2);
  const apiLog = sa.files.find((x) => x.file.endsWith('/app/api.log'))!;
  assert.deepEqual(apiLog.lines, [1, 2]);
  assert.equal(apiLog.count, 2);
  const sb = f.secrets.find((s) => s.hash === hashSecret(b))!;
  assert.equal(sb.count, 1);
  assert.equal(sb.firstSeen.line, 2);
});

test('unreadable and missing inputs are in coverage, and make the target partial', async () => {
  const base = tree('broken', {
    'ok.log': `token ${ghp('ok')} y\n`,
    'rollout-1.jsonl.zst': 'zstd frames',
  });
  symlinkSync(join(base, 'nowhere.log'), join(base, 'dangling.log'));
  const t = await collectLogs({
    paths: [base, join(root, 'does-not-exist.log'), `${root}/nothing-here/*.log`],
    workers: 0,
  });
  const f = facts(t);
  assert.equal(t.collection.status, 'partial');
  const bad = f.files.filter((x) => x.status === 'unreadable');
  assert.ok(bad.some((x) => x.file.endsWith('dangling.log') && /broken symlink/.test(x.reason!)));
  assert.ok(bad.some((x) => x.file.endsWith('does-not-exist.log') && x.reason === 'not found'));
  assert.ok(bad.some((x) => /no such directory/.test(x.reason!)));
  assert.ok(bad.some((x) => x.file.endsWith('.zst') && /zst is not read/.test(x.reason!)));
  assert.ok(t.collection.reasons.some((r) => r.includes('does-not-exist.log')));
  assert.equal(f.secrets.length, 1);
});

test('a file last modified before --since is skipped without reading it', async () => {
  const base = tree('old', { 'old.log': `2026-01-01T00:00:00Z token ${ghp('old')} y\n` });
  const old = new Date('2026-01-02T00:00:00Z');
  utimesSync(join(base, 'old.log'), old, old);
  const t = await collectLogs({
    paths: [base],
    window: { sinceMs: Date.parse('2026-10-01T00:00:00Z') },
    workers: 0,
  });
  const f = facts(t);
  assert.equal(f.files[0]!.status, 'skipped');
  assert.match(f.files[0]!.reason!, /before --since/);
  assert.equal(f.secrets.length, 0);
  assert.equal(t.collection.status, 'scanned');
});

test('a copied log (fresh mtime) whose first and last lines predate --since is skipped', async () => {
  const lines = (day: string, n: number) =>
    Array.from(
      { length: n },
      (_, i) => `2026-${day}T00:00:${String(i % 60).padStart(2, '0')}Z line ${i} ${filler(60)}`,
    );
  const oldTok = ghp('ends-old');
  const newTok = ghp('ends-new');
  const base = tree('ends', {
    'old.log': [
      ...lines('09-01', 3000),
      `2026-09-02T00:00:00Z token ${oldTok} y`,
      ...lines('09-03', 10),
    ].join('\n'),
    'new.log': [...lines('09-01', 3000), `2026-10-05T00:00:00Z token ${newTok} y`].join('\n'),
  });
  const t = await collectLogs({
    paths: [base],
    window: { sinceMs: Date.parse('2026-10-01T00:00:00Z') },
    workers: 0,
  });
  const f = facts(t);
  const old = f.files.find((x) => x.file.endsWith('old.log'))!;
  assert.equal(old.status, 'skipped');
  assert.match(old.reason!, /before --since/);
  assert.deepEqual(
    f.secrets.map((x) => x.hash),
    [hashSecret(newTok)],
  );
  assert.equal(f.files.find((x) => x.file.endsWith('new.log'))!.outsideWindow, 0);
  assert.equal(t.collection.status, 'scanned');
});

test('--state skips unchanged files, resumes appended ones and remembers reported secrets', async () => {
  const a = ghp('state-a');
  const b = ghp('state-b');
  const base = tree('state', {
    'app.log': `2026-10-01T00:00:00Z token ${a} y\n2026-10-01T00:00:01Z ok\n`,
    'other.log': '2026-10-01T00:00:00Z nothing\n',
  });
  const statePath = join(root, 'state.json');
  const run = () => collectLogs({ paths: [base], statePath, workers: 0 });

  const first = facts(await run());
  assert.equal(first.secrets.length, 1);
  const saved = readFileSync(statePath, 'utf8');
  assert.ok(saved.includes(hashSecret(a)), 'the state keeps the hash');
  assert.ok(!saved.includes(a), 'the state never holds the value');
  assert.equal(first.secrets[0]!.previouslyReportedAt, undefined);

  const second = await run();
  const f2 = facts(second);
  assert.ok(f2.files.every((x) => x.status === 'skipped' && /--state/.test(x.reason!)));
  assert.equal(second.collection.status, 'scanned');
  // The secret still stands (carried over), marked as already reported.
  assert.equal(f2.secrets.length, 1);
  assert.equal(f2.secrets[0]!.fromState, true);
  assert.ok(f2.secrets[0]!.previouslyReportedAt);

  appendFileSync(join(base, 'app.log'), `2026-10-02T00:00:00Z token ${b} y\n`);
  const third = facts(await run());
  const app = third.files.find((x) => x.file.endsWith('app.log'))!;
  assert.ok(app.startOffset! > 0, 'resumed from the stored offset');
  const sb = third.secrets.find((s) => s.hash === hashSecret(b))!;
  assert.equal(sb.firstSeen.line, 3, 'line numbers continue after the resume point');
  assert.equal(sb.previouslyReportedAt, undefined);
  assert.ok(third.secrets.find((s) => s.hash === hashSecret(a))?.fromState);

  const onlyNew = facts(await collectLogs({ paths: [base], statePath, newOnly: true, workers: 0 }));
  assert.equal(onlyNew.secrets.length, 0);

  // Rotation: new content under the same name is read again from the start.
  writeFileSync(join(base, 'app.log'), `2026-10-03T00:00:00Z rotated ${ghp('state-c')} y\n`);
  const fourth = facts(await run());
  const rotated = fourth.files.find((x) => x.file.endsWith('app.log'))!;
  assert.equal(rotated.status, 'scanned');
  assert.equal(rotated.startOffset, undefined);
  assert.ok(fourth.secrets.some((s) => s.hash === hashSecret(ghp('state-c'))));
});

test('stdin (-) is scanned alongside files', async () => {
  const token = ghp('stdin-collect');
  const input = `one\ntoken ${token} y\n`;
  const t = await collectLogs({ paths: ['-'], stdin: Readable.from([input]), workers: 0 });
  const f = facts(t);
  assert.equal(f.secrets[0]?.hash, hashSecret(token));
  assert.equal(f.secrets[0]?.firstSeen.file, '(stdin)');
  assert.equal(f.secrets[0]?.firstSeen.line, 2);
  const cov = f.files.find((x) => x.file === '-');
  assert.equal(cov?.status, 'scanned');
  assert.equal(cov?.lines, 2);
  assert.equal(cov?.matches, 1);
  assert.equal(cov?.bytesScanned, Buffer.byteLength(input));
  assert.equal(cov?.gzip, false);
});

test('large files split into byte ranges give the same result, on worker threads too', async () => {
  const tokens = Array.from({ length: 12 }, (_, i) => ghp(`split-${i}`));
  const lines: string[] = [];
  for (let i = 0; i < 6000; i++) {
    const tok = i % 500 === 7 ? ` token ${tokens[(i - 7) / 500]} y` : '';
    lines.push(
      `2026-10-01T00:00:${String(i % 60).padStart(2, '0')}Z line ${i} ${filler(40)}${tok}`,
    );
  }
  const base = tree('split', { 'big.log': `${lines.join('\n')}\n` });
  const whole = facts(await collectLogs({ paths: [base], workers: 0 }));
  const split = facts(await collectLogs({ paths: [base], workers: 0, splitBytes: 50_000 }));
  const pooled = facts(
    await collectLogs({ paths: [base], workers: 2, workerThresholdBytes: 0, splitBytes: 50_000 }),
  );
  const view = (f: LogFacts) =>
    f.secrets.map((s) => `${s.hash}:${s.count}:${s.firstSeen.line}`).sort();
  assert.equal(whole.secrets.length, tokens.length);
  assert.deepEqual(view(split), view(whole));
  assert.deepEqual(view(pooled), view(whole));
  assert.equal(split.totals.lines, 6000);
  assert.equal(pooled.totals.lines, 6000);
});

test('with no path, the well-known client locations under --home are scanned and listed', async () => {
  const home = join(root, 'home');
  const token = ghp('transcript');
  mkdirSync(join(home, '.claude', 'projects', '-work-app'), { recursive: true });
  writeFileSync(
    join(home, '.claude', 'projects', '-work-app', 's1.jsonl'),
    `${JSON.stringify({ timestamp: '2026-10-01T00:00:00Z', toolUseResult: { stdout: `GITHUB_TOKEN=${token}` } })}\n`,
  );
  mkdirSync(join(home, '.config', 'Claude', 'logs'), { recursive: true });
  writeFileSync(join(home, '.config', 'Claude', 'logs', 'mcp.log'), '2026-10-01T00:00:00Z ok\n');
  const t = await collectLogs({ paths: [], home, platform: 'linux', workers: 0 });
  const f = facts(t);
  const found = f.locations!.filter((l) => l.found).map((l) => l.client);
  assert.deepEqual(found.sort(), ['Claude Code', 'Claude Desktop']);
  assert.ok(f.locations!.some((l) => l.client === 'Goose' && !l.found));
  assert.equal(f.secrets.length, 1);
  assert.deepEqual(f.secrets[0]!.sources, ['assistant-history']);
  assert.ok(t.collection.reasons.some((r) => r.includes('well-known locations found')));
});
