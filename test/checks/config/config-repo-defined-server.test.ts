import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configRepoDefinedServer } from '../../../src/checks/config/config-repo-defined-server.ts';
import type { FindingDraft } from '../../../src/model/finding.ts';
import { entry, target } from './_helpers.ts';

test('flags servers defined in a project config', () => {
  const e = entry({
    scope: 'project',
    file: '/src/app/.mcp.json',
    command: 'node',
    args: ['x.js'],
  });
  const f = configRepoDefinedServer.run(
    target([e], { scope: 'project', inRepository: true }),
  ) as FindingDraft[];
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'medium');
});

test('remote project servers are low severity', () => {
  const e = entry({
    scope: 'project',
    file: '/src/app/.mcp.json',
    url: 'https://mcp.example.com/mcp',
  });
  const f = configRepoDefinedServer.run(
    target([e], { scope: 'project', inRepository: true }),
  ) as FindingDraft[];
  assert.equal(f[0]!.severity, 'low');
});

test('ignores user-scope configs and a project file in the home directory', () => {
  const e = entry({ command: 'node', args: ['x.js'] });
  assert.equal((configRepoDefinedServer.run(target([e])) as FindingDraft[]).length, 0);
  const home = entry({
    scope: 'project',
    file: '/home/u/.mcp.json',
    command: 'node',
    args: ['x.js'],
  });
  const f = configRepoDefinedServer.run(target([home], { scope: 'project', inRepository: false }));
  assert.equal((f as FindingDraft[]).length, 0);
});
