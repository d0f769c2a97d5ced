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

// Logs write the same secret in many shapes: the hidden corpus is not the generator's.
const WRAPS: ReadonlyArray<[string, (s: string) => string]> = [
  ['a JSON log line', (s) => JSON.stringify({ level: 'info', msg: s, ts: 1 })],
  ['JSON inside JSON', (s) => JSON.stringify({ text: JSON.stringify({ msg: s }) })],
  ['a URL-encoded query', (s) => `GET /log?m=${encodeURIComponent(s)}&x=1 HTTP/1.1`],
  ['CRLF text', (s) => `2026-01-01T00:00:00Z INFO ${s.replace(/\n/g, '\r\n')}\r\n`],
  ['a Python repr', (s) => `{'message': '${s.replace(/\n/g, '\\n')}', 'level': 'INFO'}`],
  ['JSON with escaped slashes', (s) => JSON.stringify({ m: s }).replace(/\//g, '\\/')],
];

describe('bad examples are found in other log shapes', () => {
  for (const [shape, wrap] of WRAPS) {
    it(`inside ${shape}`, () => {
      const missed: string[] = [];
      for (const r of SECRET_RULES) {
        for (const ex of r.examples.bad) {
          // Four levels of escaping is beyond the separators' bound; not a log shape we expect.
          if (shape === 'JSON inside JSON' && ex.includes('\\"')) continue;
          const text = wrap(ex);
          const found = scanText(text);
          if (found.length === 0) missed.push(`${r.id}#${r.examples.bad.indexOf(ex)}`);
          // A value never starts or ends on a quote or an escape: that would be the container's.
          for (const m of found) {
            const v = text.slice(m.start, m.end);
            if (/^["'\\]|["'\\]$/.test(v))
              missed.push(`${r.id}#${r.examples.bad.indexOf(ex)} edge`);
          }
        }
      }
      assert.deepEqual(missed, []);
    });
  }
});

describe('all examples in one text', () => {
  it('every bad example is still covered when all of them share one log', () => {
    const parts: { start: number; spans: [number, number][]; id: string }[] = [];
    let text = '';
    for (const r of SECRET_RULES) {
      for (const ex of r.examples.bad) {
        const start = text.length + 20;
        text += `2026-01-05T10:00:00Z ${ex}\n`;
        const spans = scanText(ex, { rules: [r.id] }).map((m): [number, number] => [
          start + m.start,
          start + m.end,
        ]);
        parts.push({ start, spans, id: `${r.id}#${r.examples.bad.indexOf(ex)}` });
      }
    }
    const found = scanText(text);
    const missed = parts
      .filter((p) => p.spans.some(([s, e]) => !found.some((m) => m.start < e && s < m.end)))
      .map((p) => p.id);
    assert.deepEqual(missed, []);
    // Deduplicated: sorted by offset, never overlapping.
    for (let i = 1; i < found.length; i++)
      assert.ok(found[i - 1]!.end <= found[i]!.start, `overlap at ${i}`);
  });
});
