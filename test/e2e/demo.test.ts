import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report } from '../../src/report/report.ts';
import { runCli } from './_cli.ts';

/*
 * The demo server has planted problems: the demo must find every one of them and exit 1. Each
 * planted rule must be registered: a renamed or removed check fails here instead of skipping.
 */
test('the demo scans the vulnerable server, reports its planted problems and exits 1', async () => {
  const r = await runCli(['demo', '--format', 'json']);
  const report = JSON.parse(r.stdout) as Report;
  assert.equal(report.command, 'demo');
  const t = report.targets[0];
  assert.equal(t?.server?.transport, 'streamable-http');
  assert.equal(t?.server?.protocolVersion, '2026-07-28');
  assert.equal(t?.server?.counts.tools, 4);
  assert.ok(t?.coverage.status === 'scanned' || t?.coverage.status === 'partial');
  const rules = new Set(report.findings.map((f) => f.rule));
  assert.ok(rules.has('plain-http-transport'), [...rules].join(', '));
  const { getCheck } = await import('../../src/checks/registry.ts');
  const planted: Record<string, string> = {
    'tool-poisoning': 'the <IMPORTANT> block in "add"',
    'concealment-directive': '"do not mention" / "do not tell the user"',
    'hidden-characters': 'Unicode tag and zero-width characters in "get_weather"',
    'terminal-escape-sequences': 'ANSI/OSC escapes in "list_files"',
    'instruction-override': '"ignore previous instructions" in the server instructions',
    'endpoint-unauthenticated-access': 'no authentication',
    'origin-not-validated': 'no Origin check',
  };
  for (const [rule, what] of Object.entries(planted)) {
    assert.ok(getCheck(rule), `${rule} is registered`);
    assert.ok(rules.has(rule), `${rule} should fire on ${what}`);
  }
  assert.ok(
    report.findings.some((f) => f.checklist === 'C5' && ['critical', 'high'].includes(f.severity)),
    'the poisoned descriptions raise at least one high C5 finding',
  );
  assert.equal(r.code, 1);
  // No raw control character from the hostile descriptions reaches the output.
  assert.doesNotMatch(r.stdout, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
});

test('the terminal demo output carries no raw escape sequences', async () => {
  const r = await runCli(['demo']);
  assert.doesNotMatch(r.stdout, /\u001b/);
  assert.match(r.stdout, /plain HTTP/);
});
