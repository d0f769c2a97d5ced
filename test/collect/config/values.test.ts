// biome-ignore-all lint/suspicious/noTemplateCurlyInString: literal ${VAR} placeholders are config syntax, not template mistakes
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareSemver, inRange, parseSemver } from '../../../src/collect/config/semver.ts';
import {
  isPlaceholder,
  isSecretName,
  redactArgs,
  redactUrl,
} from '../../../src/collect/config/values.ts';
import { isLoopbackHost } from '../../../src/util/net.ts';

test('placeholders are recognised', () => {
  for (const p of [
    '${VAR}',
    '${env:VAR}',
    '${input:api-key}',
    '$VAR',
    '{{ secrets.x }}',
    '<your-token>',
    '',
    'YOUR_API_KEY',
    'xxxx',
    // Recognised by the shared secret engine: a vendor documentation example, a redaction.
    'AKIAIOSFODNN7EXAMPLE',
    '[REDACTED]',
  ]) {
    assert.ok(isPlaceholder(p), p);
  }
  assert.ok(!isPlaceholder('abc${VAR}def9'));
});

test('secret names', () => {
  for (const n of [
    'GITHUB_TOKEN',
    'OPENAI_API_KEY',
    'PASSWORD',
    'Authorization',
    'x-api-key',
    'client_secret',
  ])
    assert.ok(isSecretName(n), n);
  for (const n of ['LOG_LEVEL', 'HOME', 'PUBLIC_KEY', 'KEYBOARD', 'PORT'])
    assert.ok(!isSecretName(n), n);
});

test('URLs lose credentials for display', () => {
  const out = redactUrl('https://user:pw@mcp.example.com/p?token=abc&x=1');
  assert.ok(!out.includes('pw') && !out.includes('abc'));
  assert.match(out, /x=1/);
});

test('args lose secret values for display', () => {
  const long = ['Zq8vT2mW9x', 'L4pR7nK3sD', 'u5Yh'].join('');
  const out = redactArgs([
    '--token',
    'abc123',
    '--api-key=zzz999',
    'API_KEY=qqq',
    long,
    '--port',
    '8080',
    '${env:T}',
  ]);
  assert.deepEqual(out, [
    '--token',
    '[redacted]',
    '--api-key=[redacted]',
    'API_KEY=[redacted]',
    '[redacted]',
    '--port',
    '8080',
    '${env:T}',
  ]);
});

test('package specs and paths are not taken for secrets', () => {
  const args = [
    'fixture-server==1.0.0',
    '@modelcontextprotocol/server-filesystem@2025.7.1',
    '/Users/dev/Projects/some-long-directory-name',
  ];
  assert.deepEqual(redactArgs(args), args);
});

test('loopback hosts', () => {
  for (const h of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', 'app.localhost'])
    assert.ok(isLoopbackHost(h), h);
  for (const h of ['10.0.0.1', 'example.com', '127.example.com']) assert.ok(!isLoopbackHost(h), h);
});

test('semver compare and ranges', () => {
  const v = (s: string) => parseSemver(s)!;
  assert.ok(compareSemver(v('0.1.15'), v('0.1.16')) < 0);
  assert.ok(compareSemver(v('1.0.0-rc.1'), v('1.0.0')) < 0);
  assert.ok(compareSemver(v('1.0.0-alpha.2'), v('1.0.0-alpha.10')) < 0);
  assert.ok(inRange('0.1.15', '0.0.5', '0.1.16'));
  assert.ok(!inRange('0.1.16', '0.0.5', '0.1.16'));
  assert.ok(!inRange('0.0.4', '0.0.5', '0.1.16'));
  assert.equal(parseSemver('^1.0.0'), undefined);
});
