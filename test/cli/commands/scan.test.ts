import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import {
  buildScanPlan,
  parseHeaders,
  passThroughEnv,
  readBearerEnv,
  readTargetsFile,
  type ScanCliOptions,
} from '../../../src/cli/commands/scan.ts';
import { UsageError } from '../../../src/cli/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'mcpw-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const SECRET = ['hdr', 'secret', '991'].join('-');

const opts = (o: Partial<ScanCliOptions> = {}): ScanCliOptions => ({
  format: 'terminal',
  failOn: 'high',
  env: [],
  header: [],
  transport: 'auto',
  snapshot: [],
  concurrency: '4',
  endpointProbes: true,
  ...o,
});

test('parses headers and never echoes a value in an error', () => {
  assert.deepEqual(parseHeaders(['X-Api-Key: abc', 'Authorization:Bearer t']), {
    'X-Api-Key': 'abc',
    Authorization: 'Bearer t',
  });
  for (const bad of [`no colon ${SECRET}`, `: ${SECRET}`, `Bad Name: ${SECRET}`]) {
    assert.throws(
      () => parseHeaders([bad]),
      (e: Error) => e instanceof UsageError && !e.message.includes(SECRET),
    );
  }
});

test('bearer and env pass-through take names, not values', () => {
  assert.equal(readBearerEnv('TOK', { TOK: 'v' }), 'v');
  assert.throws(() => readBearerEnv('TOK', {}), /not set/);
  assert.throws(
    () => readBearerEnv(`sk-${SECRET}`, {}),
    (e: Error) => !e.message.includes(SECRET),
  );
  assert.deepEqual(passThroughEnv(['A'], { A: '1', B: '2' }), { A: '1' });
  assert.throws(
    () => passThroughEnv([`A=${SECRET}`], {}),
    (e: Error) => !e.message.includes(SECRET),
  );
});

test('reads line and JSON targets files', () => {
  const lines = join(dir, 't.txt');
  writeFileSync(lines, '# c\nhttps://a.example/mcp\n\n http://b.example/sse # legacy\n');
  assert.deepEqual(
    readTargetsFile(lines, { transport: 'auto' }).map((t) => t.url),
    ['https://a.example/mcp', 'http://b.example/sse'],
  );
  const json = join(dir, 't.json');
  writeFileSync(
    json,
    JSON.stringify([{ url: 'https://c.example/mcp', headers: { 'X-K': 'v' }, transport: 'sse' }]),
  );
  const [t] = readTargetsFile(json, { transport: 'auto' });
  assert.deepEqual(t?.headers, { 'X-K': 'v' });
  assert.equal(t?.transport, 'sse');
  writeFileSync(lines, 'ftp://nope\n');
  assert.throws(() => readTargetsFile(lines, {}), /line 1: not an http\(s\) URL/);
});

test('builds a plan and refuses unclear command lines', () => {
  const plan = buildScanPlan(['node', 's.js'], opts({ stdio: true, timeout: '2' }));
  assert.deepEqual(plan.targets, [{ kind: 'stdio', command: 'node', args: ['s.js'] }]);
  assert.equal(plan.limits.requestTimeoutMs, 2000);
  assert.throws(() => buildScanPlan([], opts()), /nothing to scan/);
  assert.throws(() => buildScanPlan(['https://x.example', 'y'], opts()), /one URL/);
  assert.throws(() => buildScanPlan([], opts({ stdio: true })), /needs the server command/);
  assert.throws(() => buildScanPlan(['https://x.example/mcp'], opts({ env: ['A'] })), /--stdio/);
  assert.throws(
    () => buildScanPlan(['https://x.example'], opts({ concurrency: '0' })),
    /concurrency/,
  );
  assert.throws(() => buildScanPlan(['https://x.example'], opts({ timeout: 'soon' })), /seconds/);
});
