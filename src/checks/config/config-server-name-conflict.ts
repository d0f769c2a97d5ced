import type { ServerEntry } from '../../collect/config/facts.ts';
import { displayTarget, serverIdentity } from '../../collect/config/inventory.ts';
import { configTargetId } from '../../collect/config/targets.ts';
import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { escapeControl, truncate } from '../../util/escape.ts';
import { defineCheck } from '../check.ts';

export const configServerNameConflict = defineCheck({
  meta: {
    id: 'config-server-name-conflict',
    title: 'Same MCP server name launches different things in different configs',
    description:
      'One server name pointing to different commands or URLs across clients or scopes means ' +
      'a user (and the model) cannot tell which one runs: a project or plugin config can shadow ' +
      'a trusted user-level server of the same name, and tool names collide (server shadowing).',
    checklist: 'C6',
    patterns: ['P4', 'P2'],
    owasp: ['MCP09:2025 Shadow MCP Servers'],
    severity: 'medium',
    remediation:
      'Give distinct servers distinct names, remove stale copies, and keep one definition per ' +
      'server (preferably pinned, in one managed or user-level config).',
    requires: ['config'],
    scope: 'scan',
  },
  run(all: TargetFacts[]) {
    const byName = new Map<string, ServerEntry[]>();
    for (const t of all) {
      for (const e of t.facts.config?.entries ?? []) {
        const k = e.name.trim().toLowerCase();
        const l = byName.get(k) ?? [];
        l.push(e);
        byName.set(k, l);
      }
    }
    const out: FindingDraft[] = [];
    for (const [, entries] of byName) {
      const launches = new Map<string, ServerEntry>();
      for (const e of entries) {
        const k = serverIdentity(e);
        if (!launches.has(k)) launches.set(k, e);
      }
      if (launches.size < 2) continue;
      const first = entries[0]!;
      const variants = [...launches.values()].map(
        (e) => `${e.client} (${e.scope}): ${displayTarget(e)}`,
      );
      out.push({
        message: `Server name "${first.name}" launches ${launches.size} different things across ${new Set(entries.map((e) => e.file)).size} config files.`,
        location: { kind: 'config', server: first.name, name: first.name },
        evidence: truncate(escapeControl(variants.join(' | ')), 400),
        target: configTargetId(first.file),
        key: first.name.toLowerCase(),
        details: {
          definitions: [...launches.values()].map((e) => ({
            client: e.client,
            scope: e.scope,
            file: e.file,
          })),
        },
      });
    }
    return out;
  },
});
