import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, loc, OWASP_AUTH, SPEC_SECURITY } from './_helpers.ts';

/** OWASP session management guidance: at least 64 bits of entropy. */
const MIN_BITS = 64;

export const weakSessionIds = defineCheck({
  meta: {
    id: 'weak-session-ids',
    title: 'Predictable or low-entropy session ids',
    description:
      'MCP transports: the Mcp-Session-Id SHOULD be globally unique and cryptographically secure ' +
      '(a secure UUID, JWT or hash). Sequential, short or repeated ids let an attacker guess a ' +
      'live session and inject events or requests into it (MCP security best practices, ' +
      '"Session Hijacking").',
    checklist: 'C1',
    patterns: ['P5'],
    owasp: [OWASP_AUTH],
    severity: 'high',
    remediation:
      'Generate session ids from a CSPRNG with at least 128 bits (e.g. crypto.randomUUID()), and ' +
      'bind them to the authenticated user.',
    requires: ['endpoint'],
    scope: 'target',
    references: [
      SPEC_SECURITY,
      'https://owasp.org/www-community/vulnerabilities/Insufficient_Session-ID_Length',
    ],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const s = e.sessionIds;
    if (!s || s.count < 2) return [];
    const why: string[] = [];
    if (s.sequential) why.push('consecutive ids follow a counter');
    if (s.unique < s.count) why.push(`${s.count - s.unique} of ${s.count} ids repeated`);
    if (s.estimatedBits < MIN_BITS) {
      why.push(`about ${s.estimatedBits} bits of entropy (${s.alphabet}, ${s.minLength} chars)`);
    }
    if (why.length === 0) return [];
    return [
      {
        message: `Session ids are weak: ${why.join('; ')}.`,
        location: loc(e, 'Mcp-Session-Id'),
        evidence: `samples: ${s.samples.join(', ')}`,
        details: { ...s },
      },
    ];
  },
});
