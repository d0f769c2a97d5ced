import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configConsentBypass } from '../../../src/checks/config/config-consent-bypass.ts';
import type { FindingDraft } from '../../../src/model/finding.ts';
import { entry, target } from './_helpers.ts';

const run = (consent: Record<string, unknown>, settings: { field: string; value: string }[] = []) =>
  configConsentBypass.run(
    target([entry({ command: 'node', args: ['s.js'], consent })], {}, settings),
  ) as FindingDraft[];

test('flags Cline/Kiro autoApprove lists, Roo alwaysAllow ["*"] and Gemini trust', () => {
  const a = run({ autoApprove: ['read_file', 'write_file'] });
  assert.equal(a.length, 1);
  assert.equal(a[0]!.severity, 'medium');
  assert.equal(run({ alwaysAllow: ['*'] })[0]!.severity, 'high');
  assert.equal(run({ trust: true })[0]!.severity, 'high');
});

test('flags blanket client settings and rates single-tool rules lower', () => {
  assert.equal(run({}, [{ field: 'permissions.allow', value: 'mcp__*' }])[0]!.severity, 'high');
  assert.equal(
    run({}, [{ field: 'permissions.allow', value: 'mcp__github' }])[0]!.severity,
    'high',
  );
  assert.equal(
    run({}, [{ field: 'permissions.allow', value: 'mcp__github__get_issue' }])[0]!.severity,
    'medium',
  );
  assert.equal(run({}, [{ field: 'approval_policy', value: 'never' }])[0]!.severity, 'high');
  assert.equal(run({}, [{ field: 'chat.tools.autoApprove', value: 'true' }]).length, 1);
});

test('passes empty lists, trust false and no settings', () => {
  assert.equal(run({ autoApprove: [], alwaysAllow: [], trust: false }).length, 0);
});
