import { escapeControl, truncate } from '../../util/escape.ts';
import { foldConfusables, foldDisguisedWords, hasConfusables } from './confusables.ts';
import type { HiddenContent, HiddenKind } from './types.ts';

/** A piece of text the rules must see: the visible text, or content decoded from hiding. */
export interface Segment {
  text: string;
  via?: HiddenKind;
}

export interface Normalized {
  /** Normalised visible text (plus surfaced comments) for matching. */
  text: string;
  /** Decoded hidden payloads to scan as well, each already normalised. */
  decoded: Segment[];
  hidden: HiddenContent[];
  truncated: boolean;
}

export interface NormalizeOptions {
  maxChars: number;
  maxDecodes: number;
}

const DECODED_SHOWN = 200;

// ECMA-48 CSI and OSC sequences (both the 7-bit ESC form and the 8-bit C1 form), then any other
// two-character ESC sequence. Bounded repetition keeps the match linear on hostile input.
const ANSI_RE =
  /(?:\u001b\[|\u009b)[0-?]{0,32}[ -/]{0,8}[@-~]|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]{0,2048}(?:\u0007|\u001b\\|\u009c)?|\u001b[@-Z\\^_]/g;
// Unicode tag characters: invisible, but many tokenizers read them as ASCII (the "ASCII
// smuggling" technique, Rehberger 2024).
const TAG_RE = /[\u{E0000}-\u{E007F}]+/gu;
const VS_RE = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]+/gu;
const ZW_RE =
  /[\u200B-\u200D\u2060-\u2064\uFEFF\u180E\u00AD\u034F\u115F\u1160\u3164\uFFA0\u17B4\u17B5]/g;
// Embedding, override and isolate controls reorder what a human sees (Trojan Source,
// CVE-2021-42574). LRM/RLM marks are ordinary in right-to-left text and only removed.
const BIDI_RE = /[\u202A-\u202E\u2066-\u2069]/g;
const BIDI_MARKS_RE = /[\u200E\u200F\u061C]/g;
const MD_COMMENT_RE = /(?:^|\s)\[(?:\/\/|comment|#)\]:[ \t]?(?:#|<>)[ \t]?\(([^)\n]{0,2000})\)/gim;
const HIDDEN_MARKUP_RE =
  /<([a-z][a-z0-9]{0,10})\b[^>]{0,300}?(?:display\s{0,3}:\s{0,3}none|visibility\s{0,3}:\s{0,3}hidden|font-size\s{0,3}:\s{0,3}0(?![.\d])|opacity\s{0,3}:\s{0,3}0(?![.\d])|\shidden(?=[\s>=/]))[^>]{0,300}>/gi;
const BASE64_RE = /[A-Za-z0-9+/_-]{24,4096}={0,2}/g;
const HEX_RE = /\b(?:[0-9a-fA-F]{2}){16,2048}\b|(?:\\x[0-9a-fA-F]{2}){8,1024}/g;
const PERCENT_RE = /[^\s%]{0,40}(?:%[0-9a-fA-F]{2}[^\s%]{0,40}){3,512}/g;

function shown(s: string): string {
  return truncate(escapeControl(s), DECODED_SHOWN);
}

function isReadable(s: string): boolean {
  if (s.length < 12) return false;
  let printable = 0;
  let letters = 0;
  let spaces = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0xfffd) return false;
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x09 || c > 0xa0) printable++;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
    if (c === 0x20) spaces++;
  }
  const n = [...s].length;
  return printable / n > 0.95 && letters / n > 0.5 && spaces >= 1;
}

class HiddenLog {
  readonly items: HiddenContent[] = [];
  constructor(private readonly field: string) {}
  add(kind: HiddenKind, count: number, decoded: string): void {
    const prev = this.items.find((h) => h.kind === kind);
    if (prev) {
      prev.count += count;
      if (decoded && prev.decoded.length < DECODED_SHOWN) {
        prev.decoded = shown(prev.decoded ? `${prev.decoded} | ${decoded}` : decoded);
      }
      return;
    }
    this.items.push({ kind, field: this.field, count, decoded: decoded ? shown(decoded) : '' });
  }
}

function decodeTags(run: string): string {
  let out = '';
  for (const ch of run) {
    const c = (ch.codePointAt(0) ?? 0) - 0xe0000;
    if (c >= 0x20 && c < 0x7f) out += String.fromCharCode(c);
  }
  return out;
}

