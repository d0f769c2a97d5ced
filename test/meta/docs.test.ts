import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checksPage, readmeWithTable } from '../../scripts/gen-docs.ts';

// A check's metadata is its documentation: the committed copies must match the registry.
const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');

test('docs/checks.md is generated from the current registry (run npm run docs)', () => {
  assert.equal(read('docs/checks.md'), checksPage());
});

test('the README check table is generated from the current registry (run npm run docs)', () => {
  const readme = read('README.md');
  assert.ok(readme.includes('<!-- checks:begin'), 'README keeps the generated-table markers');
  assert.equal(readme, readmeWithTable(readme));
});
