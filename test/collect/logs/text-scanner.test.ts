import assert from 'node:assert/strict';
import { test } from 'node:test';
import { engineScan } from '../../../src/collect/logs/engine.ts';
import { TextScanner } from '../../../src/collect/logs/text-scanner.ts';
import { filler, ghp, hashSecret, pemKey } from './_tokens.ts';

function scanChunks(chunks: string[], opts: { blockChars?: number; overlapChars?: number } = {}) {
  const s = new TextScanner({ scan: engineScan, mtimeMs: 0, ...opts });
  for (const c of chunks) s.push(c);
  return s.end();
}

function chunked(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

test('a secret straddling any block boundary is found exactly once, on the right line', () => {
  const token = ghp('straddle');
  const block = 4096;
  // Slide the token across several block boundaries, one position class at a time.
  for (let k = block - 200; k < 3 * block + 200; k += 37) {
    const head = `${filler(k)}\n`;
    const text = `line one\n${head}GITHUB_TOKEN=${token} end\n${filler(3000)}\nlast`;
    const r = scanChunks(chunked(text, 1000 + (k % 700)), {
      blockChars: block,
      overlapChars: 1024,
    });
    assert.equal(r.secrets.length, 1, `offset ${k}`);
    assert.equal(r.secrets[0]!.count, 1, `offset ${k}: counted once`);
    assert.equal(r.secrets[0]!.hash, hashSecret(token));
    assert.equal(r.secrets[0]!.first.line, 3, `offset ${k}`);
    assert.equal(r.lines, 5);
  }
});

test('a multi-line PEM key crossing a block boundary is found once', () => {
  const key = pemKey('crossing');
  for (const pad of [2500, 3000, 3500, 4000]) {
    const text = `${filler(pad)}\nTLS_KEY=${key}\n${filler(2000)}\n`;
    const r = scanChunks(chunked(text, 777), { blockChars: 4096, overlapChars: 4096 });
    const pems = r.secrets.filter((s) => s.family.includes('key') || s.rule.includes('private'));
    assert.equal(pems.length, 1, `pad ${pad}: ${JSON.stringify(r.secrets.map((s) => s.rule))}`);
    assert.equal(pems[0]!.count, 1);
    assert.equal(pems[0]!.first.line, 2);
  }
});

test('a line of several megabytes is scanned whole, secrets anywhere in it', () => {
  const tokens = ['a', 'b', 'c', 'd'].map((s) => ghp(`long-${s}`));
  const oneMiB = 1 << 20;
  // A 5 MiB line spans ~20 default blocks (256 Ki chars): each is cut mid-line.
  const positions = [10, oneMiB - 20, 2 * oneMiB - 8, 5 * oneMiB - 100];
  let line = '';
  let at = 0;
  positions.forEach((p, i) => {
    line += `${filler(p - at - 1)} ${tokens[i]} `;
    at = p + tokens[i]!.length + 1;
  });
  line += filler(100);
  const text = `first line\n${line}\nthird line\n`;
  const r = scanChunks(chunked(text, 64 * 1024));
  assert.equal(r.lines, 3);
  assert.deepEqual(r.secrets.map((s) => s.hash).sort(), tokens.map(hashSecret).sort());
  for (const s of r.secrets) {
    assert.equal(s.count, 1);
    assert.equal(s.first.line, 2);
  }
});

test('the same secret on many lines is one entry with a count and first and last line', () => {
  const token = ghp('repeat');
  const lines = Array.from({ length: 50 }, (_, i) =>
    i % 10 === 3 ? `req ${i} Authorization: token ${token}` : `req ${i} ok`,
  );
  const r = scanChunks([lines.join('\n')]);
  assert.equal(r.secrets.length, 1);
  assert.equal(r.secrets[0]!.count, 5);
  assert.equal(r.secrets[0]!.first.line, 4);
  assert.equal(r.secrets[0]!.last.line, 44);
  assert.equal(r.matches, 5);
});

test('colour escape sequences around a value are removed, raw or JSON-escaped, even across chunks', () => {
  const token = ghp('ansi');
  const esc = '\x1b';
  const text = [
    `${esc}[32mINFO${esc}[39m token=${esc}[1m${token}${esc}[0m`,
    JSON.stringify({
      log: `${esc}[33mwarn${esc}[39m: token=${esc}[1m${token}${esc}[22m\n`,
      stream: 'stdout',
    }),
    'plain line',
  ].join('\n');
  for (const size of [3, 7, 1000]) {
    const r = scanChunks(chunked(text, size));
    assert.equal(r.secrets.length, 1, `chunk size ${size}`);
    assert.equal(r.secrets[0]!.hash, hashSecret(token));
    assert.equal(r.secrets[0]!.count, 2, `chunk size ${size}`);
    assert.equal(r.secrets[0]!.last.line, 2);
    assert.equal(r.lines, 3);
  }
});

test('a token cut by a CRI partial-record split (Kubernetes node logs) is found on the first piece', () => {
  const token = ghp('cri-split');
  const cut = 17;
  const long = `${filler(16_000)} Authorization: token ${token.slice(0, cut)}`;
  const text = [
    '2026-10-10T10:00:00.000000001Z stdout F starting',
    `2026-10-10T10:00:01.000000001Z stdout P ${long}`,
    `2026-10-10T10:00:01.000000002Z stdout F ${token.slice(cut)} rest of the line`,
    '2026-10-10T10:00:02.000000001Z stdout F done',
  ].join('\n');
  const r = scanChunks(chunked(text, 5000));
  assert.equal(r.secrets.length, 1, JSON.stringify(r.secrets.map((s) => s.rule)));
  assert.equal(r.secrets[0]!.hash, hashSecret(token));
  assert.equal(r.secrets[0]!.first.line, 2);
  assert.equal(r.secrets[0]!.first.ts, '2026-10-10T10:00:01.000Z');
  assert.equal(r.lines, 4);
});

test("a token cut by Docker json-file's 16 KiB split is found on the first piece", () => {
  const token = ghp('docker-split');
  const cut = 9;
  const t = '2026-10-10T10:00:01.000000001Z';
  const text = [
    JSON.stringify({
      log: `${filler(16_000)} token=${token.slice(0, cut)}`,
      stream: 'stdout',
      time: t,
    }),
    JSON.stringify({ log: `${token.slice(cut)} end\n`, stream: 'stdout', time: t }),
    JSON.stringify({ log: 'next line\n', stream: 'stdout', time: t }),
  ].join('\n');
  const r = scanChunks(chunked(text, 3000));
  assert.equal(r.secrets.length, 1, JSON.stringify(r.secrets.map((s) => s.rule)));
  assert.equal(r.secrets[0]!.hash, hashSecret(token));
  assert.equal(r.secrets[0]!.first.line, 1);
});

test('complete container records are not joined', () => {
  const a = ghp('cri-a');
  const text = [
    `2026-10-10T10:00:01.000000001Z stdout F token ${a}`,
    `2026-10-10T10:00:01.000000002Z stdout F token ${a}`,
  ].join('\n');
  const r = scanChunks([text]);
  assert.equal(r.secrets.length, 1);
  assert.equal(r.secrets[0]!.count, 2);
});
