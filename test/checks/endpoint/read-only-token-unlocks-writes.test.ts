import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readOnlyTokenUnlocksWrites as check } from '../../../src/checks/endpoint/read-only-token-unlocks-writes.ts';
import { endpoint, run } from './_facts.ts';

test('flags a destructive tool under a read-only token', () => {
  const f = run(
    check,
    endpoint({ options: { tokenSupplied: true, expectReadOnly: true, rateLimitProbed: false } }),
    [
      { name: 'search', description: 'Search.', annotations: { readOnlyHint: true } },
      { name: 'delete_repo', description: 'Deletes a repo.', annotations: { readOnlyHint: true } },
    ],
  );
  assert.equal(f.length, 1);
  assert.equal(f[0]!.location.name, 'delete_repo');
  assert.equal(f[0]!.severity, 'critical');
});

test('passes read-only tools', () => {
  assert.equal(
    run(
      check,
      endpoint({ options: { tokenSupplied: true, expectReadOnly: true, rateLimitProbed: false } }),
      [
        { name: 'search', description: 'Search.', annotations: { readOnlyHint: true } },
        { name: 'get_issue', description: 'Reads an issue.' },
      ],
    ).length,
    0,
  );
});

test('does not apply without --expect-read-only', () => {
  assert.equal(
    run(
      check,
      endpoint({ options: { tokenSupplied: true, expectReadOnly: false, rateLimitProbed: false } }),
      [
        { name: 'search', description: 'Search.', annotations: { readOnlyHint: true } },
        {
          name: 'delete_repo',
          description: 'Deletes a repo.',
          annotations: { readOnlyHint: true },
        },
      ],
    ).length,
    0,
  );
});
