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

export const CONFUSABLES: ReadonlyMap<string, string> = new Map(CONFUSABLE_PAIRS);

/** One character class of every confusable source character, for a fast test-and-replace. */
export const CONFUSABLE_RE = new RegExp(`[${CONFUSABLE_PAIRS.map(([c]) => c).join('')}]`, 'gu');

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
  CONFUSABLE_RE.lastIndex = 0;
  if (!CONFUSABLE_RE.test(text)) return text;
  CONFUSABLE_RE.lastIndex = 0;
  return text.replace(WORD_RE, (w) => {
    CONFUSABLE_RE.lastIndex = 0;
    if (!CONFUSABLE_RE.test(w)) return w;
    const folded = foldConfusables(w);
    return LATIN_RE.test(w) || /^[A-Za-z]+$/.test(folded) ? folded : w;
  });
}
