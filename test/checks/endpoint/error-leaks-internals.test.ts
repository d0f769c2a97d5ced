import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorLeaksInternals as check } from '../../../src/checks/endpoint/error-leaks-internals.ts';
import { endpoint, run } from './_facts.ts';

const answering = (kind: string, status: number, body: string) =>
  run(check, endpoint({ errorProbes: [{ kind, status, body }] }));

test('flags a JSON-escaped JavaScript stack trace', () => {
  const f = answering(
    'malformed-json',
    500,
    '{"stack":"SyntaxError: x\\n    at JSON.parse (<anonymous>)\\n    at handler (/srv/app/dist/server.js:80:18)"}',
  );
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /stack trace/);
});

test('flags an internal address', () => {
  const f = answering('bad-params', 500, 'upstream 10.0.3.7:5432 refused');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /internal IP/);
});

test('flags a Python traceback', () => {
  const f = answering(
    'bad-params',
    500,
    'Traceback (most recent call last):\n  File "/app/main.py", line 3',
  );
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /Python/);
});

test('passes a terse error', () => {
  const body = '{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}}';
  assert.equal(answering('malformed-json', 400, body).length, 0);
});

test('does not mistake a public address or version for an internal one', () => {
  assert.equal(answering('x', 400, 'see 8.8.8.8 and v10.1.2.3.4').length, 0);
});
