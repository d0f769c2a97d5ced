import { type ParseError, parse as parseJsonc, printParseErrorCode } from 'jsonc-parser';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import type { ConfigFormat } from './facts.ts';

export type ParseResult = { ok: true; value: unknown } | { ok: false; reason: string };

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function message(err: unknown, text: string): string {
  const m = err instanceof Error ? err.message : String(err);
  // Parser messages quote the offending input (V8's JSON.parse: `Unexpected token 'r',
  // "root:x:0:0"... is not valid JSON`; smol-toml a code frame), and that input may be a secret
  // or a file a hostile symlink points to. Keep the first line, drop every quoted span, and
  // report where, not what.
  const first = (m.split('\n')[0] ?? '').replace(/(["'`]).*?\1/g, '…').replace(/".*$/, '…');
  const pos = /position (\d+)/.exec(m);
  const where = pos ? ` at line ${lineOf(text, Number(pos[1]))}` : '';
  return `${first.slice(0, 160)}${where}`;
}

/**
 * Parses a config file's text. JSON is strict (clients such as Claude Desktop reject comments);
 * JSONC allows comments and trailing commas (VS Code, Zed, OpenCode); TOML via smol-toml; YAML
 * via `yaml` with a bound on alias expansion (billion-laughs).
 */
export function parseConfig(text: string, format: ConfigFormat): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    switch (format) {
      case 'json':
        try {
          return { ok: true, value: JSON.parse(body) };
        } catch {
          // Locate the error with jsonc-parser in strict mode: its codes and offsets say where
          // without quoting the content.
          const errors: ParseError[] = [];
          parseJsonc(body, errors, { allowTrailingComma: false, disallowComments: true });
          const first = errors[0];
          return {
            ok: false,
            reason: first
              ? `JSON syntax error: ${printParseErrorCode(first.error)} at line ${lineOf(body, first.offset)}`
              : 'JSON syntax error',
          };
        }
      case 'jsonc': {
        const errors: ParseError[] = [];
        const value = parseJsonc(body, errors, {
          allowTrailingComma: true,
          disallowComments: false,
        });
        const first = errors[0];
        if (first) {
          return {
            ok: false,
            reason: `JSONC syntax error: ${printParseErrorCode(first.error)} at line ${lineOf(body, first.offset)}`,
          };
        }
        return { ok: true, value };
      }
      case 'toml':
        return { ok: true, value: parseToml(body) };
      case 'yaml':
        return { ok: true, value: parseYaml(body, { maxAliasCount: 100, prettyErrors: false }) };
    }
  } catch (err) {
    return { ok: false, reason: `${format.toUpperCase()} syntax error: ${message(err, body)}` };
  }
}
