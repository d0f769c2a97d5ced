import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, judgePlacement, OWASP_TOKENS, SPEC_AUTH } from './_helpers.ts';
import { placementFinding } from './_placement.ts';

export const tokenAcceptedInQuery = defineCheck({
  meta: {
    id: 'token-accepted-in-query',
    title: 'Bearer token accepted in the URL query',
    description:
      'MCP authorization: access tokens MUST NOT be included in the URI query string. Servers that ' +
      'read `?access_token=` or `?token=` put credentials in access logs, proxy logs, browser ' +
      'history and Referer headers: the first attack pattern (token exposure through logs). ' +
      'Tested with a random canary and, when given, the real token moved from the header.',
    checklist: 'C1',
    patterns: ['P1'],
    owasp: [OWASP_TOKENS],
    severity: 'high',
    remediation:
      'Accept tokens only in the Authorization header; reject (400) requests carrying a token in ' +
      'the query, and scrub query strings from logs.',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_AUTH, 'https://www.rfc-editor.org/rfc/rfc6750#section-2.3'],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const v = judgePlacement(e.auth?.query);
    return v ? [placementFinding(e, v, 'the URL query', e.auth?.query?.params ?? [])] : [];
  },
});
