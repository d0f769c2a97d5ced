import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Discovery } from '../../../src/collect/config/discover.ts';
import {
  buildInventory,
  renderInventoryCsv,
  renderInventoryJson,
  renderInventoryTable,
} from '../../../src/collect/config/inventory.ts';
import { entry } from '../../checks/config/_helpers.ts';

const secret = ['Zq8vT2mW9x', 'L4pR7nK3sD', 'u5Yh'].join('');
const a = entry({
  name: 'github',
  command: 'npx',
  args: ['-y', 'gh@1.0.0', '--token', secret],
  env: { T: secret },
});
const b = entry({ ...a, client: 'claude-desktop', file: '/h/claude.json', name: 'gh' });
const c = entry({
  name: '=cmd|calc',
  client: 'zed',
  file: '/h/zed.json',
  url: 'https://u:pw@mcp.example.com/x?key=abc',
});
const d: Discovery = {
  home: '/h',
  roots: [],
  locationsChecked: 10,
  gaps: [],
  walk: { dirsVisited: 0 },
  files: [
    {
      meta: {
        path: a.file,
        client: 'cursor',
        scope: 'user',
        format: 'json',
        layout: 'any',
        size: 1,
        inRepository: false,
        source: '',
      },
      status: 'ok',
      facts: { file: {} as never, entries: [a, c], settings: [] },
    },
    {
      meta: {
        path: b.file,
        client: 'claude-desktop',
        scope: 'user',
        format: 'json',
        layout: 'macos',
        size: 1,
        inRepository: false,
        source: '',
      },
      status: 'ok',
      facts: { file: {} as never, entries: [b], settings: [] },
    },
    {
      meta: {
        path: '/h/bad.json',
        client: 'kiro',
        scope: 'user',
        format: 'json',
        layout: 'any',
        size: 1,
        inRepository: false,
        source: '',
      },
      status: 'parse-error',
      reason: 'JSON syntax error',
    },
  ],
};

test('the same server seen by two clients is one group', () => {
  const inv = buildInventory(d);
  assert.equal(inv.groups.length, 2);
  assert.deepEqual(inv.groups[0]!.names, ['github', 'gh']);
  assert.deepEqual(
    inv.groups[0]!.seenIn.map((s) => s.client),
    ['cursor', 'claude-desktop'],
  );
  assert.equal(inv.failed.length, 1);
  assert.equal(inv.groups[0]!.package, 'gh@1.0.0');
});

test('no renderer prints a secret or URL credentials', () => {
  const inv = buildInventory(d);
  for (const text of [
    renderInventoryTable(inv),
    renderInventoryCsv(inv),
    renderInventoryJson(inv),
  ]) {
    assert.ok(!text.includes(secret));
    assert.ok(!text.includes(':pw@'));
    assert.ok(!text.includes('key=abc'));
  }
});

test('the table has a coverage section and CSV cells cannot run formulas', () => {
  const inv = buildInventory(d);
  assert.match(
    renderInventoryTable(inv),
    /Coverage: 10 locations checked, 3 config files found, 1 failed/,
  );
  assert.match(renderInventoryCsv(inv), /,'=cmd\|calc,/);
});

test('hostile server names cannot inject terminal escape sequences', () => {
  const evil = entry({
    name: 'x\u001b[2J\u001b]0;pwned\u0007',
    command: 'node',
    args: ['a\u202eb.js'],
  });
  const inv = buildInventory({
    ...d,
    files: [{ ...d.files[0]!, facts: { file: {} as never, entries: [evil], settings: [] } }],
  });
  for (const text of [
    renderInventoryTable(inv),
    renderInventoryCsv(inv),
    renderInventoryJson(inv),
  ]) {
    assert.ok(!/[\u001b\u0007\u202e]/.test(text));
  }
});
