/**
 * Features of the local classifier: word unigrams and bigrams of the normalised text, lower
 * case, digits folded to `0`. Kept as readable strings (not hashes) so every verdict can name
 * the features that drove it.
 */

const TOKEN_RE = /[a-z][a-z0-9']{0,24}/g;
const MAX_TOKENS = 2_000;
// Function words say nothing alone (they stay inside bigrams such as "you must", "do not").
const STOPWORDS = new Set(
  'the a an and or of to in on for with by at from as is are be this that it its if you your we our can will not all any'.split(
    ' ',
  ),
);

/** Tokens of a normalised text, bounded. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().replace(/\d+/g, '0').matchAll(TOKEN_RE)) {
    out.push(m[0]);
    if (out.length >= MAX_TOKENS) break;
  }
  return out;
}

/** The set of features of a text (presence, not counts: long texts must not win by length). */
export function featuresOf(text: string): Set<string> {
  const toks = tokenize(text);
  const feats = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.length > 1 && !STOPWORDS.has(t)) feats.add(t);
    const next = toks[i + 1];
    if (next !== undefined) feats.add(`${t} ${next}`);
  }
  return feats;
}
