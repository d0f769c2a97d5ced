import assert from 'node:assert/strict';
import { test } from 'node:test';
import { weakSessionIds as check } from '../../../src/checks/endpoint/weak-session-ids.ts';
import type { SessionIdStats } from '../../../src/collect/endpoint/facts.ts';
import { endpoint, run } from './_facts.ts';

/** Four distinct random UUIDs, plus overrides. */
const ids = (over: Partial<SessionIdStats>) =>
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
        ...over,
      },
    }),
  );

test('flags sequential short ids', () => {
  const f = ids({ minLength: 4, alphabet: 'decimal', estimatedBits: 13, sequential: true });
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /counter/);
});

test('flags repeated ids', () => {
  const f = ids({ count: 3, unique: 1 });
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /repeated/);
});

test('passes random UUIDs', () => {
  assert.equal(ids({}).length, 0);
});
