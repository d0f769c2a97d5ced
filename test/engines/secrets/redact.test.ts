import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakeGithubToken } from '../../../src/engines/secrets/fake.ts';
import { hashSecret, redact, SECRET_RULES, scanText } from '../../../src/engines/secrets/index.ts';

/** The parts of `text` the scanner reported as secrets. */
function values(text: string): string[] {
  return scanText(text).map((m) => text.slice(m.start, m.end));
}

describe('redaction', () => {
  it('shows a type marker, the length and a hash prefix', () => {
    const v = 'ghp_' + 'Ab1'.repeat(12);
    assert.equal(redact(v), `ghp_…(40 chars, sha256:${hashSecret(v).slice(0, 8)})`);
    assert.equal(
      redact('q8Vh2LmZ0pR7sT4w'),
      `q8…(16 chars, sha256:${hashSecret('q8Vh2LmZ0pR7sT4w').slice(0, 8)})`,
    );
    assert.equal(
      hashSecret('x'),
      '2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881',
    );
  });

  it('never contains the secret nor any 8-char piece of its non-marker part (all bad examples)', () => {
    let checked = 0;
    for (const r of SECRET_RULES) {
      for (const ex of r.examples.bad) {
        const found = scanText(ex, { rules: [r.id] });
        for (const m of found) {
          const secret = ex.slice(m.start, m.end);
          const shown = m.redacted.split('…')[0]!;
          assert.ok(secret.startsWith(shown), `${r.id}: prefix is not a prefix`);
          // Armor lines (BEGIN/END) name the key type; they are not part of the secret.
          const rest = secret.slice(shown.length).replace(/-----(?:BEGIN|END)[^-]{0,60}-----/g, '');
          assert.ok(!m.redacted.includes(secret), r.id);
          for (let i = 0; i + 8 <= rest.length; i++) {
            assert.ok(!m.redacted.includes(rest.slice(i, i + 8)), `${r.id} leaks ${i}`);
          }
          assert.ok(
            !JSON.stringify(m).includes(rest.slice(0, 8)) || rest.length < 8,
            `${r.id} match leaks`,
          );
          checked++;
        }
      }
    }
    assert.ok(checked > 100, `only ${checked} checked`);
  });

  it('short unknown values show at most an eighth of their length', () => {
    assert.match(redact('Zx81Kq0p'), /^Z…\(8 chars/);
    assert.match(redact('abc'), /^…\(3 chars/);
  });

  it('match offsets cover exactly the secret, not the text around it', () => {
    const token = fakeGithubToken(`gh${'p'}_`, 'redact-span');
    assert.deepEqual(values(`Authorization: Bearer ${token}\n`), [token]);
    assert.deepEqual(values(JSON.stringify({ headers: { authorization: token } })), [token]);
    assert.deepEqual(values('nothing here'), []);
  });
});
