import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

type TestContext = { diagnostic: (msg: string) => void };

import { startHostileHttpServer } from '../fixtures/servers/hostile-http.ts';
import type { RunningServer } from '../fixtures/servers/v1-http.ts';
import { FIXTURES, livingMatches, scanJson, tsNode } from './_cli.ts';

/*
 * Hostile servers: the scan must end within its limits with the reason in coverage, and the
 * scanning process's memory must stay bounded. The bound asserted is memory (peak RSS of the
 * CLI process, measured by the process itself), not time: the limits below decide the time.
 */
const MEMORY_BOUND = 400 * 1024 * 1024;
// A capped V8 heap makes the bound about what the scan retains, not about how lazily V8
// collects on a busy machine: a scan that really kept a flood in memory dies of OOM here.
const HEAP_CAP = ['--max-old-space-size=256'];
const LIMITS = ['--timeout', '3', '--total-timeout', '20'];
// Unique to this file: other test files run hostile servers in parallel.
const MARK = `mcpw-e2e-${process.pid}`;

/** Asserts the memory bound and reports the measured figure in the test output. */
function assertMemory(t: TestContext, r: { maxRss: number }): void {
  t.diagnostic(`peak RSS of the scanning process: ${(r.maxRss / 1024 / 1024).toFixed(0)} MB`);
  assert.ok(r.maxRss < MEMORY_BOUND, `peak RSS ${r.maxRss}`);
}

async function scanStdio(mode: string) {
  const r = await scanJson(
    [...LIMITS, '--stdio', '--', ...tsNode('hostile-stdio.ts', mode, MARK)],
    {
      nodeArgs: HEAP_CAP,
    },
  );
  return { r, t: r.report.targets[0]! };
}

async function scanHttp(url: string) {
  const r = await scanJson(['--no-endpoint-probes', ...LIMITS, url], { nodeArgs: HEAP_CAP });
  return { r, t: r.report.targets[0]! };
}

function assertNoSurvivors(): void {
  const left = livingMatches(`${FIXTURES}hostile-stdio.ts .* ${MARK}`);
  assert.deepEqual(left, [], 'a hostile server process survived the scan');
}

test('a 50 MB description: partial, the response-size limit named', async (tc) => {
  const { r, t } = await scanStdio('huge-description');
  assert.equal(t.coverage.status, 'partial');
  assert.match(t.coverage.reasons.join('\n'), /exceeded maximum size of 8388608 bytes/);
  assertMemory(tc, r);
  assert.equal(r.code, 2);
});

test('100,000 tools in one page: cut at maxItems', async (tc) => {
  const { r, t } = await scanStdio('many-tools');
  assert.equal(t.coverage.status, 'partial');
  assert.equal(t.server?.counts.tools, 5000);
  assert.match(t.coverage.reasons.join('\n'), /maxItems/);
  assertMemory(tc, r);
});

test('100,000 tools in 100 pages: cut at maxItems after a few pages', async (tc) => {
  const { r, t } = await scanStdio('many-pages');
  assert.equal(t.coverage.status, 'partial');
  assert.equal(t.server?.counts.tools, 5000);
  assertMemory(tc, r);
});

test('a 1,000-deep schema: pruned at the depth limit, and said so', async (tc) => {
  const { r, t } = await scanStdio('deep-schema');
  assert.equal(t.coverage.status, 'partial');
  assert.match(t.coverage.reasons.join('\n'), /deeper than 32 levels were pruned/);
  assert.equal(t.server?.counts.tools, 1);
  assertMemory(tc, r);
});

test('a server that never answers: unreachable with a timeout', async (tc) => {
  const { r, t } = await scanStdio('silent');
  assert.equal(t.coverage.status, 'unreachable');
  assert.match(t.coverage.reasons.join('\n'), /timed out/i);
  assertMemory(tc, r);
  assertNoSurvivors();
});

test('garbage on stdout: unreachable, no crash', async (tc) => {
  const { r, t } = await scanStdio('garbage');
  assert.equal(t.coverage.status, 'unreachable');
  assert.ok(t.coverage.reasons.length > 0);
  assertMemory(tc, r);
  assertNoSurvivors();
});

test('garbage after initialize: partial, the list failed', async (tc) => {
  const { r, t } = await scanStdio('garbage-after-init');
  assert.equal(t.coverage.status, 'partial');
  assert.match(t.coverage.reasons.join('\n'), /tools\/list failed/);
  assertMemory(tc, r);
  assertNoSurvivors();
});

const http: Record<string, RunningServer> = {};
before(async () => {
  http.hang = await startHostileHttpServer('hang');
  http.huge = await startHostileHttpServer('huge');
});
after(async () => {
  await Promise.all(Object.values(http).map((s) => s.close()));
});

test('an HTTP server that never answers: unreachable within the limits', async (tc) => {
  const { r, t } = await scanHttp(http.hang!.url);
  assert.equal(t.coverage.status, 'unreachable');
  assertMemory(tc, r);
});

test('an HTTP server answering 50 MB: the body is cut at the size limit', async (tc) => {
  const { r, t } = await scanHttp(http.huge!.url);
  assert.equal(t.coverage.status, 'unreachable');
  assert.match(t.coverage.reasons.join('\n'), /8388608-byte limit/);
  assertMemory(tc, r);
});
