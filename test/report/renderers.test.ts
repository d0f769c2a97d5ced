import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHECKS } from '../../src/checks/registry.ts';
import type { Finding } from '../../src/model/finding.ts';
import { renderMarkdown } from '../../src/report/renderers/markdown.ts';
import { renderSarif } from '../../src/report/renderers/sarif.ts';
import { renderTerminal } from '../../src/report/renderers/terminal.ts';
import { buildReport, type TargetReport } from '../../src/report/report.ts';

const HOSTILE = 'evil\u001b]8;;http://x\u0007link\u001b[2J\u202eetad\u200b\u{E0041}`<img src=x>`';

function hostileReport() {
  const target: TargetReport = {
    id: 't1',
    kind: 'snapshot',
    label: HOSTILE,
    coverage: {
      status: 'partial',
      reasons: [`list truncated ${HOSTILE}`],
      checksRun: [],
      checksNotRun: [],
      checksFailed: [],
    },
    server: {
      name: HOSTILE,
      version: HOSTILE,
      counts: { tools: 1, prompts: 0, resources: 0, resourceTemplates: 0 },
    },
  };
  const finding: Finding = {
    rule: 'test-rule',
    title: HOSTILE,
    severity: 'high',
    confidence: 'high',
    checklist: 'C5',
    patterns: ['P2'],
    target: 't1',
    location: { server: HOSTILE, kind: 'tool', name: HOSTILE, field: 'description' },
    message: HOSTILE,
    evidence: HOSTILE,
    remediation: 'Remove it.',
    fingerprint: 'abc',
  };
  return buildReport({
    version: '0.0.0',
    command: 'scan',
    startedAt: new Date(),
    targets: [target],
    findings: [finding],
    failOn: 'high',
  });
}

// Any C0/C1 control, bidi control, zero-width or tag character that reaches the output.
const RAW_CONTROL =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]|\udb40[\udc00-\udc7f]/u;

test('terminal output escapes every server-supplied control character', () => {
  const out = renderTerminal(hostileReport(), { color: false });
  assert.ok(!RAW_CONTROL.test(out), 'no raw control characters');
  assert.match(out, /\\x1b\]8;;/, 'the escape sequence is shown, not executed');
  assert.match(out, /\\u\{202E\}/, 'the bidi override is shown');
});

test('terminal colour is off unless asked for, and on only then', () => {
  const plain = renderTerminal(hostileReport(), { color: false });
  const colored = renderTerminal(hostileReport(), { color: true });
  assert.ok(!plain.includes('\u001b['), 'no ANSI colour codes when color is false');
  assert.ok(colored.includes('\u001b['), 'ANSI colour codes when color is true');
});

test('terminal output groups findings under their checklist item and shows coverage', () => {
  const out = renderTerminal(hostileReport(), { color: false });
  assert.match(out, /C5 Tool description review \(1\)/);
  assert.match(out, /partial/);
  assert.match(out, /FAIL — findings at or above high/, 'a high finding fails at --fail-on high');
});

test('markdown keeps hostile text inside code spans without backticks or raw controls', () => {
  const out = renderMarkdown(hostileReport());
  assert.ok(!RAW_CONTROL.test(out));
  assert.ok(!out.includes('`<img'), 'a backtick in server text cannot close the code span');
});

test('sarif output is SARIF 2.1.0 with one result per finding and rule metadata', () => {
  const log = JSON.parse(
    renderSarif(
      hostileReport(),
      CHECKS.map((c) => c.meta),
    ),
  );
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs[0].results.length, 1);
  assert.equal(log.runs[0].results[0].level, 'error');
  assert.equal(log.runs[0].results[0].partialFingerprints['mcpWarden/v1'], 'abc');
  assert.equal(log.runs[0].invocations[0].toolExecutionNotifications.length, 1);
});

test('exit code: findings at or above fail-on give 1, incomplete coverage alone gives 2', () => {
  const r = hostileReport();
  assert.equal(r.summary.exitCode, 1);
  const clean = buildReport({
    version: '0',
    command: 'scan',
    startedAt: new Date(),
    targets: r.targets,
    findings: [],
    failOn: 'high',
  });
  assert.equal(clean.summary.exitCode, 2);
  const scanned = buildReport({
    version: '0',
    command: 'scan',
    startedAt: new Date(),
    targets: [{ ...r.targets[0]!, coverage: { ...r.targets[0]!.coverage, status: 'scanned' } }],
    findings: r.findings.map((f) => ({ ...f, severity: 'medium' as const })),
    failOn: 'high',
  });
  assert.equal(scanned.summary.exitCode, 0);
});

test('sarif rebuilds rule metadata from the findings when no registry is given', () => {
  const log = JSON.parse(renderSarif(hostileReport()));
  assert.equal(log.runs[0].tool.driver.rules.length, 1);
  assert.equal(log.runs[0].tool.driver.rules[0].id, 'test-rule');
  assert.equal(log.runs[0].tool.driver.rules[0].help.text, 'Remove it.');
});
