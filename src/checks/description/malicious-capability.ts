import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { analyzedItems, byField, explain, itemLocation, worst } from './_items.ts';

export const maliciousCapability = defineCheck({
  meta: {
    id: 'malicious-capability',
    title: 'Tool openly states a malicious capability',
    description:
      'A tool whose own description says it exfiltrates data, steals credentials, escalates ' +
      'privileges, opens shells, disables security controls or wipes logs. No injection is ' +
      'needed: the model will use it when asked, and a server offering it is either an attack ' +
      'kit or compromised. Reported apart from tool poisoning (the overt-capability track); ' +
      'red-team servers you run on purpose will match too.',
    checklist: 'C5',
    patterns: ['P4', 'P3'],
    owasp: ['MCP04:2025 Software Supply Chain Attacks & Dependency Tampering'],
    severity: 'high',
    remediation:
      'Remove the server unless it is an offensive-security tool you deliberately run, isolated ' +
      'from production credentials and data; if so, suppress this finding by fingerprint.',
    requires: ['server'],
    scope: 'target',
  },
  run(t: TargetFacts): FindingDraft[] {
    const out: FindingDraft[] = [];
    for (const a of analyzedItems(t)) {
      if (!a.analysis.overt) continue;
      const overt = a.analysis.hits.filter((h) => h.family === 'overt-capability');
      for (const [field, hits] of byField(overt)) {
        out.push({
          message: `${a.kind} "${a.name}" ${field} states a harmful capability (${[...new Set(hits.map((h) => h.rule))].join(', ')}).`,
          location: itemLocation(t, a, field),
          evidence: hits[0]!.excerpt,
          severity: worst(hits) === 'critical' ? 'critical' : 'high',
          confidence: 'medium',
          details: explain(a, hits),
        });
      }
    }
    return out;
  },
});
