import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toolAnnotationContradiction as check } from '../../../src/checks/endpoint/tool-annotation-contradiction.ts';
import { endpoint, run } from './_facts.ts';

test('flags delete_* declared read-only', () => {
  const f = run(check, endpoint({}), [
    { name: 'search', description: 'Search.', annotations: { readOnlyHint: true } },
    { name: 'delete_repo', description: 'Deletes a repo.', annotations: { readOnlyHint: true } },
  ]);
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /readOnlyHint: true/);
});

test('flags a destructive tool declared non-destructive', () => {
  const f = run(check, endpoint({}), [
    { name: 'dropTable', annotations: { readOnlyHint: false, destructiveHint: false } },
  ]);
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /destructiveHint: false/);
});

test('passes consistent annotations', () => {
  assert.equal(
    run(check, endpoint({}), [
      { name: 'search', description: 'Search.', annotations: { readOnlyHint: true } },
      { name: 'get_issue', description: 'Reads an issue.' },
    ]).length,
    0,
  );
});

test('runs on a replayed snapshot too: the annotations are in the listing, not the endpoint', async () => {
  const { runChecks } = await import('../../../src/run/runner.ts');
  const { emptySnapshot } = await import('../../../src/model/snapshot.ts');
  const server = emptySnapshot('snap');
  server.tools = [
    { name: 'delete_repo', description: 'Deletes a repo.', annotations: { readOnlyHint: true } },
  ];
  const { findings, coverage } = await runChecks(
    [
      {
        target: { id: 'snapshot:1', kind: 'snapshot', label: 'snap' },
        facts: { server },
        collection: { status: 'scanned', reasons: [] },
      },
    ],
    [check],
  );
  assert.equal(findings.length, 1);
  assert.deepEqual(coverage.get('snapshot:1')?.checksRun, ['tool-annotation-contradiction']);
});
