import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headerMismatchAccepted as check } from '../../../src/checks/endpoint/header-mismatch-accepted.ts';
import { endpoint, run } from './_facts.ts';

test('flags a served header/body mismatch', () => {
  const f = run(
    check,
    endpoint({
      protocol: { era: 'stateless-2026', evidence: [] },
      headerMismatch: [{ status: 200, served: true, note: 'Mcp-Method' }, { status: 400 }],
    }),
  );
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /Mcp-Method/);
});

test('passes when every mismatch gets 400', () => {
  assert.equal(
    run(
      check,
      endpoint({
        protocol: { era: 'stateless-2026', evidence: [] },
        headerMismatch: [{ status: 400 }, { status: 400 }],
      }),
    ).length,
    0,
  );
});

test('does not apply to 2025-era servers', () => {
  assert.equal(
    run(
      check,
      endpoint({
        protocol: { era: 'streamable-2025', evidence: [] },
        headerMismatch: [{ status: 200, served: true }],
      }),
    ).length,
    0,
  );
});
