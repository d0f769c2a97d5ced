import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchName, matchParameter, matchText } from '../../../src/engines/text/match.ts';
import { canonical } from '../../../src/engines/text/normalize.ts';
import { RULES } from '../../../src/engines/text/rules/index.ts';

function fires(ruleId: string, scope: string, example: string): boolean {
  if (scope === 'parameter') {
    const m = /^param (.*?) : ?(.*)$/.exec(example);
    assert.ok(m, `parameter example must look like "param <name words> : <description>"`);
    return matchParameter(m[1]!.replace(/ /g, '_'), m[2]!, 'x').some((h) => h.rule === ruleId);
  }
  if (scope === 'name') return matchName(example.replace(/ /g, '_')).some((h) => h.rule === ruleId);
  return matchText(canonical(example), 'x').some((h) => h.rule === ruleId);
}

test('rule ids are unique and every rule carries bad and good examples', () => {
  const ids = RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const r of RULES) {
    assert.match(r.id, /^[a-z]{2,3}-[a-z0-9-]+$/, r.id);
    assert.ok(r.examples.bad.length > 0 && r.examples.good.length > 0, `${r.id} has examples`);
    assert.ok(r.weight > 0 && r.weight < 1, `${r.id} weight in (0,1)`);
    assert.ok(r.description.length > 10, `${r.id} describes itself`);
    for (const k of r.keywords ?? [])
      assert.equal(k, k.toLowerCase(), `${r.id}: keyword ${k} is lower case`);
  }
});

for (const rule of RULES) {
  test(`rule ${rule.id} matches its bad examples and none of its good ones`, () => {
    for (const bad of rule.examples.bad) {
      assert.ok(fires(rule.id, rule.scope ?? 'text', bad), `${rule.id} misses: ${bad}`);
    }
    for (const good of rule.examples.good) {
      assert.ok(!fires(rule.id, rule.scope ?? 'text', good), `${rule.id} fires on: ${good}`);
    }
  });
}

// Hostile input: a quantified group that itself contains an unbounded quantifier can backtrack
// exponentially. Rules must use bounded, flat repetition only.
test('no rule pattern nests an unbounded quantifier inside a quantified group', () => {
  const nested = /\((?:[^()\\]|\\.)*[*+](?:[^()\\]|\\.)*\)[*+{]/;
  for (const r of RULES) {
    for (const p of r.patterns) {
      assert.ok(!nested.test(p.source), `${r.id}: ${p.source}`);
      assert.ok(!p.flags.includes('g') && !p.flags.includes('y'), `${r.id}: stateless regex`);
    }
  }
});
