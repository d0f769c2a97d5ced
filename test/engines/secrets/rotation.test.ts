import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ROTATION_ADVICE,
  rotationAdvice,
  SECRET_RULES,
  secretFamiliesMarkdown,
} from '../../../src/engines/secrets/index.ts';

describe('rotation advice', () => {
  it('exists for every family a rule reports', () => {
    for (const family of new Set(SECRET_RULES.map((r) => r.family))) {
      const a = ROTATION_ADVICE[family];
      assert.ok(a, family);
      assert.ok(
        a.steps.some((s) =>
          /revoke|rotate|roll|delete|remove|change|reset|regenerate|invalidate|terminate|disable|replace/i.test(
            s,
          ),
        ),
        family,
      );
    }
  });

  it('falls back to generic advice for an unknown family', () => {
    assert.equal(rotationAdvice('no-such-family'), ROTATION_ADVICE['generic']);
  });

  it('has no advice entry without a rule', () => {
    const families = new Set(SECRET_RULES.map((r) => r.family));
    for (const f of Object.keys(ROTATION_ADVICE)) assert.ok(families.has(f), f);
  });
});

describe('docs', () => {
  it('docs/secrets.md holds the generated families table', async () => {
    const { readFile } = await import('node:fs/promises');
    const doc = await readFile(new URL('../../../docs/secrets.md', import.meta.url), 'utf8');
    assert.ok(
      doc.includes(secretFamiliesMarkdown()),
      'docs/secrets.md is stale: regenerate the table as docs/secrets.md explains',
    );
  });
});
