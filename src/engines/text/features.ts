/**
 * Features of the local classifier, kept as readable strings (not hashes) so every verdict can
 * name what drove it:
 * - word unigrams (stop words dropped) and bigrams of the normalised text, lower case, digits
 *   folded to `0`, URLs, e-mail addresses and snake_case identifiers replaced by placeholders;
 * - abstract cue categories (`c:oblige`, `c:secret`…) from a small lexicon, their bigrams in
 *   order, and the pairs of categories that meet in one sentence (`p:oblige+secret`). Words
 *   change from author to author; "an obligation next to a secret and a destination" does not,
 *   which is what lets the model say something about servers it never saw.
 */

const TOKEN_RE = /__[a-z]{3,6}|[a-z][a-z0-9']{0,24}|[.!?;]/g;
const MAX_TOKENS = 2_000;
// Function words say nothing alone (they stay inside bigrams such as "you must", "do not").
const STOPWORDS = new Set(
  'the a an and or of to in on for with by at from as is are be this that it its if you your we our can will not all any'.split(
    ' ',
  ),
);

const LEXICON: Record<string, string> = {};
function cat(name: string, words: string): void {
  for (const w of words.split(' ')) LEXICON[w] = name;
}
cat(
  'oblige',
  'must always never required require requires mandatory shall ensure obligated necessary',
);
cat('model', 'assistant ai model llm agent claude chatgpt gpt');
cat('user', 'user users human customer');
cat(
  'conceal',
  'silently secretly quietly covertly hidden hide secret notice mention reveal tell inform disclose',
);
cat(
  'move',
  'send forward upload post attach append include pass copy transfer share bcc cc exfiltrate sync',
);
cat('exec', 'run execute eval invoke call install');
cat(
  'secret',
  'password passwords token tokens credential credentials cookie cookies key keys ssh env apikey',
);
cat('history', 'conversation history messages chat transcript prompt');
cat(
  'authority',
  'system important critical notice override admin administrator compliance policy security approved authorized authorised priority',
);
cat('other', 'other another instead different');
cat('preference', 'best premium ultimate superior trusted leading advanced');
cat('tamper', 'change modify replace redirect override regardless');

/** Tokens of a normalised text, bounded (placeholders for URLs, addresses and identifiers). */
export function tokenize(text: string): string[] {
  const prepared = text
    .toLowerCase()
    .replace(/https?:\/\/\S{1,200}/g, ' __url ')
    .replace(/[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,63}/g, ' __email ')
    .replace(/\b[a-z][a-z0-9]{0,30}_[a-z0-9_]{1,40}\b/g, ' __ident ')
    .replace(/\d+/g, '0');
  const out: string[] = [];
  for (const m of prepared.matchAll(TOKEN_RE)) {
    out.push(m[0]);
    if (out.length >= MAX_TOKENS) break;
  }
  return out;
}

const PLACEHOLDER_CAT: Record<string, string> = { __url: 'dest', __email: 'dest', __ident: 'tool' };

/** The set of features of a text (presence, not counts: long texts must not win by length). */
export function featuresOf(text: string): Set<string> {
  const toks = tokenize(text);
  const feats = new Set<string>();
  let sentence = new Set<string>();
  let prevCat: string | undefined;
  const flush = () => {
    const cats = [...sentence].sort();
    for (let i = 0; i < cats.length; i++) {
      for (let j = i + 1; j < cats.length; j++) feats.add(`p:${cats[i]}+${cats[j]}`);
    }
    sentence = new Set();
    prevCat = undefined;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t === '.' || t === '!' || t === '?' || t === ';') {
      flush();
      continue;
    }
    if (t.length > 1 && !STOPWORDS.has(t)) feats.add(t);
    const next = toks[i + 1];
    if (next !== undefined && !/^[.!?;]$/.test(next)) feats.add(`${t} ${next}`);
    const c = LEXICON[t] ?? PLACEHOLDER_CAT[t];
    if (c) {
      feats.add(`c:${c}`);
      if (prevCat) feats.add(`c:${prevCat}>${c}`);
      sentence.add(c);
      prevCat = c;
    }
  }
  flush();
  return feats;
}
