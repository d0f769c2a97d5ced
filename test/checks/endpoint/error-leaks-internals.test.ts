import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorLeaksInternals as check } from '../../../src/checks/endpoint/error-leaks-internals.ts';
import { endpoint, run } from './_facts.ts';

test('flags a JSON-escaped JavaScript stack trace', () => {
  const f = run(
    check,
    endpoint({
      errorProbes: [
        {
          kind: 'malformed-json',
          status: 500,
          body: '{"stack":"SyntaxError: x\\n    at JSON.parse (<anonymous>)\\n    at handler (/srv/app/dist/server.js:80:18)"}',
        },
      ],
    }),
  );
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /stack trace/);
});

test('flags an internal address', () => {
  const f = run(
    check,
    endpoint({
      errorProbes: [{ kind: 'bad-params', status: 500, body: 'upstream 10.0.3.7:5432 refused' }],
    }),
  );
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /internal IP/);
});

test('flags a Python traceback', () => {
  const f = run(
    check,
    endpoint({
      errorProbes: [
        {
          kind: 'bad-params',
          status: 500,
          body: 'Traceback (most recent call last):\n  File "/app/main.py", line 3',
        },
      ],
    }),
  );
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /Python/);
});

test('passes a terse error', () => {
  assert.equal(
    run(
      check,
      endpoint({
        errorProbes: [
          {
            kind: 'malformed-json',
            status: 400,
            body: '{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}}',
          },
        ],
      }),
    ).length,
    0,
  );
});

test('does not mistake a public address or version for an internal one', () => {
  assert.equal(
    run(
      check,
      endpoint({ errorProbes: [{ kind: 'x', status: 400, body: 'see 8.8.8.8 and v10.1.2.3.4' }] }),
    ).length,
    0,
  );
});
