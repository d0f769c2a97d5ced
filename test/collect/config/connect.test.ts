// biome-ignore-all lint/suspicious/noTemplateCurlyInString: literal ${VAR} placeholders are config syntax, not template mistakes
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { projectRoot, resolvePlaceholders, specFor } from '../../../src/collect/config/connect.ts';
import { entry } from '../../checks/config/_helpers.ts';

test('placeholders resolve from the environment', () => {
  const env = { TOKEN: 't0k', HOME: '/h' };
  assert.deepEqual(resolvePlaceholders('Bearer ${env:TOKEN}', env), {
    ok: true,
    value: 'Bearer t0k',
  });
  assert.deepEqual(resolvePlaceholders('${HOME}/x:$TOKEN', env), { ok: true, value: '/h/x:t0k' });
  assert.deepEqual(resolvePlaceholders('${MISSING:-dflt}', env), { ok: true, value: 'dflt' });
  assert.equal(resolvePlaceholders('${MISSING}', env).ok, false);
  assert.equal(resolvePlaceholders('${input:key}', env).ok, false);
});

test('stdio specs carry the resolved env; remote specs the resolved headers', () => {
  const s = specFor(
    entry({ command: 'node', args: ['s.js', '${WS}'], env: { K: '${env:TOKEN}' } }),
    { TOKEN: 'v', WS: '/w' },
  );
  assert.ok(s.ok);
  assert.deepEqual(s.ok && s.spec, {
    kind: 'stdio',
    command: 'node',
    args: ['s.js', '/w'],
    env: { K: 'v' },
    name: 'srv',
  });
  const r = specFor(
    entry({ url: 'https://x.example/mcp', headers: { Authorization: 'Bearer ${T}' } }),
    { T: 'z' },
  );
  assert.ok(r.ok && r.spec.kind === 'http' && r.spec.headers?.Authorization === 'Bearer z');
});

test('disabled servers and unresolvable inputs are not connected', () => {
  assert.equal(specFor(entry({ command: 'x', disabled: true }), {}).ok, false);
  assert.equal(
    specFor(entry({ url: 'https://x.example', headers: { A: '${input:k}' } }), {}).ok,
    false,
  );
});

test('project servers start in their project directory', () => {
  const dir = new URL('../../fixtures/repos/monorepo', import.meta.url).pathname;
  const e = entry({
    scope: 'project',
    file: `${dir}/.vscode/mcp.json`,
    command: 'node',
    args: ['t.js'],
  });
  const s = specFor(e, {});
  assert.ok(s.ok && s.spec.kind === 'stdio' && s.spec.cwd === dir);
  const gone = specFor(entry({ ...e, file: '/no/such/app/.vscode/mcp.json' }), {});
  assert.ok(gone.ok && gone.spec.kind === 'stdio' && gone.spec.cwd === undefined);
  const k = entry({
    scope: 'project',
    file: '/src/app/tools/.kiro/settings/mcp.json',
    command: 'x',
  });
  assert.equal(projectRoot(k), '/src/app/tools');
  const c = entry({ scope: 'project', file: '/r/.continue/mcpServers/db.yaml', command: 'x' });
  assert.equal(projectRoot(c), '/r');
  assert.equal(projectRoot(entry({ command: 'x' })), undefined);
});
