import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { familyFindings } from './_items.ts';

export const instructionOverride = defineCheck({
  meta: {
    id: 'instruction-override',
    title: 'Model-directed markup or instruction override in a description',
    description:
      'Text that addresses the model over the user’s head: pseudo-markup such as <IMPORTANT>, ' +
      '<HIDDEN> or [SYSTEM], "ignore previous instructions", role reassignment, messages posing ' +
      'as the user or the system, fake authority headers, dictated messages. This is the core ' +
      'of tool poisoning (Invariant Labs, April 2025): the model follows it, the user never sees it.',
    checklist: 'C5',
    patterns: ['P2'],
    owasp: ['MCP03:2025 Tool Poisoning'],
    severity: 'high',
    remediation:
      'A description should say what the tool does and what its parameters mean, nothing more. ' +
      'Remove the directives; do not connect a third-party server whose descriptions carry them.',
    requires: ['server'],
    scope: 'target',
    references: ['https://invariantlabs.ai/blog/mcp-security-notification-tool-poisoning-attacks'],
  },
  run(t: TargetFacts): FindingDraft[] {
    return familyFindings(
      t,
      ['instruction-override'],
      (a, field, hits) =>
        `${a.kind} "${a.name}" ${field} gives the model its own instructions (${[...new Set(hits.map((h) => h.rule))].join(', ')}).`,
    );
  },
});
