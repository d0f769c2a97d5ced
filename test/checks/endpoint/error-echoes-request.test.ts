import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorEchoesRequest as check } from '../../../src/checks/endpoint/error-echoes-request.ts';
import { endpoint, run } from './_facts.ts';

test('flags a body echoing the canary', () => {
  const f = run(
    check,
    endpoint({
      canary: 'mcpwabc123',
      errorProbes: [
        { kind: 'unknown-method', status: 200, body: 'Method not found (request mcpwabc123)' },
      ],
    }),
  );
  assert.equal(f.length, 1);
  assert.match(f[0]!.evidence ?? '', /mcpwabc123/);
});

test('flags an echoed canary bearer as high', () => {
  const f = run(
    check,
    endpoint({
      canary: 'mcpwabc123',
      errorProbes: [{ kind: 'canary-bearer', status: 401, body: 'invalid token mcpwabc123' }],
    }),
  );
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'high');
});

test('flags the user token echoed', () => {
  const f = run(
    check,
    endpoint({
      canary: 'mcpwabc123',
      errorProbes: [
        {
          kind: 'wrong-content-type',
          status: 415,
          body: 'auth: Bearer [REDACTED-TOKEN]',
          echoedUserToken: true,
        },
      ],
    }),
  );
  assert.equal(f.length, 1);
  assert.equal(f[0]!.title, 'Response echoes your token');
  assert.match(f[0]!.evidence ?? '', /\[REDACTED-TOKEN\]/);
});

test('passes generic errors', () => {
  assert.equal(
    run(
      check,
      endpoint({
        canary: 'mcpwabc123',
        errorProbes: [
          {
            kind: 'malformed-json',
            status: 400,
            body: '{"error":{"code":-32700,"message":"Parse error"}}',
          },
        ],
      }),
    ).length,
    0,
  );
});

test('reports reflected body input at low severity only', () => {
  const f = run(
    check,
    endpoint({
      canary: 'mcpwabc123',
      bodyCanary: 'mcpwz321cba',
      errorProbes: [{ kind: 'malformed-json', status: 400, body: 'bad method mcpwz321cba' }],
    }),
  );
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'low');
});
