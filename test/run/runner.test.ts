import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defineCheck } from '../../src/checks/check.ts';
import type { TargetFacts } from '../../src/model/facts.ts';
import { emptySnapshot } from '../../src/model/snapshot.ts';
import { runChecks } from '../../src/run/runner.ts';

const meta = {
  title: 'Test check title',
  description: 'A check used only by the runner tests.',
  checklist: 'C5' as const,
  patterns: ['P2' as const],
  severity: 'high' as const,
  remediation: 'Nothing to do.',
  requires: ['server' as const],
  scope: 'target' as const,
};

const target = (id: string): TargetFacts => ({
  target: { id, kind: 'snapshot', label: id },
  facts: { server: emptySnapshot(id) },
  collection: { status: 'scanned', reasons: [] },
});

test('a check that throws becomes a failed check and partial coverage, not a crash', async () => {
  const boom = defineCheck({
    meta: { ...meta, id: 'boom' },
    run: () => {
      throw new Error('kaboom \u001b[31m');
    },
  });
  const ok = defineCheck({
    meta: { ...meta, id: 'ok' },
    run: () => [{ message: 'found', location: { kind: 'server' as const }, evidence: 'a\u0007b' }],
  });
  const { findings, coverage } = await runChecks([target('t1')], [boom, ok]);
  assert.equal(findings.length, 1);
  assert.equal(findings[0]?.evidence, 'a\\x07b', 'evidence control characters are escaped');
  const cov = coverage.get('t1')!;
  assert.equal(cov.status, 'partial');
  assert.equal(cov.checksFailed[0]?.check, 'boom');
  assert.ok(!cov.checksFailed[0]?.reason.includes('\u001b'), 'error text is escaped');
  assert.deepEqual(cov.checksRun, ['ok']);
});

test('an async check that never resolves times out and the scan goes on', async () => {
  const hang = defineCheck({
    meta: { ...meta, id: 'hang' },
    run: () => new Promise<never>(() => {}),
  });
  const after = defineCheck({ meta: { ...meta, id: 'after' }, run: () => [] });
  const { coverage } = await runChecks([target('t1')], [hang, after], { checkTimeoutMs: 50 });
  const cov = coverage.get('t1')!;
  assert.match(cov.checksFailed[0]!.reason, /timed out/);
  assert.equal(cov.status, 'partial');
  assert.deepEqual(cov.checksRun, ['after'], 'the check after the hung one still ran');
});

test('fingerprints are stable and differ by location', async () => {
  const c = defineCheck({
    meta: { ...meta, id: 'fp' },
    run: (t: TargetFacts) => [
      { message: 'x', location: { server: t.target.id, kind: 'tool' as const, name: 'a' } },
      { message: 'x', location: { server: t.target.id, kind: 'tool' as const, name: 'b' } },
    ],
  });
  const a = await runChecks([target('t1')], [c]);
  const b = await runChecks([target('t1')], [c]);
  assert.deepEqual(
    a.findings.map((f) => f.fingerprint),
    b.findings.map((f) => f.fingerprint),
  );
  assert.notEqual(a.findings[0]?.fingerprint, a.findings[1]?.fingerprint);
});

test('a missing fact the collector tried to gather marks the check not run', async () => {
  const c = defineCheck({ meta: { ...meta, id: 'needs-server' }, run: () => [] });
  const t: TargetFacts = {
    target: { id: 't2', kind: 'http', label: 't2' },
    facts: {},
    collection: { status: 'scanned', reasons: [] },
    expected: ['server'],
  };
  const { coverage } = await runChecks([t], [c]);
  assert.equal(coverage.get('t2')!.status, 'partial');
  assert.equal(coverage.get('t2')!.checksNotRun[0]?.check, 'needs-server');
  // A fact kind the target never has (nobody tried to collect it) is not a coverage gap.
  const other = await runChecks([{ ...t, expected: [] }], [c]);
  assert.equal(other.coverage.get('t2')!.status, 'scanned');
  assert.deepEqual(other.coverage.get('t2')!.checksNotRun, []);
});

test('no check runs on an unreachable or skipped target', async () => {
  const c = defineCheck({
    meta: { ...meta, id: 'always' },
    run: () => [{ message: 'x', location: { kind: 'server' as const } }],
  });
  const down: TargetFacts = { ...target('t3'), collection: { status: 'unreachable', reasons: [] } };
  const off: TargetFacts = { ...target('t4'), collection: { status: 'skipped', reasons: [] } };
  const { findings, coverage } = await runChecks([down, off, target('t5')], [c]);
  assert.deepEqual(
    findings.map((f) => f.target),
    ['t5'],
  );
  assert.deepEqual(coverage.get('t3')!.checksRun, []);
  assert.equal(coverage.get('t3')!.status, 'unreachable');
});
