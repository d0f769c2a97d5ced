import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oauthBearerMethodsInsecure as check } from '../../../src/checks/endpoint/oauth-bearer-methods-insecure.ts';
import { endpoint, run } from './_facts.ts';

test('flags query bearer method as high', () => {
  const f = run(
    check,
    endpoint({
      resourceMetadata: {
        url: 'u',
        via: 'well-known',
        found: true,
        errors: [],
        bearerMethods: ['header', 'query'],
        expectedResource: 'e',
      },
    }),
  );
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'high');
});

test('flags body bearer method', () => {
  const f = run(
    check,
    endpoint({
      resourceMetadata: {
        url: 'u',
        via: 'well-known',
        found: true,
        errors: [],
        bearerMethods: ['body'],
        expectedResource: 'e',
      },
    }),
  );
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, undefined);
});

test('passes header only', () => {
  assert.equal(
    run(
      check,
      endpoint({
        resourceMetadata: {
          url: 'u',
          via: 'well-known',
          found: true,
          errors: [],
          bearerMethods: ['header'],
          expectedResource: 'e',
        },
      }),
    ).length,
    0,
  );
});
