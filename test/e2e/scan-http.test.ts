import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  type RunningServer,
  startV1SseServer,
  startV1StreamableServer,
} from '../fixtures/servers/v1-http.ts';
import { startV2HttpServer } from '../fixtures/servers/v2-http.ts';
import { scanJson } from './_cli.ts';

// Fake, obviously test-only token, built from pieces so no scanner mistakes it for a real one.
const TOKEN = ['test', 'bearer', 'value', '7f3a9c'].join('-');

const servers: Record<string, RunningServer> = {};
before(async () => {
  servers.v1 = await startV1StreamableServer();
  servers.v1auth = await startV1StreamableServer({ token: TOKEN });
  servers.sse = await startV1SseServer();
  servers.v2 = await startV2HttpServer();
});
after(async () => {
  await Promise.all(Object.values(servers).map((s) => s.close()));
});

const scan = (args: string[], env?: Record<string, string>) =>
  scanJson(['--no-endpoint-probes', ...args], env ? { env } : {});

test('scans an SDK v1 Streamable HTTP server (2025-era)', async () => {
  const { report } = await scan([servers.v1!.url]);
  const t = report.targets[0];
  assert.equal(t?.coverage.status, 'scanned', JSON.stringify(t?.coverage));
  assert.equal(t?.server?.transport, 'streamable-http');
  assert.match(t?.server?.protocolVersion ?? '', /^2025-/);
  assert.equal(t?.server?.counts.tools, 3);
  const plain = report.findings.find((f) => f.rule === 'plain-http-transport');
  assert.equal(plain?.severity, 'info', 'loopback plain HTTP is informational');
});

test('negotiates 2026-07-28 with a modern-only v2 server', async () => {
  const { report } = await scan([servers.v2!.url]);
  const t = report.targets[0];
  assert.equal(t?.coverage.status, 'scanned', JSON.stringify(t?.coverage));
  assert.equal(t?.server?.protocolVersion, '2026-07-28');
  assert.equal(t?.server?.name, 'fixture-v2');
  assert.deepEqual(t?.server?.counts, { tools: 1, prompts: 1, resources: 0, resourceTemplates: 0 });
});

test('falls back to the deprecated HTTP+SSE transport and reports it', async () => {
  const { report } = await scan([servers.sse!.url]);
  const t = report.targets[0];
  assert.equal(t?.coverage.status, 'scanned', JSON.stringify(t?.coverage));
  assert.equal(t?.server?.transport, 'sse');
  assert.equal(t?.server?.counts.tools, 3);
  assert.ok(report.findings.some((f) => f.rule === 'deprecated-sse-transport'));
});

test('--transport streamable-http does not fall back to SSE', async () => {
  const { report } = await scan(['--transport', 'streamable-http', servers.sse!.url]);
  assert.equal(report.targets[0]?.coverage.status, 'unreachable');
});

test('sends the bearer token from --bearer-env and never prints it', async () => {
  const ok = await scan(['--bearer-env', 'MCPW_TEST_TOKEN', servers.v1auth!.url], {
    MCPW_TEST_TOKEN: TOKEN,
  });
  assert.equal(ok.report.targets[0]?.coverage.status, 'scanned');
  const bad = await scan(['--bearer-env', 'MCPW_TEST_TOKEN', servers.v1auth!.url], {
    MCPW_TEST_TOKEN: `${TOKEN}-wrong`,
  });
  assert.equal(bad.report.targets[0]?.coverage.status, 'unreachable');
  for (const r of [ok, bad]) {
    assert.ok(!r.stdout.includes(TOKEN) && !r.stderr.includes(TOKEN), 'token leaked');
  }
});

test('a token in --header or in the URL never appears in the report', async () => {
  const url = new URL(servers.v1auth!.url);
  url.searchParams.set('api_key', `${TOKEN}-query`);
  url.username = 'someone';
  url.password = `${TOKEN}-pw`;
  const r = await scan(['--header', `Authorization: Bearer ${TOKEN}`, url.toString()]);
  assert.equal(r.report.targets[0]?.coverage.status, 'scanned');
  assert.match(r.report.targets[0]?.label ?? '', /api_key=\*\*\*/);
  assert.ok(!r.stdout.includes(TOKEN) && !r.stderr.includes(TOKEN), 'token leaked');
});

test('--targets scans several servers with bounded concurrency', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const file = join(mkdtempSync(join(tmpdir(), 'mcpw-targets-')), 'targets.txt');
  writeFileSync(file, `# fixtures\n${servers.v1!.url}\n\n${servers.v2!.url}  # modern\n`);
  const { report } = await scan(['--targets', file, '--concurrency', '2']);
  assert.deepEqual(
    report.targets.map((t) => [t.id, t.coverage.status]),
    [
      ['http:1', 'scanned'],
      ['http:2', 'scanned'],
    ],
  );
});
