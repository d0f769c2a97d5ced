// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${VAR} placeholders are config syntax
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Report } from '../../../src/report/report.ts';
import { startV1StreamableServer } from '../../fixtures/servers/v1-http.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/mcp-warden.mjs');
const SERVER = join(ROOT, 'test/fixtures/homes/_servers/echo-server.mjs');
const HOMES = join(ROOT, 'test/fixtures/homes');

function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    // A safety net so a hung child cannot hang the suite; not a timed assertion.
    const kill = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('close', (code) => {
      clearTimeout(kill);
      resolve({ code, stdout, stderr });
    });
  });
}

const home = mkdtempSync(join(tmpdir(), 'mcp-warden-home-'));
after(() => rmSync(home, { recursive: true, force: true }));
mkdirSync(join(home, '.cursor'), { recursive: true });
writeFileSync(
  join(home, '.cursor/mcp.json'),
  JSON.stringify({
    mcpServers: {
      fixture: {
        command: process.execPath,
        args: [SERVER],
        env: { FIXTURE_TOKEN: '${FIXTURE_TOKEN}' },
      },
    },
  }),
  { mode: 0o600 },
);

test('discover lists servers as JSON and exits 0 when every config was read', async () => {
  const r = await cli(['discover', '--home', join(HOMES, 'linux'), '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const inv = JSON.parse(r.stdout) as { groups: { names: string[] }[]; failed: unknown[] };
  assert.ok(inv.groups.some((g) => g.names.includes('codex-user-linux')));
  assert.deepEqual(inv.failed, []);
});

test('discover exits 2 and lists the failures when a config cannot be read or parsed', async () => {
  const r = await cli(['discover', '--home', join(HOMES, 'broken')]);
  assert.equal(r.code, 2);
  assert.match(r.stdout, /4 failed/);
  assert.match(r.stdout, /is a directory, not a file/);
});

test('discover rejects a --home that is not a directory (usage error, exit 2)', async () => {
  const r = await cli(['discover', '--home', join(HOMES, 'nope')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /not a directory/);
});

test('audit without --connect reports every server as not verified, never clean', async () => {
  const r = await cli(['audit', '--home', home, '--format', 'json']);
  const report = JSON.parse(r.stdout) as Report;
  const server = report.targets.find((t) => t.id.startsWith('server:'))!;
  assert.equal(server.coverage.status, 'skipped');
  assert.match(server.coverage.reasons[0]!, /^not verified \(not connected\)/);
  assert.equal(r.code, 2);
});

test('audit --connect does not start a stdio server without confirmation', async () => {
  const r = await cli(['audit', '--home', home, '--connect', '--format', 'json'], {
    FIXTURE_TOKEN: 'resolved-from-parent-env',
  });
  const report = JSON.parse(r.stdout) as Report;
  const server = report.targets.find((t) => t.id.startsWith('server:'))!;
  assert.equal(server.coverage.status, 'skipped');
  assert.match(server.coverage.reasons[0]!, /without confirmation/);
});

test('audit --connect --yes scans the stdio server with its env resolved', async () => {
  const r = await cli(['audit', '--home', home, '--connect', '--yes', '--format', 'json'], {
    FIXTURE_TOKEN: 'resolved-from-parent-env',
  });
  const report = JSON.parse(r.stdout) as Report;
  const stdio = report.targets.find((t) => t.kind === 'stdio');
  assert.ok(stdio, r.stderr);
  assert.equal(stdio.coverage.status, 'scanned', JSON.stringify(stdio.coverage));
  assert.equal(stdio.server?.name, 'fixture-env-ok');
  assert.equal(stdio.server?.counts.tools, 1);
  const config = report.targets.find((t) => t.kind === 'config')!;
  assert.ok(config.coverage.checksRun.includes('config-literal-secret'));
  assert.ok(!report.targets.some((t) => t.coverage.status === 'skipped'));
});

test('audit --connect scans a remote server directly, with its header placeholder resolved', async () => {
  const token = ['fixture', 'bearer', 'value'].join('-');
  const server = await startV1StreamableServer({ token });
  const remoteHome = mkdtempSync(join(tmpdir(), 'mcp-warden-remote-'));
  try {
    mkdirSync(join(remoteHome, '.gemini'), { recursive: true });
    writeFileSync(
      join(remoteHome, '.gemini/settings.json'),
      JSON.stringify({
        mcpServers: {
          remote: { httpUrl: server.url, headers: { Authorization: 'Bearer ${FIXTURE_BEARER}' } },
        },
      }),
      { mode: 0o600 },
    );
    const r = await cli(['audit', '--home', remoteHome, '--connect', '--format', 'json'], {
      FIXTURE_BEARER: token,
    });
    const report = JSON.parse(r.stdout) as Report;
    const http = report.targets.find((t) => t.kind === 'http');
    assert.ok(http, r.stderr);
    assert.notEqual(http.coverage.status, 'unreachable', JSON.stringify(http.coverage));
    assert.notEqual(http.coverage.status, 'skipped');
    assert.ok((http.server?.counts.tools ?? 0) > 0);
    assert.ok(!r.stdout.includes(token), 'the bearer token never appears in the report');
  } finally {
    await server.close();
    rmSync(remoteHome, { recursive: true, force: true });
  }
});
