// biome-ignore-all lint/suspicious/noTemplateCurlyInString: literal ${VAR} placeholders are config syntax, not template mistakes
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configFilePermissions } from '../../../src/checks/config/config-file-permissions.ts';
import type { FindingDraft } from '../../../src/model/finding.ts';
import { entry, target } from './_helpers.ts';

const withEnv = entry({ command: 'node', args: ['s.js'], env: { API_TOKEN: '${API_TOKEN}' } });
const run = (mode: number | undefined, e = withEnv) =>
  configFilePermissions.run(target([e], mode === undefined ? {} : { mode })) as FindingDraft[];

test('flags a world-readable file that holds env', () => {
  const f = run(0o644);
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /every local user/);
});

test('flags a group-readable file', () => {
  assert.match(run(0o640)[0]!.message, /the file group/);
});

test('passes owner-only files, files without env/headers and Windows (no mode)', () => {
  assert.equal(run(0o600).length, 0);
  assert.equal(run(0o644, entry({ command: 'node', args: ['s.js'] })).length, 0);
  assert.equal(run(undefined).length, 0);
});
