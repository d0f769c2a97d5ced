import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenAcceptedInFormBody as check } from '../../../src/checks/endpoint/token-accepted-in-form-body.ts';
import { endpoint, run } from './_facts.ts';

test('flags a random token that is served (any token accepted)', () => {
  const f = run(
    check,
    endpoint({
      auth: {
        required: true,
        form: {
          params: ['access_token'],
          baseline: { status: 401 },
          canary: { status: 200, served: true },
        },
      },
    }),
  );
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'critical');
});

test('flags the real token accepted there', () => {
  const f = run(
    check,
    endpoint({
      auth: {
        required: true,
        form: {
          params: ['access_token'],
          baseline: { status: 401 },
          canary: { status: 401 },
          real: { status: 200, served: true },
        },
      },
    }),
  );
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, undefined);
});

test('flags the real token getting past auth when the canary does not', () => {
  const f = run(
    check,
    endpoint({
      auth: {
        required: true,
        form: {
          params: ['access_token'],
          baseline: { status: 401 },
          canary: { status: 401 },
          real: { status: 415 },
        },
      },
    }),
  );
  assert.equal(f.length, 1);
  assert.equal(f[0]!.confidence, 'medium');
});

test('flags a server that reads the token there (invalid_token)', () => {
  const f = run(
    check,
    endpoint({
      auth: {
        required: true,
        form: {
          params: ['access_token'],
          baseline: { status: 401, wwwAuthenticate: 'Bearer realm="x"' },
          canary: { status: 401, wwwAuthenticate: 'Bearer error="invalid_token"' },
        },
      },
    }),
  );
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'medium');
});

test('passes when the placement is refused', () => {
  assert.equal(
    run(
      check,
      endpoint({
        auth: {
          required: true,
          form: {
            params: ['access_token'],
            baseline: { status: 401 },
            canary: { status: 400 },
            real: { status: 400 },
          },
        },
      }),
    ).length,
    0,
  );
});

test('does not apply when the baseline is not refused', () => {
  assert.equal(
    run(
      check,
      endpoint({
        auth: {
          required: false,
          form: {
            params: ['access_token'],
            baseline: { status: 200, served: true },
            canary: { status: 200, served: true },
          },
        },
      }),
    ).length,
    0,
  );
});
