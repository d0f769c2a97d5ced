import assert from 'node:assert/strict';
import { test } from 'node:test';
import { secretInLogs } from '../../../src/checks/logs/secret-in-logs.ts';
import { logTarget, secret } from './_facts.ts';

test('reports one finding per distinct secret with count, first and last sighting', () => {
  const drafts = secretInLogs.run(
    logTarget([secret(), secret({ hash: 'cd'.repeat(32), count: 1 })]),
  );
  assert.equal(drafts.length, 2);
  const d = drafts[0]!;
  assert.match(d.message, /appears 3 times/);
  assert.match(d.message, /first at \/var\/log\/app\/api\.log:10/);
  assert.match(d.message, /last at \/var\/log\/app\/api\.log:99/);
  assert.equal(d.location.file, '/var/log/app/api.log');
  assert.equal(d.location.line, 10);
  assert.equal(d.details?.['count'], 3);
  assert.equal(d.details?.['hashPrefix'], 'ab'.repeat(8));
  const rotation = d.details?.['rotation'] as { provider: string; steps: string[] };
  assert.equal(rotation.provider, 'GitHub');
  assert.ok(rotation.steps.length > 0);
  assert.notEqual(drafts[0]!.key, drafts[1]!.key);
});

test('severity follows confidence, validation and recency', () => {
  const at = '2026-11-24T00:00:00.000Z';
  const recent = secretInLogs.run(logTarget([secret()], at))[0]!;
  assert.equal(recent.severity, 'critical');
  const old = secret({ lastSeen: { file: 'a', line: 1, ts: '2026-01-01T00:00:00.000Z' } });
  assert.equal(secretInLogs.run(logTarget([old], at))[0]!.severity, 'high');
  const weak = secret({ confidence: 'low', validated: false, rule: 'generic-secret-assignment' });
  assert.equal(secretInLogs.run(logTarget([weak], at))[0]!.severity, 'low');
  const expired = secret({
    rule: 'jwt',
    family: 'jwt',
    details: { exp: Date.parse('2026-11-01T00:00:00Z') / 1000 },
  });
  assert.equal(secretInLogs.run(logTarget([expired], at))[0]!.severity, 'low');
});

test('says when an earlier run already reported the secret', () => {
  const s = secret({ previouslyReportedAt: '2026-11-20T00:00:00.000Z' });
  const d = secretInLogs.run(logTarget([s]))[0]!;
  assert.match(d.message, /Already reported on 2026-11-20/);
});

test('leaves secrets seen in an assistant history to the P7 check, and clean logs alone', () => {
  const inHistory = secret({ sources: ['assistant-history', 'log'] });
  assert.deepEqual(secretInLogs.run(logTarget([inHistory])), []);
  assert.deepEqual(secretInLogs.run(logTarget([])), []);
});
