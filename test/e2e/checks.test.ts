import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHECKS } from '../../src/checks/registry.ts';
import { runCli } from './_cli.ts';

test('`checks --format json` lists every registered check with its metadata', async () => {
  const r = await runCli(['checks', '--format', 'json']);
  assert.equal(r.code, 0);
  const doc = JSON.parse(r.stdout) as {
    schema: string;
    checks: { id: string; checklist: string }[];
  };
  assert.equal(doc.schema, 'mcp-warden/checks@1');
  assert.deepEqual(
    doc.checks.map((c) => c.id),
    CHECKS.map((c) => c.meta.id),
  );
  const plain = doc.checks.find((c) => c.id === 'plain-http-transport');
  assert.equal(plain?.checklist, 'C2');
});

test('`checks` prints a human list with a count', async () => {
  const r = await runCli(['checks']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /deprecated-sse-transport/);
  assert.match(r.stdout, new RegExp(`${CHECKS.length} checks`));
});
