import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, loc, OWASP_TOKENS, SPEC_SECURITY } from './_helpers.ts';

export const tokenNoExpiry = defineCheck({
  meta: {
    id: 'token-no-expiry',
    title: 'Access token never expires',
    description:
      'The JWT given for the scan has no `exp` claim. A leaked token (logs, memory, telemetry: ' +
      'patterns P1 and P7) then works until someone notices and revokes it. OAuth 2.1 and the ' +
      'MCP security best practices expect short-lived access tokens.',
    checklist: 'C3',
    patterns: ['P1', 'P7'],
    owasp: [OWASP_TOKENS],
    severity: 'medium',
    remediation: 'Issue access tokens with an expiry of minutes to hours and use refresh tokens.',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_SECURITY, 'https://www.rfc-editor.org/rfc/rfc9068#section-2.2'],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const tk = e.token;
    if (tk?.format !== 'jwt' || tk.exp !== undefined) return [];
    return [
      {
        message: 'The token is a JWT without an exp claim.',
        location: loc(e, 'token.exp'),
        evidence: `claims: ${(tk.claims ?? []).join(', ')}`,
      },
    ];
  },
});
