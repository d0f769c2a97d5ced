import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, OWASP_SCOPE, SPEC_SECURITY } from './_helpers.ts';
import { toolCapability } from './_tool-capability.ts';

export const readOnlyTokenUnlocksWrites = defineCheck({
  meta: {
    id: 'read-only-token-unlocks-writes',
    title: 'Token declared read-only unlocks write tools',
    description:
      'With --expect-read-only the user declared the token should only read. The tools listed ' +
      'with it include ones that write, send or destroy (from their annotations and from their ' +
      "name and description): the token's real reach is wider than intended (checklist C3, " +
      'capability escalation P3).',
    checklist: 'C3',
    patterns: ['P3'],
    owasp: [OWASP_SCOPE],
    severity: 'high',
    remediation:
      'Issue a token whose scopes exclude write tools, or have the server filter tools/list by ' +
      'the token scopes and enforce them on tools/call.',
    requires: ['endpoint', 'server'],
    scope: 'target',
    references: [SPEC_SECURITY],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    if (!e.options?.expectReadOnly || !e.options.tokenSupplied) return [];
    const out: FindingDraft[] = [];
    for (const tool of t.facts.server?.tools ?? []) {
      const c = toolCapability(tool);
      if (!c.writes) continue;
      out.push({
        message: `Tool "${tool.name}" ${c.destructive ? 'is destructive' : 'writes'} (${c.reason}) yet is available to the read-only token.`,
        location: { kind: 'tool', name: tool.name, url: e.url },
        evidence: c.reason ?? '',
        ...(c.destructive ? { severity: 'critical' as const } : {}),
      });
    }
    return out;
  },
});
