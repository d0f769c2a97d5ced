import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../../src/collect/config/extract.ts';
import { parseConfig } from '../../../src/collect/config/parse.ts';

test('JSONC accepts comments and trailing commas; strict JSON does not', () => {
  const text = '{\n // c\n "servers": { "a": { "command": "x", }, },\n}';
  assert.equal(parseConfig(text, 'jsonc').ok, true);
  assert.equal(parseConfig(text, 'json').ok, false);
});

test('a JSONC error names the line but not the content', () => {
  const r = parseConfig('{\n "a": 1,\n "b": ghp_notasecret\n}', 'jsonc');
  assert.equal(r.ok, false);
  assert.ok(!r.ok && /line 3/.test(r.reason) && !r.reason.includes('ghp_'));
});

test('TOML null-prototype tables are read', () => {
  const r = parseConfig('[mcp_servers.x]\ncommand = "npx"\nargs = ["-y", "p@1.0.0"]\n', 'toml');
  assert.ok(r.ok);
  const ex = extract(r.value, 'codex', { client: 'codex', scope: 'user', file: '/c.toml' });
  assert.equal(ex.entries[0]?.command, 'npx');
});

test('YAML alias bombs are refused', () => {
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 12; i++) {
    const prev = String.fromCharCode(96 + i);
    const cur = String.fromCharCode(97 + i);
    bomb.push(
      `${cur}: &${cur} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`,
    );
  }
  assert.equal(parseConfig(bomb.join('\n'), 'yaml').ok, false);
});

test('a __proto__ server name does not pollute prototypes', () => {
  const r = parseConfig(
    '{"mcpServers": {"__proto__": {"command": "x"}, "ok": {"command": "y"}}}',
    'json',
  );
  assert.ok(r.ok);
  const ex = extract(r.value, 'mcpServers', { client: 'cursor', scope: 'user', file: '/m.json' });
  assert.deepEqual(ex.entries.map((e) => e.name).sort(), ['__proto__', 'ok']);
  assert.equal(({} as Record<string, unknown>).command, undefined);
});

test('entry count is bounded', () => {
  const servers = Object.fromEntries(
    Array.from({ length: 1200 }, (_, i) => [`s${i}`, { command: 'x' }]),
  );
  const ex = extract({ mcpServers: servers }, 'mcpServers', {
    client: 'cursor',
    scope: 'user',
    file: '/m.json',
  });
  assert.equal(ex.entries.length, 1000);
  assert.match(ex.truncated ?? '', /more than 1000/);
});

test('parse errors never quote the file content (it may be a secret or a symlinked file)', () => {
  const secret = ['SECRET', 'VALUE', '0123'].join('');
  for (const [text, format] of [
    [`root:x:0:0:${secret}`, 'json'],
    [`{"a": ${secret}}`, 'json'],
    [`a = ${secret}`, 'toml'],
    [`a: [${secret}\nb: c`, 'yaml'],
    [`{"a": ${secret}}`, 'jsonc'],
  ] as const) {
    const r = parseConfig(text, format);
    assert.equal(r.ok, false);
    assert.ok(
      !r.ok && !r.reason.includes(secret) && !r.reason.includes('root:x'),
      !r.ok ? r.reason : '',
    );
  }
});
