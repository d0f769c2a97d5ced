import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import type { Severity } from '../../model/taxonomy.ts';
import { escapeControl, truncate } from '../../util/escape.ts';
import { defineCheck } from '../check.ts';
import { configOf, loc } from './_util.ts';

function list(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

const BLANKET_SETTING: Record<string, (v: string) => boolean> = {
  // Claude Code: `mcp__server` or `mcp__*` approves every tool of a server (or all servers);
  // `mcp__server__tool` approves one tool.
  'permissions.allow': (v) => v.split('__').length < 3 || v.endsWith('*'),
  allowedTools: (v) => v === '*' || v.startsWith('@') || v.split('__').length < 3,
};

/** Field name without a Claude Code `projects["…"].` prefix. */
function baseField(field: string): string {
  return field.replace(/^projects(?:\.[A-Za-z_][\w-]*|\[[^\]]*\])\./, '');
}

export const configConsentBypass = defineCheck({
  meta: {
    id: 'config-consent-bypass',
    title: 'MCP tool calls approved without asking',
    description:
      'Auto-approve lists, always-allow, `trust: true`, blanket permission rules (mcp__*), ' +
      'editor-wide auto-approval or approval_policy "never" let the model call tools with no ' +
      'human confirmation. The confirmation prompt is the last defence against a poisoned tool ' +
      'description or an injected instruction steering a tool call (tool poisoning, toxic flows).',
    checklist: 'C5',
    patterns: ['P2', 'P3'],
    owasp: ['MCP03:2025 Tool Poisoning'],
    severity: 'medium',
    remediation:
      'Remove blanket approvals; approve individual read-only tools only, and keep confirmation ' +
      'for tools that write, send or execute.',
    requires: ['config'],
    scope: 'target',
    references: [
      'https://geminicli.com/docs/tools/mcp-server',
      'https://code.claude.com/docs/en/settings',
    ],
  },
  run(t: TargetFacts) {
    const c = configOf(t);
    const out: FindingDraft[] = [];
    for (const e of c.entries) {
      const k = e.consent;
      const approvals: { field: string; what: string; severity: Severity }[] = [];
      for (const field of ['autoApprove', 'alwaysAllow']) {
        const v = k[field];
        if (v === true)
          approvals.push({ field, what: `${field}: true (every tool)`, severity: 'high' });
        const l = list(v);
        if (l.length > 0) {
          const all = l.some((x) => x === '*' || x === '**');
          approvals.push({
            field,
            what: all
              ? `${field} ["*"] (every tool)`
              : `${field} for ${l.length} tool(s): ${l.slice(0, 5).join(', ')}`,
            severity: all ? 'high' : 'medium',
          });
        }
      }
      if (k.trust === true) {
        approvals.push({
          field: 'trust',
          what: 'trust: true (no confirmation for any tool)',
          severity: 'high',
        });
      }
      for (const a of approvals) {
        out.push({
          message: `Server "${e.name}" (${e.client}): ${a.what} run without confirmation.`,
          location: loc(e, a.field),
          evidence: truncate(escapeControl(a.what), 200),
          severity: a.severity,
          key: a.field,
        });
      }
    }
    for (const s of c.settings) {
      const bf = baseField(s.field).replace(/^permissions\.allow$/, 'permissions.allow');
      const blanketTest = BLANKET_SETTING[bf];
      const blanket = blanketTest ? blanketTest(s.value) : true;
      const what =
        bf === 'enableAllProjectMcpServers'
          ? 'starts every server of project .mcp.json files without asking'
          : bf === 'sandbox_mode'
            ? 'runs tools without a sandbox'
            : 'approves MCP tool calls without asking';
      out.push({
        message: `${c.file.client} setting ${s.field} = ${s.value} ${what}.`,
        location: { kind: 'config', file: c.file.path, field: s.field },
        evidence: truncate(escapeControl(`${s.field}: ${s.value}`), 200),
        severity: blanket ? 'high' : 'medium',
        key: `${s.field}=${s.value}`,
      });
    }
    return out;
  },
});
