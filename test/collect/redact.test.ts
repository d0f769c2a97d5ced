import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeUrl, scrub, secretValues } from '../../src/collect/mcp/redact.ts';
import { httpHeaders } from '../../src/collect/mcp/transports.ts';

const SECRET = ['s3cr3t', 'value', '42'].join('-');

test('safeUrl strips userinfo and masks every query value', () => {
  assert.equal(
    safeUrl(`https://bob:${SECRET}@mcp.example.com/mcp?token=${SECRET}&x=1#frag`),
    'https://mcp.example.com/mcp?token=***&x=***',
  );
  assert.equal(safeUrl('http://127.0.0.1:3000/mcp'), 'http://127.0.0.1:3000/mcp');
  assert.equal(safeUrl('not a url'), '[invalid URL]');
});

test('scrub removes header values, bearer tokens, URL credentials and basic-auth blobs', () => {
  const secrets = secretValues({
    url: `https://bob:${SECRET}@h.example/mcp?k=${SECRET}q`,
    headers: { 'X-Api-Key': `${SECRET}h`, Authorization: `Bearer ${SECRET}b` },
    bearerToken: `${SECRET}t`,
  });
  const basic = Buffer.from(`bob:${SECRET}`).toString('base64');
  const msg = `fail ${SECRET}t ${SECRET}h ${SECRET}b ${SECRET}q https://bob:${SECRET}@h.example ${basic} Bearer abcdef123`;
  const out = scrub(new Error(msg), secrets);
  assert.ok(!out.includes(SECRET), out);
  assert.ok(!out.includes(basic), out);
  assert.match(out, /Bearer \[REDACTED\]/);
});

test('scrub escapes control characters and bounds length', () => {
  const out = scrub(`\u001b[31mred\u001b[0m ${'x'.repeat(5000)}`, []);
  assert.ok(!out.includes('\u001b'));
  assert.ok(out.length < 400);
});

test('short values are not treated as secrets (they would shred ordinary words)', () => {
  assert.deepEqual(secretValues({ headers: { 'X-Flag': 'on' } }), []);
});

test('scrub keeps the cause chain (fetch failed alone says nothing) and scrubs it too', () => {
  const inner = Object.assign(new Error(`self-signed certificate for ${SECRET}`), {
    code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
  });
  const out = scrub(new TypeError('fetch failed', { cause: inner }), [SECRET]);
  assert.match(out, /fetch failed: DEPTH_ZERO_SELF_SIGNED_CERT self-signed certificate/);
  assert.ok(!out.includes(SECRET));
});

test('a badly percent-encoded URL password still leaves every secret on the scrub list', () => {
  const url = 'https://alice:p%zzsecretpw@h.example/mcp?api_key=query-secret-value';
  const secrets = secretValues({ url });
  assert.ok(secrets.includes('p%zzsecretpw'), 'the raw password');
  assert.ok(secrets.includes('query-secret-value'), 'the query value after it');
  const msg = scrub(new Error(`failed for ${url}`), secrets);
  assert.ok(!msg.includes('secretpw') && !msg.includes('query-secret-value'), msg);
});

test('Basic auth from a badly encoded URL password is sent as typed, not thrown on', () => {
  const h = httpHeaders({ kind: 'http', url: 'https://bob:p%zz@h.example/mcp' });
  assert.equal(h.Authorization, `Basic ${Buffer.from('bob:p%zz').toString('base64')}`);
});
