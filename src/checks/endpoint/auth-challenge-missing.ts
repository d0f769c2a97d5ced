import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, loc, OWASP_AUTH, SPEC_AUTH } from './_helpers.ts';

export const authChallengeMissing = defineCheck({
  meta: {
    id: 'auth-challenge-missing',
    title: '401 without a Bearer challenge naming the resource metadata',
    description:
      'A refused request must be answered with `WWW-Authenticate: Bearer` (RFC 6750 §3) and, for ' +
      'MCP, a `resource_metadata` parameter pointing at the RFC 9728 metadata (MCP authorization, ' +
      '"Protected Resource Metadata Discovery"). Without it clients cannot discover the ' +
      'authorization server and users fall back to pasting long-lived tokens.',
    checklist: 'C1',
    patterns: ['P1'],
    owasp: [OWASP_AUTH],
    severity: 'medium',
    remediation:
      'Answer 401 with `WWW-Authenticate: Bearer resource_metadata="https://<host>/.well-known/' +
      'oauth-protected-resource<path>"` and serve that document.',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_AUTH, 'https://www.rfc-editor.org/rfc/rfc9728#section-5.1'],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const a = e.auth;
    if (!a?.required) return [];
    const got401 = [a.unauthenticated, a.query?.baseline, a.form?.baseline].some(
      (o) => o?.status === 401,
    );
    if (!got401) return [];
    const c = a.challenge;
    const metadataFound = Boolean(e.resourceMetadata?.found);
    if (!c) {
      return [
        {
          message: 'The endpoint answers 401 without a WWW-Authenticate header.',
          location: loc(e, 'WWW-Authenticate'),
          evidence: 'HTTP 401, no WWW-Authenticate',
        },
      ];
    }
    if ((c.scheme ?? '').toLowerCase() !== 'bearer') {
      return [
        {
          message: `The 401 challenge uses the "${c.scheme ?? '?'}" scheme, not Bearer.`,
          location: loc(e, 'WWW-Authenticate'),
          evidence: `scheme ${c.scheme ?? '(none)'}`,
        },
      ];
    }
    if (!c.params.resource_metadata) {
      // 2025-11-25 lets clients fall back to the well-known URI; still a gap, a smaller one.
      return [
        {
          message:
            'The Bearer challenge has no resource_metadata parameter' +
            (metadataFound ? ' (the well-known metadata exists).' : ' and no metadata was found.'),
          location: loc(e, 'WWW-Authenticate'),
          evidence: `Bearer ${Object.keys(c.params).join(', ') || '(no parameters)'}`,
          severity: metadataFound ? 'low' : 'medium',
        },
      ];
    }
    return [];
  },
});
