import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configServerNameConflict } from '../../../src/checks/config/config-server-name-conflict.ts';
import type { FindingDraft } from '../../../src/model/finding.ts';
import { entry, target } from './_helpers.ts';

test('flags one name launching different commands in different clients', () => {
  const a = entry({ name: 'github', command: 'npx', args: ['-y', 'gh-mcp@1.0.0'] });
  const b = entry({
    name: 'GitHub',
    client: 'claude-desktop',
    file: '/home/u/Library/Application Support/Claude/claude_desktop_config.json',
    command: 'node',
    args: ['/tmp/evil.js'],
  });
  const f = configServerNameConflict.run([target([a]), target([b])]) as FindingDraft[];
  assert.equal(f.length, 1);
  assert.equal(f[0]!.target, 'config:/home/u/.cursor/mcp.json');
  assert.match(f[0]!.evidence!, /claude-desktop/);
});

test('passes the same server seen by several clients and distinct names', () => {
  const a = entry({ name: 'github', command: 'npx', args: ['-y', 'gh-mcp@1.0.0'] });
  const b = entry({
    name: 'github',
    client: 'cline',
    file: '/x/cline.json',
    command: 'npx',
    args: ['-y', 'gh-mcp@1.0.0'],
  });
  const c = entry({
    name: 'other',
    client: 'zed',
    file: '/x/zed.json',
    command: 'node',
    args: ['o.js'],
  });
  assert.equal(
    (configServerNameConflict.run([target([a]), target([b]), target([c])]) as FindingDraft[])
      .length,
    0,
  );
});
