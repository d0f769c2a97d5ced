import assert from 'node:assert/strict';
import { test } from 'node:test';
import { weakSessionIds as check } from '../../../src/checks/endpoint/weak-session-ids.ts';
import { endpoint, run } from './_facts.ts';

test('flags sequential short ids', () => {
  const f = run(
    check,
    endpoint({
      sessionIds: {
        count: 4,
        unique: 4,
        minLength: 4,
        alphabet: 'decimal',
        estimatedBits: 13,
        sequential: true,
        samples: [],
      },
    }),
  );
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /counter/);
});

test('flags repeated ids', () => {
  const f = run(
    check,
    endpoint({
      sessionIds: {
        count: 3,
        unique: 1,
        minLength: 36,
        alphabet: 'uuid',
        estimatedBits: 122,
        sequential: false,
        samples: [],
      },
    }),
  );
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /repeated/);
});

test('passes random UUIDs', () => {
  assert.equal(
    run(
      check,
      endpoint({
        sessionIds: {
          count: 4,
          unique: 4,
          minLength: 36,
          alphabet: 'uuid',
          estimatedBits: 122,
          sequential: false,
          samples: [],
        },
      }),
    ).length,
    0,
  );
});
