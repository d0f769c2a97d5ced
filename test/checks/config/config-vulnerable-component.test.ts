import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configVulnerableComponent } from '../../../src/checks/config/config-vulnerable-component.ts';
import type { FindingDraft } from '../../../src/model/finding.ts';
import { entry, target } from './_helpers.ts';

const run = (args: string[]) =>
  configVulnerableComponent.run(target([entry({ command: 'npx', args })])) as FindingDraft[];

test('flags mcp-remote before 0.1.16 (CVE-2025-6514)', () => {
  const f = run(['-y', 'mcp-remote@0.1.15', 'https://mcp.example.com/sse']);
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'critical');
  assert.equal(f[0]!.key, 'CVE-2025-6514');
});

test('flags MCP Inspector before 0.14.1 (CVE-2025-49596)', () => {
  const f = run(['-y', '@modelcontextprotocol/inspector@0.14.0']);
  assert.equal(f[0]!.key, 'CVE-2025-49596');
});

test('reports an unversioned launch of an affected package with low confidence', () => {
  const f = run(['-y', 'mcp-remote', 'https://mcp.example.com/sse']);
  assert.equal(f.length, 1);
  assert.equal(f[0]!.confidence, 'low');
});

test('passes fixed versions, versions before the range and other packages', () => {
  assert.equal(run(['-y', 'mcp-remote@0.1.16']).length, 0);
  assert.equal(run(['-y', 'mcp-remote@0.1.38']).length, 0);
  assert.equal(run(['-y', 'mcp-remote@0.0.4']).length, 0);
  assert.equal(run(['-y', '@modelcontextprotocol/inspector@0.14.1']).length, 0);
  assert.equal(run(['-y', 'left-pad@1.0.0']).length, 0);
});
