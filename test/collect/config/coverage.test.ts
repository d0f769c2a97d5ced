import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { discover } from '../../../src/collect/config/discover.ts';
import { configTargets } from '../../../src/collect/config/targets.ts';

const HOMES = new URL('../../fixtures/homes/', import.meta.url).pathname;
const broken = join(HOMES, 'broken');

test('malformed JSON, TOML and YAML are reported with the reason, never skipped', async () => {
  const d = await discover({ home: broken, env: {} });
  const byPath = new Map(d.files.map((f) => [f.meta.path, f]));
  const cursor = byPath.get(join(broken, '.cursor/mcp.json'))!;
  assert.equal(cursor.status, 'parse-error');
  assert.match(cursor.reason!, /JSON syntax error/);
  assert.equal(byPath.get(join(broken, '.codex/config.toml'))!.status, 'parse-error');
  assert.equal(byPath.get(join(broken, '.continue/config.yaml'))!.status, 'parse-error');
  // The good file next to them is still read.
  assert.equal(byPath.get(join(broken, '.gemini/settings.json'))!.status, 'ok');
});

// Tests run as root, where chmod 000 does not cause EACCES: unreadable is simulated with a
// directory in place of the file, and with an injected read function that fails with EACCES.
test('a directory where a config file should be is reported unreadable', async () => {
  const d = await discover({ home: broken, env: {} });
  const f = d.files.find((x) => x.meta.path === join(broken, '.claude.json'))!;
  assert.equal(f.status, 'unreadable');
  assert.match(f.reason!, /directory/);
});

test('EACCES from the file system is reported unreadable with the reason', async () => {
  const denied = Object.assign(new Error('denied'), { code: 'EACCES' });
  const d = await discover({
    home: join(HOMES, 'linux'),
    env: {},
    fs: {
      readFile: async (p: string) => {
        if (p.endsWith('.gemini/settings.json')) throw denied;
        const { readFile } = await import('node:fs/promises');
        return readFile(p);
      },
    },
  });
  const f = d.files.find((x) => x.meta.path.endsWith('.gemini/settings.json'))!;
  assert.equal(f.status, 'unreadable');
  assert.equal(f.reason, 'permission denied (EACCES)');
});

test('files over the size limit are not read and are reported', async () => {
  const d = await discover({ home: join(HOMES, 'linux'), env: {}, limits: { maxFileBytes: 100 } });
  const big = d.files.filter((f) => f.status === 'too-large');
  assert.ok(big.length > 0);
  assert.ok(big.every((f) => /larger than 100 bytes/.test(f.reason!)));
});

test('unreadable files become unreachable targets and parse errors partial ones', async () => {
  const d = await discover({ home: broken, env: {} });
  const targets = configTargets(d);
  const byId = new Map(targets.map((t) => [t.target.id, t]));
  assert.equal(
    byId.get(`config:${join(broken, '.claude.json')}`)!.collection.status,
    'unreachable',
  );
  const parse = byId.get(`config:${join(broken, '.cursor/mcp.json')}`)!;
  assert.equal(parse.collection.status, 'partial');
  assert.equal(parse.facts.config, undefined);
  assert.deepEqual(parse.expected, ['config']);
  assert.equal(
    byId.get(`config:${join(broken, '.gemini/settings.json')}`)!.collection.status,
    'scanned',
  );
});
