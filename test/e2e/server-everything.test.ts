import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { scanJson } from './_cli.ts';

/*
 * A real server from npm (@modelcontextprotocol/server-everything, a devDependency), started the
 * way users start it: its bin over stdio.
 */
const bin = fileURLToPath(
  new URL(
    '../../node_modules/@modelcontextprotocol/server-everything/dist/index.js',
    import.meta.url,
  ),
);

test('scans @modelcontextprotocol/server-everything over stdio', async () => {
  const { report } = await scanJson(['--stdio', '--', process.execPath, bin, 'stdio']);
  const t = report.targets[0];
  assert.equal(t?.coverage.status, 'scanned', JSON.stringify(t?.coverage));
  assert.equal(t?.server?.name, 'mcp-servers/everything');
  assert.equal(t?.server?.transport, 'stdio');
  assert.ok((t?.server?.counts.tools ?? 0) >= 10, JSON.stringify(t?.server?.counts));
  assert.ok((t?.server?.counts.prompts ?? 0) >= 1);
  assert.ok((t?.server?.counts.resources ?? 0) >= 1);
  assert.ok((t?.server?.counts.resourceTemplates ?? 0) >= 1);
});