// Variation selectors carry one byte each in the "emoji smuggling" technique: VS1–16 are
// 0–15, VS17–256 are 16–255.
function decodeSelectors(run: string): string {
  const bytes: number[] = [];
  for (const ch of run) {
    const c = ch.codePointAt(0) ?? 0;
    bytes.push(c <= 0xfe0f ? c - 0xfe00 : c - 0xe0100 + 16);
  }
  return Buffer.from(bytes).toString('utf8');
}

function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z]/.test(ch);
}

function stripInvisibles(text: string, log: HiddenLog, decoded: Segment[]): string {
  let out = text;
  if (out.includes('\u001b') || /[\u009b\u009d]/.test(out)) {
    let n = 0;
    const seqs: string[] = [];
    out = out.replace(ANSI_RE, (m) => {
      n++;
      if (seqs.length < 4) seqs.push(m);
      return '';
    });
    if (n > 0) log.add('ansi', n, seqs.join(' '));
  }
  if (/[\u{E0000}-\u{E007F}]/u.test(out)) {
    out = out.replace(TAG_RE, (m) => {
      const plain = decodeTags(m);
      log.add('tag-chars', [...m].length, plain);
      if (plain.trim()) decoded.push({ text: plain, via: 'tag-chars' });
      return '';
    });
  }
  if (/[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u.test(out)) {
    out = out.replace(VS_RE, (m) => {
      const n = [...m].length;
      // One VS16 after an emoji is ordinary presentation; runs and supplementary selectors are not.
      if (n >= 2 || (m.codePointAt(0) ?? 0) > 0xffff) {
        const plain = decodeSelectors(m);
        log.add('variation-selectors', n, isReadable(plain) ? plain : '');
        if (isReadable(plain)) decoded.push({ text: plain, via: 'variation-selectors' });
      }
      return '';
    });
  }
  if (
    /[\u200B-\u200D\u2060-\u2064\uFEFF\u180E\u00AD\u034F\u115F\u1160\u3164\uFFA0\u17B4\u17B5]/.test(
      out,
    )
  ) {
    let n = 0;
    out = out.replace(ZW_RE, (m, offset: number, whole: string) => {
      // ZWJ/ZWNJ join emoji and Indic/Persian letters; a leading BOM is an encoding artefact.
      const joiner = m === '\u200D' || m === '\u200C';
      const between = isAsciiLetter(whole[offset - 1]) || isAsciiLetter(whole[offset + 1]);
      if ((joiner && !between) || (m === '\uFEFF' && offset === 0)) return '';
      n++;
      return '';
    });
    if (n > 0) log.add('zero-width', n, '');
  }
  if (/[\u202A-\u202E\u2066-\u2069]/.test(out)) {
    let n = 0;
    out = out.replace(BIDI_RE, () => {
      n++;
      return '';
    });
    log.add('bidi', n, '');
  }
  if (/[\u200E\u200F\u061C]/.test(out)) {
    let n = 0;
    out = out.replace(BIDI_MARKS_RE, () => {
      n++;
      return '';
    });
    // Direction marks belong in right-to-left text; in Latin text they only pad and hide.
    if (n > 0 && !/[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(out))
      log.add('zero-width', n, '');
  }
  return out;
}

function surfaceComments(text: string, log: HiddenLog, comments: string[]): string {
  let out = text;
  if (out.includes('<!--')) {
    let result = '';
    let from = 0;
    for (;;) {
      const open = out.indexOf('<!--', from);
      if (open < 0) break;
      const close = out.indexOf('-->', open + 4);
      const end = close < 0 ? out.length : close;
      const body = out.slice(open + 4, end);
      log.add('html-comment', 1, body.trim());
      if (body.trim() && comments.length < 4) comments.push(body);
      result += `${out.slice(from, open)} ${body} `;
      from = close < 0 ? out.length : close + 3;
    }
    out = result + out.slice(from);
  }
  if (out.includes(']:')) {
    out = out.replace(MD_COMMENT_RE, (_m, body: string) => {
      log.add('html-comment', 1, body.trim());
      if (body.trim() && comments.length < 4) comments.push(body);
      return ` ${body} `;
    });
  }
  if (out.includes('<')) {
    const lower = out.toLowerCase();
    for (const m of out.matchAll(HIDDEN_MARKUP_RE)) {
      const tag = (m[1] ?? '').toLowerCase();
      const close = lower.indexOf(`</${tag}`, m.index + m[0].length);
      const body = close < 0 ? '' : out.slice(m.index + m[0].length, close);
      log.add('hidden-markup', 1, body.trim() || m[0]);
    }
  }
  return out;
}

function findEncoded(text: string, log: HiddenLog, decoded: Segment[], max: number): void {
  const push = (kind: HiddenKind, plain: string) => {
    log.add(kind, 1, plain);
    if (decoded.length < max) decoded.push({ text: plain, via: kind });
  };
  if (text.length >= 24) {
    for (const m of text.matchAll(BASE64_RE)) {
      if (decoded.length >= max) break;
      const s = m[0];
      // Identifiers, hashes and paths also match the alphabet; only readable plaintext counts.
      if (/^[0-9a-fA-F]+$/.test(s) || !/[0-9+/=]/.test(s)) continue;
      const plain = Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
      if (isReadable(plain)) push('base64', plain);
    }
    for (const m of text.matchAll(HEX_RE)) {
      if (decoded.length >= max) break;
      const hex = m[0].replace(/\\x/g, '');
      const plain = Buffer.from(hex, 'hex').toString('utf8');
      if (isReadable(plain)) push('hex', plain);
    }
  }
  if (text.includes('%')) {
    for (const m of text.matchAll(PERCENT_RE)) {
      if (decoded.length >= max) break;
      let plain = '';
      try {
        plain = decodeURIComponent(m[0]);
      } catch {
        continue;
      }
      // Encoded spaces between words is how a sentence hides in a URL-looking string.
      if (isReadable(plain) && /[a-z]{2,} [a-z]{2,} [a-z]{2,}/i.test(plain)) {
        push('percent-encoding', plain);
      }
    }
  }
}

function markMixedScript(text: string, log: HiddenLog): void {
  if (!hasConfusables(text)) return;
  const words: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}]{2,64}/gu)) {
    const w = m[0];
    if (/[A-Za-z]/.test(w) && /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u.test(w)) {
      words.push(w);
    }
  }
  if (words.length > 0) {
    log.add(
      'mixed-script',
      words.length,
      words
        .slice(0, 5)
        .map((w) => `${w} → ${foldConfusables(w)}`)
        .join(', '),
    );
  }
}

