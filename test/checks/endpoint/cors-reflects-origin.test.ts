import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corsReflectsOrigin as check } from '../../../src/checks/endpoint/cors-reflects-origin.ts';
import { endpoint, run } from './_facts.ts';

test('flags a reflected origin with credentials', () => {
  const f = run(
    check,
    endpoint({
      cors: {
        probeOrigin: 'https://a.invalid',
        allowOrigin: 'https://a.invalid',
        allowCredentials: true,
      },
    }),
  );
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, undefined);
});

test('flags a reflected origin without credentials as low', () => {
  const f = run(
    check,
    endpoint({ cors: { probeOrigin: 'https://a.invalid', allowOrigin: 'https://a.invalid' } }),
  );
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'low');
});

test('passes no CORS for a foreign origin', () => {
  assert.equal(
    run(check, endpoint({ cors: { probeOrigin: 'https://a.invalid', preflightStatus: 403 } }))
      .length,
    0,
  );
});

test('passes a fixed allow-list origin', () => {
  assert.equal(
    run(
      check,
      endpoint({
        cors: {
          probeOrigin: 'https://a.invalid',
          allowOrigin: 'https://app.example.com',
          allowCredentials: true,
        },
      }),
    ).length,
    0,
  );
});
