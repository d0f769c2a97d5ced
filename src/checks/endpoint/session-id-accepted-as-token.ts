import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { describe, endpointOf, loc, OWASP_AUTH, SPEC_SECURITY, served } from './_helpers.ts';

export const sessionIdAcceptedAsToken = defineCheck({
  meta: {
    id: 'session-id-accepted-as-token',
    title: 'Session id accepted in place of the token',
    description:
      'MCP security best practices ("Session Hijacking"): servers MUST NOT use sessions for ' +
      'authentication and MUST verify every inbound request. Here a session opened with the ' +
      'token served a request that carried only the Mcp-Session-Id: whoever learns a session id ' +
      '(logs, a shared proxy) acts as the user without a token.',
    checklist: 'C1',
    patterns: ['P5', 'P1'],
    owasp: [OWASP_AUTH],
    severity: 'high',
    remediation:
      'Authenticate every request with its bearer token; bind sessions to the token subject ' +
      '(e.g. `<user_id>:<session_id>`) and reject requests without a valid token.',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_SECURITY],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const s = e.auth?.sessionAsToken;
    if (!e.auth?.required || !served(s)) return [];
    return [
      {
        message: 'A request with a valid session id but no token was served.',
        location: loc(e, 'Mcp-Session-Id'),
        evidence: describe(s),
      },
    ];
  },
});
