import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { escapeControl, truncate } from '../../util/escape.ts';
import { defineCheck } from '../check.ts';
import { configOf, loc, maskSecrets, programName } from './_util.ts';

const POSIX_SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'fish']);
const SCRIPT_FLAG: Record<string, RegExp> = {
  posix: /^-[a-z]*c[a-z]*$/,
  cmd: /^\/[ck]$/i,
  powershell: /^-(?:c|command|encodedcommand|ec|e)$/i,
};
// Expansion and chaining the shell performs on the string: $VAR, ${…}, $(…), backticks, %VAR%,
// !VAR!, ; && || | and redirections. Any of them turns config text into shell code.
const INTERPOLATION = /\$[A-Za-z_{(]|`|%[A-Za-z_][A-Za-z0-9_]*%|![A-Za-z_]+!|;|&&|\|\||\||>|</;

export const configShellWrapper = defineCheck({
  meta: {
    id: 'config-shell-wrapper',
    title: 'MCP server launched through a shell with interpolation',
    description:
      'A server started as `sh -c "…"`, `bash -c`, `cmd /c` or `powershell -Command` whose script ' +
      'expands variables or chains commands runs whatever those values contain: an environment ' +
      'variable, a workspace path or a config edit becomes shell code (command injection, ' +
      'CWE-78), and the real program is hidden from the approval dialog.',
    checklist: 'C6',
    patterns: ['P4', 'P3'],
    owasp: ['MCP05:2025 Command Injection & Execution'],
    severity: 'medium',
    remediation:
      'Launch the server binary directly with an argument array (command + args) and pass ' +
      'values through env; if a wrapper is unavoidable, use a checked-in script without ' +
      'interpolation of untrusted values.',
    requires: ['config'],
    scope: 'target',
  },
  run(t: TargetFacts) {
    const out: FindingDraft[] = [];
    for (const e of configOf(t).entries) {
      const prog = programName(e.command);
      const kind = POSIX_SHELLS.has(prog)
        ? 'posix'
        : prog === 'cmd'
          ? 'cmd'
          : prog === 'powershell' || prog === 'pwsh'
            ? 'powershell'
            : undefined;
      if (!kind) continue;
      const flag = SCRIPT_FLAG[kind]!;
      const i = e.args.findIndex((a) => flag.test(a));
      if (i < 0) continue;
      const script = e.args.slice(i + 1).join(' ');
      if (!INTERPOLATION.test(script)) continue;
      out.push({
        message: `Server "${e.name}" (${e.client}) runs through ${prog} with a script that expands variables or chains commands.`,
        location: loc(e, `args[${i + 1}]`),
        evidence: truncate(escapeControl(`${prog} ${e.args[i]} ${maskSecrets(script)}`), 240),
      });
    }
    return out;
  },
});
