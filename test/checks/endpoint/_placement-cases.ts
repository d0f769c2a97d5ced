import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TokenPlacementTest } from '../../../src/collect/endpoint/facts.ts';
import { endpoint, run } from './_facts.ts';

/**
 * The cases shared by token-accepted-in-query and token-accepted-in-form-body: both judge a
 * TokenPlacementTest the same way (src/checks/endpoint/_placement.ts), only the field differs.
 */
export function placementCases(check: { meta: { scope: string } }, field: 'query' | 'form'): void {
  const judge = (required: boolean, t: Omit<TokenPlacementTest, 'params'>) =>
    run(check, endpoint({ auth: { required, [field]: { params: ['access_token'], ...t } } }));

  test('flags a random token that is served (any token accepted)', () => {
    const f = judge(true, { baseline: { status: 401 }, canary: { status: 200, served: true } });
    assert.equal(f.length, 1);
    assert.equal(f[0]!.severity, 'critical');
  });

  test('flags the real token accepted there', () => {
    const f = judge(true, {
      baseline: { status: 401 },
      canary: { status: 401 },
      real: { status: 200, served: true },
    });
    assert.equal(f.length, 1);
    assert.equal(f[0]!.severity, undefined);
  });

  test('flags the real token getting past auth when the canary does not', () => {
    const f = judge(true, {
      baseline: { status: 401 },
      canary: { status: 401 },
      real: { status: 415 },
    });
    assert.equal(f.length, 1);
    assert.equal(f[0]!.confidence, 'medium');
  });

  test('flags a server that reads the token there (invalid_token)', () => {
    const f = judge(true, {
      baseline: { status: 401, wwwAuthenticate: 'Bearer realm="x"' },
      canary: { status: 401, wwwAuthenticate: 'Bearer error="invalid_token"' },
    });
    assert.equal(f.length, 1);
    assert.equal(f[0]!.severity, 'medium');
  });

  test('passes when the placement is refused', () => {
    const f = judge(true, {
      baseline: { status: 401 },
      canary: { status: 400 },
      real: { status: 400 },
    });
    assert.equal(f.length, 0);
  });

  test('does not apply when the baseline is not refused', () => {
    const f = judge(false, {
      baseline: { status: 200, served: true },
      canary: { status: 200, served: true },
    });
    assert.equal(f.length, 0);
  });
}
