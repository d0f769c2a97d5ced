import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

/*
 * The library entry must stay light (style.md): importing it must not load the MCP SDK, which
 * only the collectors need. A module-resolution hook in a child process records every module
 * URL resolved while importing the entry; a control import proves the hook does see the SDK.
 */
const root = new URL('../../', import.meta.url);

const HOOK = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(process.env.MCP_WARDEN_RESOLVE_LOG, r.url + '\\n');
  return r;
}`;

function loadedBy(entry: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'mcp-warden-light-'));
  const log = join(dir, 'resolved.txt');
  try {
    const script =
      `import { register } from 'node:module';` +
      `register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOK)}));` +
      `await import(${JSON.stringify(new URL(entry, root).href)});`;
    const res = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: root,
        env: { ...process.env, MCP_WARDEN_RESOLVE_LOG: log },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    assert.equal(res.status, 0, `importing ${entry} failed: ${res.stderr}`);
    return readFileSync(log, 'utf8').split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const isSdk = (u: string) => u.includes('/@modelcontextprotocol/');

test('importing the library entry does not load the MCP SDK', () => {
  const urls = loadedBy('src/index.ts');
  assert.ok(
    urls.some((u) => u.endsWith('/src/index.ts')),
    'the hook saw the entry itself',
  );
  assert.deepEqual(urls.filter(isSdk), []);
});

test('the hook does see the SDK when the MCP collector is imported (control)', () => {
  const urls = loadedBy('src/collect/mcp/collect-server.ts');
  assert.ok(urls.some(isSdk), 'collect-server.ts loads @modelcontextprotocol/client');
});

test('importing audit.ts does not load the check registry (auditFacts loads it on demand)', () => {
  const urls = loadedBy('src/audit.ts');
  assert.ok(
    urls.some((u) => u.endsWith('/src/run/runner.ts')),
    'the hook saw audit.ts imports',
  );
  assert.deepEqual(
    urls.filter((u) => u.endsWith('/src/checks/registry.ts')),
    [],
  );
});
