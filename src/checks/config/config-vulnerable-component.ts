import { ADVISORIES } from '../../collect/config/advisories.ts';
import { inRange, parseSemver } from '../../collect/config/semver.ts';
import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { configOf, loc } from './_util.ts';

export const configVulnerableComponent = defineCheck({
  meta: {
    id: 'config-vulnerable-component',
    title: 'Known-vulnerable MCP component in a launch command',
    description:
      'The server launches a package version with a published vulnerability from the advisory ' +
      'data shipped with mcp-warden (e.g. mcp-remote before 0.1.16, CVE-2025-6514, command ' +
      'injection from a malicious server; MCP Inspector before 0.14.1, CVE-2025-49596, ' +
      'unauthenticated remote code execution). An unversioned launch may run an old cached copy.',
    checklist: 'C6',
    patterns: ['P4'],
    owasp: ['MCP04:2025 Software Supply Chain Attacks & Dependency Tampering'],
    severity: 'critical',
    remediation:
      'Upgrade to the fixed version and pin it exactly (e.g. npx -y mcp-remote@0.1.16 or later); ' +
      'clear the npx/uv cache so an old copy cannot be reused.',
    requires: ['config'],
    scope: 'target',
    references: [
      'https://osv.dev/vulnerability/GHSA-6xpm-ggf7-wc3p',
      'https://osv.dev/vulnerability/CVE-2025-49596',
    ],
  },
  run(t: TargetFacts) {
    const out: FindingDraft[] = [];
    for (const e of configOf(t).entries) {
      const p = e.package;
      if (!p) continue;
      for (const a of ADVISORIES) {
        if (a.ecosystem !== p.ecosystem || a.package.toLowerCase() !== p.name.toLowerCase())
          continue;
        const v = p.version?.replace(/^v/, '');
        if (v && parseSemver(v)) {
          if (!inRange(v, a.introduced, a.fixed)) continue;
          out.push({
            message: `Server "${e.name}" (${e.client}) launches ${p.name}@${v}, affected by ${a.id} (fixed in ${a.fixed}): ${a.summary}`,
            location: loc(e, 'args'),
            evidence: `${p.name}@${v}`,
            severity: a.severity,
            key: a.id,
            details: { advisory: a.id, aliases: a.aliases, fixed: a.fixed ?? null },
          });
        } else {
          // No exact version: npx/uvx reuse a cached copy when one exists, which may predate the
          // fix. Report with low confidence rather than stay silent.
          out.push({
            message: `Server "${e.name}" (${e.client}) launches ${p.name} without an exact version; a cached copy older than ${a.fixed} (${a.id}) may run.`,
            location: loc(e, 'args'),
            evidence: `${p.name}${v ? `@${v}` : ''}`,
            severity: 'medium',
            confidence: 'low',
            key: a.id,
            details: { advisory: a.id, aliases: a.aliases, fixed: a.fixed ?? null },
          });
        }
      }
    }
    return out;
  },
});
