import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { engineScan } from '../../../src/collect/logs/engine.ts';
import { scanPart, scanStream, u8 } from '../../../src/collect/logs/read-part.ts';
import { ghp, hashSecret, pemKey, slackWebhook } from './_tokens.ts';

const dir = mkdtempSync(join(tmpdir(), 'warden-logs-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, data: string | Buffer, mtime?: Date): string {
  const p = join(dir, name);
  writeFileSync(p, typeof data === 'string' ? data : u8(data));
  if (mtime) utimesSync(p, mtime, mtime);
  return p;
}

const at = (iso: string) => Date.parse(iso);

test('gzip is detected by its magic bytes, whatever the extension says', async () => {
  const token = ghp('gz');
  const text = `2026-10-10T10:00:00Z start\n2026-10-10T10:00:01Z GITHUB_TOKEN=${token}\n`;
  const disguised = file('app.log', gzipSync(text));
  const r = await scanPart({ file: disguised, mtimeMs: 0 }, engineScan);
  assert.equal(r.gzip, true);
  assert.equal(r.secrets[0]?.hash, hashSecret(token));
  assert.equal(r.secrets[0]?.first.line, 2);
  assert.equal(r.format, 'iso8601');
  // And a plain file named .gz is read as plain text.
  const plain = file('plain.gz', text);
  const p = await scanPart({ file: plain, mtimeMs: 0 }, engineScan);
  assert.equal(p.gzip, false);
  assert.equal(p.secrets[0]?.hash, hashSecret(token));
});

test('a truncated gzip file (rotation in progress) is partial, its readable part still scanned', async () => {
  const token = ghp('truncated-gz');
  const lines = [`2026-10-10T10:00:00Z token ${token} x`];
  for (let i = 0; i < 5000; i++) lines.push(`2026-10-10T10:00:01Z line ${i} ${'x'.repeat(i % 50)}`);
  const gz = gzipSync(lines.join('\n'));
  const cut = file('rotating.log.gz', gz.subarray(0, gz.length - 200));
  const r = await scanPart({ file: cut, mtimeMs: 0 }, engineScan);
  assert.equal(r.problem?.status, 'partial');
  assert.match(r.problem?.reason ?? '', /read failed/);
  assert.equal(r.secrets[0]?.hash, hashSecret(token));
});

test('a gzip member that expands beyond the ratio limit stops as partial (zip bomb guard)', async () => {
  const bomb = file('bomb.log.gz', gzipSync('all work and no play '.repeat(200_000)));
  const r = await scanPart(
    { file: bomb, mtimeMs: 0, gzipLimits: { ratio: 50, floorBytes: 100_000 } },
    engineScan,
  );
  assert.equal(r.problem?.status, 'partial');
  assert.match(r.problem?.reason ?? '', /zip bomb/);
  const ok = await scanPart({ file: bomb, mtimeMs: 0 }, engineScan);
  assert.equal(ok.problem, undefined);
  assert.equal(ok.bytesDecoded, 4_200_000);
});

test('a JSON-escaped private key in a JSON line is found', async () => {
  const key = pemKey('json-escaped');
  const line = JSON.stringify({ ts: '2026-10-10T10:00:00Z', result: { text: `KEY=${key}\n` } });
  const r = await scanPart({ file: file('mcp.jsonl', `${line}\n`), mtimeMs: 0 }, engineScan);
  const rules = r.secrets.map((s) => s.rule);
  assert.ok(
    rules.some((x) => /private|pem|key/.test(x)),
    rules.join(','),
  );
  assert.equal(r.format, 'json-field');
});

test('a URL-encoded secret in a query string is found', async () => {
  const hook = slackWebhook('urlenc');
  const line = `203.0.113.9 - - [10/Oct/2026:13:55:36 +0000] "GET /cb?next=${encodeURIComponent(hook)} HTTP/1.1" 302 0 "-" "curl/8"`;
  const r = await scanPart({ file: file('access.log', `${line}\n`), mtimeMs: 0 }, engineScan);
  assert.equal(r.secrets.length, 1, JSON.stringify(r.secrets.map((s) => s.rule)));
  assert.equal(r.secrets[0]!.rule, 'slack-webhook-url');
  assert.equal(r.format, 'common-log');
});

test('CRLF line ends and a UTF-8 BOM do not shift lines or change the secret', async () => {
  const token = ghp('crlf');
  const text = `\ufeffline one\r\nline two\r\nAuthorization: token ${token}\r\nline four\r\n`;
  const r = await scanPart({ file: file('crlf.log', text), mtimeMs: 0 }, engineScan);
  assert.equal(r.lines, 4);
  assert.equal(r.secrets[0]?.hash, hashSecret(token));
  assert.equal(r.secrets[0]?.first.line, 3);
});

test('UTF-16LE files (Windows tools) are decoded by their BOM', async () => {
  const token = ghp('utf16');
  const buf = Buffer.concat([
    u8(Buffer.from([0xff, 0xfe])),
    u8(Buffer.from(`first\r\nGITHUB_TOKEN=${token}\r\n`, 'utf16le')),
  ]);
  const r = await scanPart({ file: file('win.log', buf), mtimeMs: 0 }, engineScan);
  assert.equal(r.encoding, 'utf16le');
  assert.equal(r.secrets[0]?.hash, hashSecret(token));
  assert.equal(r.secrets[0]?.first.line, 2);
});

test('zstd, xz, bzip2 and zip files are named as not read, by their magic bytes', async () => {
  const zst = file('rollout.jsonl', Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x20, 0x10, 0x00]));
  const r = await scanPart({ file: zst, mtimeMs: 0 }, engineScan);
  assert.equal(r.problem?.status, 'unreadable');
  assert.match(r.problem?.reason ?? '', /zstd-compressed/);
});

