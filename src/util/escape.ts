/**
 * Hostile-text hygiene (design.md §5): nothing a server, config or log gives us reaches a
 * terminal or report with raw control characters.
 */

// C0/C1 controls, DEL, bidi controls, zero-width and other invisibles, line/paragraph separators,
// Unicode tag characters (U+E0000–U+E007F) and variation selectors.
const UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]|\udb40[\udc00-\udc7f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function codeOf(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return cp <= 0xff
    ? `\\x${cp.toString(16).padStart(2, '0')}`
    : `\\u{${cp.toString(16).toUpperCase()}}`;
}

/**
 * Escapes every control, invisible and bidi character as a visible `\xNN` / `\u{…}` code.
 * Newlines and tabs are escaped too unless `keepNewlines` is set (then only `\n` survives).
 */
export function escapeControl(text: string, opts: { keepNewlines?: boolean } = {}): string {
  let out = text.replace(UNSAFE, codeOf);
  out = out.replace(/\r/g, '\\r').replace(/\t/g, '\\t');
  if (!opts.keepNewlines) out = out.replace(/\n/g, '\\n');
  return out;
}

/** Cuts to at most `max` characters (on a code point boundary), marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}… [+${text.length - cut} chars]`;
}

/** Hostile text made safe for one line of output: control characters escaped, then cut to `max`. */
export function safeLine(text: string, max: number): string {
  return truncate(escapeControl(text), max);
}

/** An excerpt around `[start, end)` with `context` characters each side, escaped and bounded. */
export function excerpt(text: string, start: number, end: number, context = 40, max = 240): string {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  const body = text.slice(from, to);
  const s = (from > 0 ? '…' : '') + body + (to < text.length ? '…' : '');
  return safeLine(s, max);
}

/** Escapes for HTML text and attribute contexts. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}
