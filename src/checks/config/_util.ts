import type { ConfigFacts, ServerEntry } from '../../collect/config/facts.ts';
import { programName } from '../../collect/config/package.ts';
import { maskKnownSecrets, redactArgs } from '../../collect/config/values.ts';
import type { TargetFacts } from '../../model/facts.ts';
import type { Location } from '../../model/finding.ts';

/** The config facts of a target (the runner only calls config checks when present). */
export function configOf(t: TargetFacts): ConfigFacts {
  const c = t.facts.config;
  if (!c) throw new Error('config facts missing');
  return c;
}

/** A config location: file, server, field. */
export function loc(e: ServerEntry, field: string): Location {
  return {
    kind: 'config',
    file: e.file,
    server: e.name,
    name: e.name,
    field: `${e.keyPath}.${field}`,
  };
}

/** The remote URLs an entry reaches: its `url`, and URL arguments (e.g. `npx mcp-remote URL`). */
function urlsOf(e: ServerEntry): { field: string; url: string }[] {
  const out: { field: string; url: string }[] = [];
  if (e.url !== undefined) out.push({ field: 'url', url: e.url });
  e.args.forEach((a, i) => {
    if (/^(?:https?|wss?):\/\//i.test(a)) out.push({ field: `args[${i}]`, url: a });
  });
  return out;
}

/** The entry's remote URLs that parse, with the parsed form (an unparsable one cannot be judged). */
export function parsedUrlsOf(e: ServerEntry): { field: string; url: string; u: URL }[] {
  return urlsOf(e).flatMap((x) => (URL.canParse(x.url) ? [{ ...x, u: new URL(x.url) }] : []));
}

/** Text with every secret the engine finds, and secret-looking tokens, replaced by redactions. */
export function maskSecrets(text: string): string {
  return redactArgs(maskKnownSecrets(text).split(' ')).join(' ');
}

const POSIX_SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'fish']);
// The flag after which the remaining arguments are a script, per shell family.
const SCRIPT_FLAG = {
  posix: /^-[a-z]*c[a-z]*$/,
  cmd: /^\/[ck]$/i,
  powershell: /^-(?:c|command|encodedcommand|ec|e)$/i,
};

/** An inline script run through a shell: `sh -c …`, `bash -lc …`, `cmd /c …`, `pwsh -Command …`. */
export interface ShellScript {
  /** The shell's program name (see programName). */
  prog: string;
  /** Index of the script flag in `args`; the script is everything after it. */
  flagIndex: number;
  script: string;
}

/** The inline shell script an entry launches, if its command is a shell given one. */
export function shellScriptOf(e: ServerEntry): ShellScript | undefined {
  const prog = programName(e.command);
  const kind = POSIX_SHELLS.has(prog)
    ? 'posix'
    : prog === 'cmd'
      ? 'cmd'
      : prog === 'powershell' || prog === 'pwsh'
        ? 'powershell'
        : undefined;
  if (!kind) return undefined;
  const flagIndex = e.args.findIndex((a) => SCRIPT_FLAG[kind].test(a));
  if (flagIndex < 0) return undefined;
  return { prog, flagIndex, script: e.args.slice(flagIndex + 1).join(' ') };
}