test('UTF-16LE without a BOM is recognised by its NUL pattern', async () => {
  const token = ghp('utf16-nobom');
  const buf = Buffer.from(`first line\r\nGITHUB_TOKEN=${token}\r\n`, 'utf16le');
  const r = await scanPart({ file: file('nobom.log', buf), mtimeMs: 0 }, engineScan);
  assert.equal(r.encoding, 'utf16le');
  assert.equal(r.secrets[0]?.hash, hashSecret(token));
});

test('a NUL-filled hole left by copytruncate rotation does not make a log binary', async () => {
  const token = ghp('hole');
  const buf = Buffer.concat([
    u8(Buffer.alloc(10_000)),
    u8(Buffer.from(`2026-10-10T10:00:00Z after rotation token=${token} x\n`)),
  ]);
  const r = await scanPart({ file: file('hole.log', buf), mtimeMs: 0 }, engineScan);
  assert.equal(r.problem, undefined);
  assert.equal(r.secrets[0]?.hash, hashSecret(token));
  assert.equal(r.secrets[0]?.first.tsSource, 'line');
});

test('binary files are skipped with a reason', async () => {
  const r = await scanPart(
    { file: file('blob.bin', Buffer.from([0, 1, 2, 0, 0, 9])), mtimeMs: 0 },
    engineScan,
  );
  assert.equal(r.problem?.status, 'skipped');
  assert.match(r.problem?.reason ?? '', /binary/);
});

test('stdin is scanned as a stream', async () => {
  const token = ghp('stdin');
  const stream = Readable.from([Buffer.from('a line\nGITHUB_'), Buffer.from(`TOKEN=${token}\n`)]);
  const r = await scanStream(stream, { file: '-', mtimeMs: 0 }, engineScan);
  assert.equal(r.secrets[0]?.hash, hashSecret(token));
  assert.equal(r.secrets[0]?.first.line, 2);
});

// One file per timestamp format: an old line and a new line, each with its own secret. With
// --since between them only the new secret counts; the old one is counted outside the window.
const FORMATS: { name: string; old: string; new: string; mtime?: string }[] = [
  { name: 'iso.log', old: '2026-09-01T10:00:00Z', new: '2026-10-05T10:00:00+02:00' },
  { name: 'log4j.log', old: '2026-09-01 10:00:00,123 INFO', new: '2026-10-05 10:00:00,123 INFO' },
  {
    name: 'epoch.log',
    old: String(at('2026-09-01T00:00:00Z') / 1000),
    new: String(at('2026-10-05T00:00:00Z') / 1000),
  },
  {
    name: 'k8s.log',
    old: '2026-09-01T10:00:00.123456789Z stdout F',
    new: '2026-10-05T10:00:00.123456789Z stdout F',
  },
  {
    name: 'clf.log',
    old: '10.0.0.1 - - [01/Sep/2026:10:00:00 +0000] "GET /',
    new: '10.0.0.1 - - [05/Oct/2026:10:00:00 +0000] "GET /',
  },
  {
    name: 'syslog.log',
    old: 'Sep  1 10:00:00 web-1 app[1]:',
    new: 'Oct  5 10:00:00 web-1 app[1]:',
    mtime: '2026-10-06T00:00:00Z',
  },
];

for (const f of FORMATS) {
  test(`--since keeps only lines in the window (${f.name})`, async () => {
    const oldTok = ghp(`${f.name}-old`);
    const newTok = ghp(`${f.name}-new`);
    const text = `${f.old} token ${oldTok} x\n${f.new} token ${newTok} x\n`;
    const mtime = f.mtime ? new Date(f.mtime) : undefined;
    const p = file(f.name, text, mtime);
    const r = await scanPart(
      { file: p, mtimeMs: mtime?.getTime() ?? 0, window: { sinceMs: at('2026-10-01T00:00:00Z') } },
      engineScan,
    );
    assert.deepEqual(
      r.secrets.map((s) => s.hash),
      [hashSecret(newTok)],
      f.name,
    );
    assert.equal(r.outsideWindow, 1);
    assert.equal(r.secrets[0]!.first.tsSource, 'line');
  });
}

