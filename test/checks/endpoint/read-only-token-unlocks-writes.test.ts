import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readOnlyTokenUnlocksWrites as check } from '../../../src/checks/endpoint/read-only-token-unlocks-writes.ts';
import type { ToolInfo } from '../../../src/model/snapshot.ts';
import { endpoint, run } from './_facts.ts';

const search: ToolInfo = {
  name: 'search',
  description: 'Search.',
  annotations: { readOnlyHint: true },
};
const deleteRepo: ToolInfo = {
  name: 'delete_repo',
  description: 'Deletes a repo.',
  annotations: { readOnlyHint: true },
};

/** Runs the check on a scan made with a token, `--expect-read-only` as given. */
const scan = (expectReadOnly: boolean, tools: ToolInfo[]) =>
  run(
    check,
    endpoint({ options: { tokenSupplied: true, expectReadOnly, rateLimitProbed: false } }),
    tools,
  );

test('flags a destructive tool under a read-only token', () => {
  const f = scan(true, [search, deleteRepo]);
  assert.equal(f.length, 1);
  assert.equal(f[0]!.location.name, 'delete_repo');
  assert.equal(f[0]!.severity, 'critical');
});

test('passes read-only tools', () => {
  assert.equal(
    scan(true, [search, { name: 'get_issue', description: 'Reads an issue.' }]).length,
    0,
  );
});

test('does not apply without --expect-read-only', () => {
  assert.equal(scan(false, [search, deleteRepo]).length, 0);
});
