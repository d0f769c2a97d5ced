import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHsts } from '../../../../src/collect/endpoint/tls/https-policy.ts';

test('parses a full Strict-Transport-Security header', () => {
  assert.deepEqual(parseHsts('max-age=31536000; includeSubDomains; preload'), {
    maxAge: 31536000,
    includeSubDomains: true,
    preload: true,
  });
  assert.deepEqual(parseHsts(' MAX-AGE="600" '), {
    maxAge: 600,
    includeSubDomains: false,
    preload: false,
  });
});

test('invalid headers carry an error and no max-age (RFC 6797 §6.1)', () => {
  assert.match(parseHsts('includeSubDomains').error ?? '', /max-age missing/);
  assert.match(parseHsts('max-age=abc').error ?? '', /not a number/);
  assert.match(parseHsts('max-age=-1').error ?? '', /not a number/);
  assert.match(parseHsts('max-age=1; max-age=2').error ?? '', /repeated/);
  assert.equal(parseHsts('max-age=1; max-age=2').maxAge, undefined);
});
