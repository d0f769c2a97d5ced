import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { familyFindings } from './_items.ts';

export const concealmentDirective = defineCheck({
  meta: {
    id: 'concealment-directive',
    title: 'Description tells the model to hide something from the user',
    description:
      'Instructions such as "do not mention this to the user", "present it as if it were part ' +
      'of the result" or "this is a secret operation". An honest tool has no reason to keep its ' +
      'behaviour from the person it works for; concealment is how poisoned descriptions keep ' +
      'exfiltration and tampering out of sight.',
    checklist: 'C5',
    patterns: ['P2'],
    owasp: ['MCP03:2025 Tool Poisoning'],
    severity: 'high',
    remediation:
      'Treat the server as hostile until the author removes the directive and explains it. ' +
      'Clients should show users the full descriptions of the tools they approve.',
    requires: ['server'],
    scope: 'target',
    references: ['https://invariantlabs.ai/blog/mcp-security-notification-tool-poisoning-attacks'],
  },
  run(t: TargetFacts): FindingDraft[] {
    return familyFindings(
      t,
      ['concealment'],
      (a, field) =>
        `${a.kind} "${a.name}" ${field} tells the model to keep something from the user.`,
    );
  },
});
