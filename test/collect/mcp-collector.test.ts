import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SdkErrorCode, SdkHttpError } from '@modelcontextprotocol/client';
import { collectTarget } from '../../src/collect/index.ts';
import { httpHeaders, looksSseOnly } from '../../src/collect/mcp/transports.ts';
import { DEFAULT_LIMITS, type TargetSpec } from '../../src/collect/spec.ts';
import { livingMatches } from '../e2e/_cli.ts';

const hostile = fileURLToPath(new URL('../fixtures/servers/hostile-stdio.ts', import.meta.url));
// A marker argument unique to this test file: test files run in parallel, and another file's
// hostile servers must not count as our survivors.
const MARK = `mcpw-unit-${process.pid}`;
const stdio = (mode: string): TargetSpec => ({
  kind: 'stdio',
  command: process.execPath,
  args: ['--import', 'tsx', hostile, mode, MARK],
});

function survivors(mode: string): number[] {
  return livingMatches(`${hostile} ${mode} ${MARK}`);
}

test('an abort during connect stops the collection and kills the server', async () => {
  const ctl = new AbortController();
  const started = collectTarget(stdio('silent'), 0, { limits: DEFAULT_LIMITS, signal: ctl.signal });
  setTimeout(() => ctl.abort(), 1_500);
  const [t] = await started;
  assert.equal(t?.collection.status, 'unreachable');
  assert.match(t?.collection.reasons.join(' ') ?? '', /budget|abort|closed/i);
  assert.deepEqual(survivors('silent'), []);
});

test('an abort before the handshake starts leaves no process behind either', async () => {
  for (const delay of [0, 100, 400]) {
    const ctl = new AbortController();
    const started = collectTarget(stdio('silent'), 0, {
      limits: DEFAULT_LIMITS,
      signal: ctl.signal,
    });
    setTimeout(() => ctl.abort(), delay);
    const [t] = await started;
    assert.equal(t?.collection.status, 'unreachable');
    assert.deepEqual(survivors('silent'), [], `abort after ${delay} ms`);
  }
});

test('a stdout flood beyond the total budget is cut and reported', async () => {
  const limits = { ...DEFAULT_LIMITS, maxResponseBytes: 64 * 1024, connectTimeoutMs: 5_000 };
  const [t] = await collectTarget(stdio('garbage-after-init'), 0, { limits });
  assert.notEqual(t?.collection.status, 'scanned');
  assert.match(
    t?.collection.reasons.join('\n') ?? '',
    /flooded stdout \(over 131072 bytes without a valid message/,
  );
  assert.deepEqual(survivors('garbage-after-init'), []);
});

test('only 4xx answers that mean "wrong transport" trigger the SSE fallback', () => {
  const http = (status: number) =>
    new SdkHttpError(SdkErrorCode.ClientHttpNotImplemented, `HTTP ${status}`, { status });
  assert.equal(looksSseOnly(http(404)), true);
  assert.equal(looksSseOnly(http(405)), true);
  assert.equal(looksSseOnly(http(401)), false);
  assert.equal(looksSseOnly(http(403)), false);
  assert.equal(looksSseOnly(http(500)), false);
  assert.equal(looksSseOnly(new Error('ECONNREFUSED')), false);
});

test('the bearer token replaces any Authorization header; URL userinfo becomes Basic', () => {
  assert.deepEqual(
    httpHeaders({
      kind: 'http',
      url: 'https://h/mcp',
      headers: { authorization: 'x' },
      bearerToken: 'tok',
    }),
    { Authorization: 'Bearer tok' },
  );
  assert.deepEqual(httpHeaders({ kind: 'http', url: 'https://u:p@h/mcp' }), {
    Authorization: `Basic ${Buffer.from('u:p').toString('base64')}`,
  });
});

test('a grandchild left behind by the server is killed too', async () => {
  const [t] = await collectTarget(stdio('orphan'), 0, { limits: DEFAULT_LIMITS });
  assert.equal(t?.collection.status, 'scanned');
  const left = livingMatches('mcp-warden-orphan-marker');
  // Clean up before asserting, so a failure does not leave a SIGTERM-proof process behind.
  for (const pid of left) process.kill(pid, 'SIGKILL');
  assert.deepEqual(left, [], 'the grandchild survived');
});

test('a list answer without the list is partial, not an empty clean list', async () => {
  const [t] = await collectTarget(stdio('no-list'), 0, { limits: DEFAULT_LIMITS });
  assert.equal(t?.collection.status, 'partial');
  assert.match(t?.collection.reasons.join(' ') ?? '', /answered without a "tools" array/);
});

test('a server that dies mid-collection is partial with the reason', async () => {
  const [t] = await collectTarget(stdio('die'), 0, { limits: DEFAULT_LIMITS });
  assert.equal(t?.collection.status, 'partial');
  assert.match(t?.collection.reasons.join(' ') ?? '', /tools\/list failed: .*closed/i);
  assert.equal(t?.facts.server?.name, 'hostile-die');
});
