import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorLeaksSecrets as check } from '../../../src/checks/endpoint/error-leaks-secrets.ts';
import { endpoint, run } from './_facts.ts';

test('flags a secret found by the engine', () => {
  const f = run(
    check,
    endpoint({
      errorProbes: [
        {
          kind: 'bad-params',
          status: 500,
          body: 'key [AKIA…]',
          secrets: [
            {
              rule: 'aws-access-key-id',
              family: 'aws',
              title: 'AWS access key id',
              hash: 'ab'.repeat(32),
              redacted: 'AKIA…(20 chars, sha256:abababab)',
              confidence: 'high',
            },
          ],
        },
      ],
    }),
  );
  assert.equal(f.length, 1);
  assert.equal(f[0]!.evidence, 'AKIA…(20 chars, sha256:abababab)');
});

test('passes responses without secrets', () => {
  assert.equal(
    run(check, endpoint({ errorProbes: [{ kind: 'bad-params', status: 400, body: 'bad' }] }))
      .length,
    0,
  );
});
