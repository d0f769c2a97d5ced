import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { CHECKS } from '../../src/checks/registry.ts';
import { CHECKLIST_IDS, PATTERN_IDS, SEVERITIES } from '../../src/model/taxonomy.ts';

const checksDir = new URL('../../src/checks/', import.meta.url).pathname;
const areas = readdirSync(checksDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const checkFiles = areas.flatMap((area) =>
  readdirSync(join(checksDir, area))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.test.ts'))
    .filter((f) => !f.startsWith('_'))
    .map((f) => ({ area, id: basename(f, '.ts') })),
);

test('every check file is registered exactly once under its file name', () => {
  const ids = CHECKS.map((c) => c.meta.id);
  for (const { area, id } of checkFiles) {
    assert.equal(ids.filter((x) => x === id).length, 1, `${area}/${id}.ts is not registered once`);
  }
  assert.equal(new Set(ids).size, ids.length, 'check ids are unique');
  assert.equal(ids.length, checkFiles.length, 'every registered check has its own file');
});

test('every check has valid metadata', () => {
  for (const { meta } of CHECKS) {
    assert.match(meta.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `${meta.id}: id is kebab-case`);
    assert.ok(meta.title.length > 5, `${meta.id}: title`);
    assert.ok(meta.description.length > 20, `${meta.id}: description explains why`);
    assert.ok(meta.remediation.length > 10, `${meta.id}: remediation`);
    assert.ok(CHECKLIST_IDS.includes(meta.checklist), `${meta.id}: checklist id`);
    assert.ok(
      meta.patterns.every((p) => PATTERN_IDS.includes(p)),
      `${meta.id}: pattern ids`,
    );
    assert.ok(SEVERITIES.includes(meta.severity), `${meta.id}: severity`);
    assert.ok(
      meta.requires.length + (meta.requiresAnyOf?.length ?? 0) > 0,
      `${meta.id}: requires at least one fact kind`,
    );
  }
});

test('every check has its own test file, and that file imports the check it tests', () => {
  for (const { area, id } of checkFiles) {
    const t = new URL(`../checks/${area}/${id}.test.ts`, import.meta.url).pathname;
    assert.ok(existsSync(t), `missing test/checks/${area}/${id}.test.ts`);
    // A test file that never loads its check (a copy left from another one, or only shared
    // helpers) passes whatever the check does; biome's unused-import rule keeps an import honest.
    const from = new RegExp(`from\\s+['"](?:\\.\\./)+src/checks/${area}/${id}\\.ts['"]`);
    assert.match(readFileSync(t, 'utf8'), from, `${area}/${id}.test.ts does not import its check`);
  }
});

test('each area index lists its checks sorted by id', async () => {
  for (const area of areas) {
    const mod = (await import(`../../src/checks/${area}/index.ts`)) as Record<string, unknown>;
    const list = Object.values(mod).find(Array.isArray) as { meta: { id: string } }[];
    const ids = list.map((c) => c.meta.id);
    assert.deepEqual(ids, [...ids].sort(), `${area}/index.ts is sorted`);
  }
});
