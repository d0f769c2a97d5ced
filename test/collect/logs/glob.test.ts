import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileDirPrefix, compileGlob, splitGlob } from '../../../src/collect/logs/glob.ts';

test('splits a glob into its literal base and pattern', () => {
  assert.deepEqual(splitGlob('/var/log/app/*.log'), { base: '/var/log/app', glob: '*.log' });
  assert.deepEqual(splitGlob('logs/**/mcp*.{log,gz}'), { base: 'logs', glob: '**/mcp*.{log,gz}' });
  assert.deepEqual(splitGlob('*.log'), { base: '.', glob: '*.log' });
});

test('matches *, ?, **, classes and alternations on path segments', () => {
  const m = compileGlob('**/mcp*.{log,gz}');
  assert.ok(m('mcp.log'));
  assert.ok(m('a/b/mcp-server-x.gz'));
  assert.ok(!m('a/b/main.log'));
  const one = compileGlob('*/access-202[0-9]-??-??.log');
  assert.ok(one('nginx/access-2026-01-05.log'));
  assert.ok(!one('nginx/sub/access-2026-01-05.log'));
  assert.ok(!one('nginx/access-2026-1-05.log'));
});

test('prunes directories that cannot lead to a match', () => {
  const d = compileDirPrefix('nginx/*.log');
  assert.ok(d('nginx'));
  assert.ok(!d('app'));
  assert.ok(!d('nginx/old'));
  assert.ok(compileDirPrefix('**/x.log')('a/b/c'));
});