/** The matching form: compatibility forms folded, look-alikes mapped, emphasis and spacing flattened. */
export function canonical(text: string): string {
  return foldDisguisedWords(text.normalize('NFKC'))
    .replace(/[*`"\u2018\u2019\u201c\u201d]/g, (c) => (c === '*' || c === '`' ? '' : "'"))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Normalises one hostile string for rule matching: bounds it, removes and reports invisible
 * characters, decodes tag characters and variation-selector payloads, surfaces HTML/Markdown
 * comments and hidden markup, decodes embedded base64 / hex / percent-encoded text (bounded),
 * applies NFKC and confusable folding, and collapses whitespace.
 */
export function normalize(raw: string, field: string, opts: NormalizeOptions): Normalized {
  const truncated = raw.length > opts.maxChars;
  const input = truncated ? raw.slice(0, opts.maxChars) : raw;
  const log = new HiddenLog(field);
  const decoded: Segment[] = [];
  let text = stripInvisibles(input, log, decoded);
  text = text.normalize('NFKC');
  markMixedScript(text, log);
  const comments: string[] = [];
  text = surfaceComments(text, log, comments);
  // Comment bodies stay in the visible text for the rules, and are also scanned as hidden
  // content: an instruction a renderer hides weighs more than the same words in plain sight.
  for (const c of comments) decoded.push({ text: c, via: 'html-comment' });
  findEncoded(text, log, decoded, opts.maxDecodes);
  const out = canonical(text);
  const segs = decoded.slice(0, opts.maxDecodes).map((s) => {
    const inner = stripInvisibles(s.text.slice(0, opts.maxChars), new HiddenLog(field), []);
    return { text: canonical(inner), via: s.via } as Segment;
  });
  return { text: out, decoded: segs, hidden: log.items, truncated };
}
