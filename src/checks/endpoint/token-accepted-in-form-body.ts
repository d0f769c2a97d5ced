import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, judgePlacement, OWASP_TOKENS, SPEC_AUTH } from './_helpers.ts';
import { placementFinding } from './_placement.ts';

export const tokenAcceptedInFormBody = defineCheck({
  meta: {
    id: 'token-accepted-in-form-body',
    title: 'Bearer token accepted in a form body',
    description:
      'RFC 6750 §2.2 form-encoded body tokens are not allowed for MCP (Authorization header only). ' +
      'A server that reads `access_token` from a form body accepts credentials from HTML forms ' +
      '(cross-site request forgery without CORS) and tends to log them with the body.',
    checklist: 'C1',
    patterns: ['P1'],
    owasp: [OWASP_TOKENS],
    severity: 'medium',
    remediation: 'Accept tokens only in the Authorization header.',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_AUTH, 'https://www.rfc-editor.org/rfc/rfc6750#section-2.2'],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const v = judgePlacement(e.auth?.form);
    return v ? [placementFinding(e, v, 'a form body', e.auth?.form?.params ?? [])] : [];
  },
});