test('JSON lines: --since reads the time field (epoch ms, seconds and ISO strings)', async () => {
  const oldTok = ghp('json-old');
  const newTok = ghp('json-new');
  const lines = [
    JSON.stringify({ time: at('2026-09-01T00:00:00Z'), msg: `token ${oldTok}` }),
    JSON.stringify({ timestamp: at('2026-10-05T00:00:00Z') / 1000, msg: `token ${newTok}` }),
    JSON.stringify({ '@timestamp': '2026-10-06T00:00:00Z', msg: 'nothing' }),
  ];
  const r = await scanPart(
    {
      file: file('app.jsonl', `${lines.join('\n')}\n`),
      mtimeMs: 0,
      window: { sinceMs: at('2026-10-01T00:00:00Z') },
    },
    engineScan,
  );
  assert.deepEqual(
    r.secrets.map((s) => s.hash),
    [hashSecret(newTok)],
  );
  assert.equal(r.format, 'json-field');
});

test('a stack trace line inherits the timestamp of the line that opened it', async () => {
  const token = ghp('stack');
  const text = [
    '2026-10-05 10:00:00,001 ERROR [main] com.acme.Job - call failed',
    'java.lang.IllegalStateException: bad credentials',
    `\tat com.acme.Http.call(Http.java:42) token=${token}`,
    '2026-09-01 10:00:00,001 INFO [main] com.acme.Job - unrelated older line',
  ].join('\n');
  const p = file('stack.log', text);
  const inWin = await scanPart(
    { file: p, mtimeMs: 0, window: { sinceMs: at('2026-10-01T00:00:00Z') } },
    engineScan,
  );
  assert.equal(inWin.secrets.length, 1);
  assert.equal(inWin.secrets[0]!.first.tsSource, 'inherited');
  assert.equal(inWin.secrets[0]!.first.ts, '2026-10-05T10:00:00.001Z');
  const outWin = await scanPart(
    { file: p, mtimeMs: 0, window: { untilMs: at('2026-10-01T00:00:00Z') } },
    engineScan,
  );
  assert.equal(outWin.secrets.length, 0);
  assert.equal(outWin.outsideWindow, 1);
});

test('syslog infers the year from mtime across a December to January rollover', async () => {
  const decTok = ghp('dec');
  const janTok = ghp('jan');
  const text = `Dec 31 23:59:50 web-1 cron[1]: token ${decTok} x\nJan  1 00:00:10 web-1 cron[1]: token ${janTok} x\n`;
  const mtime = new Date('2027-01-01T06:00:00Z');
  const p = file('syslog', text, mtime);
  const r = await scanPart(
    { file: p, mtimeMs: mtime.getTime(), window: { sinceMs: at('2026-12-31T00:00:00Z') } },
    engineScan,
  );
  const byHash = new Map(r.secrets.map((s) => [s.hash, s]));
  assert.equal(byHash.get(hashSecret(decTok))?.first.ts, '2026-12-31T23:59:50.000Z');
  assert.equal(byHash.get(hashSecret(janTok))?.first.ts, '2027-01-01T00:00:10.000Z');
});

test('a line without any timestamp in the file falls back to the file mtime', async () => {
  const token = ghp('mtime');
  const mtime = new Date('2026-10-05T00:00:00Z');
  const p = file('plain.txt', `no time here ${token} x\n`, mtime);
  const r = await scanPart({ file: p, mtimeMs: mtime.getTime() }, engineScan);
  assert.equal(r.secrets[0]?.first.tsSource, 'mtime');
  assert.equal(r.format, 'none');
});

test('a plain file read in many chunks (one refilled buffer) keeps multi-byte characters and every secret', async () => {
  // 3-byte characters fall on every 64 KiB chunk boundary at some point: a cut character must
  // survive the buffer being refilled with the next chunk.
  const tokens = Array.from({ length: 6 }, (_, i) => ghp(`chunks-${i}`));
  const lines: string[] = [];
  for (let i = 0; i < 12_000; i++) {
    const t = i % 2000 === 1999 ? ` token=${tokens[(i - 1999) / 2000]}` : '';
    lines.push(`2026-10-10T10:00:00Z line ${i} ${'€'.repeat(i % 7)} café${t}`);
  }
  const text = `${lines.join('\n')}\n`;
  const p = file('chunks.log', text);
  const r = await scanPart({ file: p, mtimeMs: 0 }, engineScan);
  assert.ok(Buffer.byteLength(text) > 8 * 64 * 1024);
  assert.equal(r.lines, 12_000);
  assert.equal(r.chars, text.length);
  assert.deepEqual(
    r.secrets.map((s) => [s.hash, s.first.line]),
    tokens.map((t, k) => [hashSecret(t), 2000 * k + 2000]),
  );
});
