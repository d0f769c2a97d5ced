import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ROTATION_ADVICE, SECRET_RULES, scanText } from '../../../src/engines/secrets/index.ts';

describe('secret rules as data', () => {
  it('have unique kebab-case ids, lowercase keywords and a description', () => {
    const ids = new Set<string>();
    for (const r of SECRET_RULES) {
      assert.match(r.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, r.id);
      assert.ok(!ids.has(r.id), `duplicate id ${r.id}`);
      ids.add(r.id);
      assert.ok(r.keywords.length > 0, `${r.id} has no keyword`);
      for (const k of r.keywords) assert.equal(k, k.toLowerCase(), `${r.id} keyword ${k}`);
      assert.ok(r.description.length > 20, `${r.id} description`);
      assert.ok(r.examples.bad.length > 0 && r.examples.good.length > 0, `${r.id} examples`);
    }
  });

  it('cover at least 40 credential families', () => {
    const families = new Set(SECRET_RULES.map((r) => r.family));
    assert.ok(families.size >= 40, `only ${families.size} families`);
  });

  it('have rotation advice for every family', () => {
    for (const r of SECRET_RULES) {
      const a = ROTATION_ADVICE[r.family];
      assert.ok(a, `no advice for ${r.family}`);
      assert.ok(a.provider && a.revokeAt && a.steps.length >= 2, r.family);
    }
  });
});

describe('every rule example behaves', () => {
  for (const r of SECRET_RULES) {
    it(`${r.id}: bad examples match, good examples do not`, () => {
      for (const ex of r.examples.bad) {
        const found = scanText(ex, { rules: [r.id] });
        assert.ok(found.length > 0, `${r.id} missed bad example #${r.examples.bad.indexOf(ex)}`);
        for (const m of found) {
          assert.equal(m.rule, r.id);
          assert.ok(m.start >= 0 && m.end <= ex.length && m.start < m.end);
        }
      }
      for (const ex of r.examples.good) {
        const found = scanText(ex, { rules: [r.id] });
        assert.deepEqual(
          found.map((m) => m.rule),
          [],
          `${r.id} flagged good example #${r.examples.good.indexOf(ex)}`,
        );
      }
    });
  }
});

describe('rule selection', () => {
  it('runs only the listed rules', () => {
    const text = SECRET_RULES.find((r) => r.id === 'github-pat')!.examples.bad[0]!;
    assert.equal(scanText(text, { rules: ['aws-access-key-id'] }).length, 0);
    assert.equal(scanText(text, { rules: ['github-pat'] }).length, 1);
  });
});
