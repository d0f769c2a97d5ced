// biome-ignore-all lint/suspicious/noTemplateCurlyInString: literal ${VAR} placeholders are config syntax, not template mistakes
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolvePlaceholders, specFor } from '../../../src/collect/config/connect.ts';
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
