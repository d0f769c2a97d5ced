import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { discover } from '../../../src/collect/config/discover.ts';

const REPO = new URL('../../fixtures/repos/monorepo/', import.meta.url).pathname;
const NOWHERE = join(tmpdir(), 'mcp-warden-no-home');

test('--root finds nested project configs of every client and skips vendor trees', async () => {
  const d = await discover({ home: NOWHERE, roots: [REPO], env: {} });
  const names = d.files.flatMap((f) => f.facts?.entries.map((e) => e.name) ?? []).sort();
  assert.deepEqual(names, [
    'repo-api-amazonq',
    'repo-api-roo',
    'repo-app-cursor',
    'repo-app-gemini',
    'repo-deep-kiro',
    'repo-root-claude',
    'repo-root-codex',
    'repo-root-continue',
    'repo-root-continue-json',
    'repo-root-opencode',
    'repo-root-vscode',
    'repo-root-zed',
  ]);
  assert.ok(d.files.every((f) => f.meta.inRepository && f.meta.scope === 'project'));
  const settings = d.files.find((f) => f.meta.path.endsWith('.claude/settings.json'))!;
  assert.deepEqual(settings.facts!.settings, [
    { field: 'enableAllProjectMcpServers', value: 'true' },
  ]);
});

test('--root depth limit is enforced', async () => {
  const d = await discover({ home: NOWHERE, roots: [REPO], env: {}, limits: { maxDepth: 1 } });
  const names = d.files.flatMap((f) => f.facts?.entries.map((e) => e.name) ?? []);
  assert.ok(!names.includes('repo-deep-kiro'));
  assert.ok(names.includes('repo-root-claude'));
});

const tmp = mkdtempSync(join(tmpdir(), 'mcp-warden-walk-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

test('symbolic link loops do not trap the walk', async () => {
  mkdirSync(join(tmp, 'a/b'), { recursive: true });
  symlinkSync(tmp, join(tmp, 'a/b/loop'));
  symlinkSync(join(tmp, 'a'), join(tmp, 'a/b/up'));
  writeFileSync(
    join(tmp, 'a/.mcp.json'),
    JSON.stringify({ mcpServers: { looped: { command: 'x' } } }),
  );
  const d = await discover({ home: NOWHERE, roots: [tmp], env: {} });
  const names = d.files.flatMap((f) => f.facts?.entries.map((e) => e.name) ?? []);
  assert.deepEqual(names, ['looped']);
  assert.ok(d.walk.dirsVisited <= 3);
});

test('the directory budget stops the walk and says so', async () => {
  const d = await discover({ home: NOWHERE, roots: [REPO], env: {}, limits: { maxDirs: 2 } });
  assert.ok(d.gaps.some((g) => /stopped after 2 directories/.test(g)));
});

test('project directories named in ~/.claude.json are checked for project configs', async () => {
  const home = join(tmp, 'home');
  const proj = join(tmp, 'proj');
  mkdirSync(home, { recursive: true });
  mkdirSync(join(proj, '.vscode'), { recursive: true });
  writeFileSync(
    join(home, '.claude.json'),
    JSON.stringify({ projects: { [proj]: { allowedTools: [] } } }),
  );
  writeFileSync(
    join(proj, '.mcp.json'),
    JSON.stringify({ mcpServers: { 'from-project': { command: 'x' } } }),
  );
  writeFileSync(
    join(proj, '.vscode/mcp.json'),
    JSON.stringify({ servers: { 'vs-project': { command: 'y' } } }),
  );
  const d = await discover({ home, env: {}, followProjects: true });
  const names = d.files.flatMap((f) => f.facts?.entries.map((e) => e.name) ?? []).sort();
  assert.deepEqual(names, ['from-project', 'vs-project']);
  const off = await discover({ home, env: {} });
  assert.equal(off.files.flatMap((f) => f.facts?.entries ?? []).length, 0);
});
