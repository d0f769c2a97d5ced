import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { escapeControl, truncate } from '../../util/escape.ts';
import { defineCheck } from '../check.ts';
import { configOf, loc, maskSecrets, shellScriptOf } from './_util.ts';

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
      const sh = shellScriptOf(e);
      if (!sh || !INTERPOLATION.test(sh.script)) continue;
      const { prog, flagIndex: i, script } = sh;
      out.push({
        message: `Server "${e.name}" (${e.client}) runs through ${prog} with a script that expands variables or chains commands.`,
        location: loc(e, `args[${i + 1}]`),
        evidence: truncate(escapeControl(`${prog} ${e.args[i]} ${maskSecrets(script)}`), 240),
      });
    }
    return out;
  },
});
