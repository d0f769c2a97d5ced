import assert from 'node:assert/strict';
import { test } from 'node:test';
import { secretInAssistantHistory } from '../../../src/checks/logs/secret-in-assistant-history.ts';
import { logTarget, secret } from './_facts.ts';

const transcript = '/home/u/.claude/projects/-home-u-app/1234.jsonl';

test('reports a secret persisted in an assistant transcript as P7', () => {
  const s = secret({
    firstSeen: { file: transcript, line: 4 },
    lastSeen: { file: transcript, line: 4 },
    files: [{ file: transcript, count: 1, source: 'assistant-history', lines: [4] }],
    sources: ['assistant-history'],
    count: 1,
  });
  const drafts = secretInAssistantHistory.run(logTarget([s]));
  assert.equal(drafts.length, 1);
  assert.deepEqual(drafts[0]!.patterns, ['P7']);
  assert.match(drafts[0]!.message, /assistant's history/);
  assert.match(drafts[0]!.message, /appears once/);
});

test('names P1 too when the same secret is also in ordinary logs', () => {
  const s = secret({ sources: ['assistant-history', 'log'] });
  assert.deepEqual(secretInAssistantHistory.run(logTarget([s]))[0]!.patterns, ['P7', 'P1']);
});

test('ignores secrets seen only in ordinary logs', () => {
  assert.deepEqual(secretInAssistantHistory.run(logTarget([secret()])), []);
});
