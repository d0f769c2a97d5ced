/**
 * Common look-alikes of Latin letters (Unicode TR39 confusables, the subset attackers use to dodge
 * keyword filters: Cyrillic, Greek, Armenian, Cherokee-free). Fullwidth and mathematical letters
 * need no entry: NFKC already folds them. Data, not code: add a pair, not a branch.
 */
export const CONFUSABLE_PAIRS: readonly (readonly [string, string])[] = [
  // Cyrillic lowercase
  ['а', 'a'],
  ['в', 'b'],
  ['с', 'c'],
  ['ԁ', 'd'],
  ['е', 'e'],
  ['ё', 'e'],
  ['һ', 'h'],
  ['і', 'i'],
  ['ї', 'i'],
  ['ј', 'j'],
  ['к', 'k'],
  ['ӏ', 'l'],
  ['м', 'm'],
  ['н', 'h'],
  ['о', 'o'],
  ['р', 'p'],
  ['ԛ', 'q'],
  ['г', 'r'],
  ['ѕ', 's'],
  ['т', 't'],
  ['ц', 'u'],
  ['ѵ', 'v'],
  ['ԝ', 'w'],
  ['х', 'x'],
  ['у', 'y'],
  ['з', '3'],
  // Cyrillic uppercase
  ['А', 'A'],
  ['В', 'B'],
  ['С', 'C'],
  ['Е', 'E'],
  ['Н', 'H'],
  ['І', 'I'],
  ['Ј', 'J'],
  ['К', 'K'],
  ['М', 'M'],
  ['О', 'O'],
  ['Р', 'P'],
  ['Ѕ', 'S'],
  ['Т', 'T'],
  ['Х', 'X'],
  ['У', 'Y'],
  ['Ԝ', 'W'],
  // Greek lowercase
  ['α', 'a'],
  ['β', 'b'],
  ['ε', 'e'],
  ['η', 'n'],
  ['ι', 'i'],
  ['κ', 'k'],
  ['ν', 'v'],
  ['ο', 'o'],
  ['ρ', 'p'],
  ['τ', 't'],
  ['υ', 'u'],
  ['χ', 'x'],
  ['γ', 'y'],
  // Greek uppercase
  ['Α', 'A'],
  ['Β', 'B'],
  ['Ε', 'E'],
  ['Ζ', 'Z'],
  ['Η', 'H'],
  ['Ι', 'I'],
  ['Κ', 'K'],
  ['Μ', 'M'],
  ['Ν', 'N'],
  ['Ο', 'O'],
  ['Ρ', 'P'],
  ['Τ', 'T'],
  ['Υ', 'Y'],
  ['Χ', 'X'],
  // Armenian and Latin extensions that render like ASCII
  ['օ', 'o'],
  ['ս', 'u'],
  ['ց', 'g'],
  ['ɑ', 'a'],
  ['ɡ', 'g'],
  ['ı', 'i'],
  ['ȷ', 'j'],
  ['ℓ', 'l'],
  ['ʏ', 'y'],
];

const CONFUSABLES: ReadonlyMap<string, string> = new Map(CONFUSABLE_PAIRS);

const CONFUSABLE_CLASS = `[${CONFUSABLE_PAIRS.map(([c]) => c).join('')}]`;
// Two compiled forms: a global one for replace, a non-global one for test (no lastIndex state).
const CONFUSABLE_RE = new RegExp(CONFUSABLE_CLASS, 'gu');
const HAS_CONFUSABLE_RE = new RegExp(CONFUSABLE_CLASS, 'u');

/** Whether the text holds any look-alike letter of CONFUSABLE_PAIRS. */
export function hasConfusables(text: string): boolean {
  return HAS_CONFUSABLE_RE.test(text);
}

/** Maps look-alike letters to their Latin counterpart; other characters are left alone. */
export function foldConfusables(text: string): string {
  return text.replace(CONFUSABLE_RE, (c) => CONFUSABLES.get(c) ?? c);
}

const WORD_RE = /[\p{L}\p{M}]+/gu;
const LATIN_RE = /[A-Za-z]/;

/**
 * Folds look-alikes only inside words that are disguised Latin: words mixing Latin with another
 * script, or made only of look-alike letters (`іgnоrе` written all in Cyrillic). Genuine
 * Russian or Greek words keep their letters, so rules in those languages still match.
 */
export function foldDisguisedWords(text: string): string {
  if (!hasConfusables(text)) return text;
  return text.replace(WORD_RE, (w) => {
    if (!hasConfusables(w)) return w;
    const folded = foldConfusables(w);
    return LATIN_RE.test(w) || /^[A-Za-z]+$/.test(folded) ? folded : w;
  });
}
