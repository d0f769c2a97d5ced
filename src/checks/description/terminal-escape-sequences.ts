import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { analyzedItems, itemLocation } from './_items.ts';

export const terminalEscapeSequences = defineCheck({
  meta: {
    id: 'terminal-escape-sequences',
    title: 'Terminal escape sequences in model-visible text',
    description:
      'ANSI/ECMA-48 CSI and OSC sequences in a tool, prompt or resource text. A client that ' +
      'prints the text in a terminal lets the server hide lines, move the cursor, rewrite what ' +
      'the user approves, set the window title or plant OSC 8 hyperlinks, while the model still ' +
      'reads the hidden words (the "line jumping"/ANSI deception technique).',
    checklist: 'C5',
    patterns: ['P2'],
    owasp: ['MCP03:2025 Tool Poisoning'],
    severity: 'high',
    remediation:
      'Strip control characters from everything the server advertises. Clients should escape ' +
      'control characters before printing server-supplied text.',
    requires: ['server'],
    scope: 'target',
    references: [
      'https://blog.trailofbits.com/2025/04/29/deceiving-users-with-ansi-terminal-codes-in-mcp/',
    ],
  },
  run(t: TargetFacts): FindingDraft[] {
    const out: FindingDraft[] = [];
    for (const a of analyzedItems(t)) {
      for (const h of a.analysis.hidden) {
        if (h.kind !== 'ansi') continue;
        out.push({
          message: `${a.kind} "${a.name}" ${h.field} contains ${h.count} terminal escape sequence(s): ${h.decoded}`,
          location: itemLocation(t, a, h.field),
          evidence: h.decoded,
          details: { count: h.count, sequences: h.decoded },
        });
      }
    }
    return out;
  },
});
