import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { toolCapability } from './_tool-capability.ts';

export const toolAnnotationContradiction = defineCheck({
  meta: {
    id: 'tool-annotation-contradiction',
    title: 'Tool annotations contradict what the tool does',
    description:
      'A tool whose name or description says it deletes or writes is annotated `readOnlyHint: ' +
      'true` or `destructiveHint: false`. Clients use these hints to skip confirmation prompts, ' +
      'so a wrong hint silently removes the human check before a destructive call.',
    checklist: 'C3',
    patterns: ['P3'],
    severity: 'medium',
    remediation:
      'Correct the annotations (readOnlyHint false, destructiveHint true for deletions); do not ' +
      'rely on hints from servers you do not trust.',
    requires: ['server'],
    scope: 'target',
    references: ['https://modelcontextprotocol.io/specification/2025-11-25/server/tools'],
  },
  run(t: TargetFacts): FindingDraft[] {
    const out: FindingDraft[] = [];
    for (const tool of t.facts.server?.tools ?? []) {
      const a = tool.annotations ?? {};
      // Judge from name/description only: the annotation is what is being checked.
      const c = toolCapability({ ...tool, annotations: {} });
      const bad: string[] = [];
      if (c.writes && a.readOnlyHint === true) bad.push('readOnlyHint: true');
      if (c.destructive && a.destructiveHint === false) bad.push('destructiveHint: false');
      if (bad.length === 0) continue;
      out.push({
        message: `Tool "${tool.name}" is annotated ${bad.join(' and ')} but ${c.reason} says it ${c.destructive ? 'destroys' : 'writes'}.`,
        location: { kind: 'tool', name: tool.name, field: 'annotations' },
        evidence: bad.join(', '),
        ...(c.destructive ? { severity: 'high' as const } : {}),
      });
    }
    return out;
  },
});
