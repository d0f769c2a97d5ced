import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oauthBearerMethodsInsecure as check } from '../../../src/checks/endpoint/oauth-bearer-methods-insecure.ts';
import { endpoint, resourceMetadata, run } from './_facts.ts';

const withMethods = (bearerMethods: string[]) =>
  run(check, endpoint({ resourceMetadata: resourceMetadata({ bearerMethods }) }));

test('flags query bearer method as high', () => {
  const f = withMethods(['header', 'query']);
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'high');
});

test('flags body bearer method', () => {
  const f = withMethods(['body']);
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, undefined);
});

test('passes header only', () => {
  assert.equal(withMethods(['header']).length, 0);
});
