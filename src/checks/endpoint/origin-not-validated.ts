import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { describe, endpointOf, loc, OWASP_AUTH, SPEC_TRANSPORTS, served } from './_helpers.ts';

export const originNotValidated = defineCheck({
  meta: {
    id: 'origin-not-validated',
    title: 'Foreign Origin not rejected',
    description:
      'MCP Streamable HTTP: servers MUST validate the Origin header on all incoming connections ' +
      'and answer 403 when it is present and invalid, to prevent DNS rebinding and cross-site ' +
      'requests from web pages. The endpoint served a request from an unrelated origin.',
    checklist: 'C1',
    patterns: ['P5'],
    owasp: [OWASP_AUTH],
    severity: 'medium',
    remediation:
      'Allow-list the origins of your own web clients and answer 403 to any other Origin ' +
      '(e.g. the SDK `originValidation` / `localhostOriginValidation` middleware).',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_TRANSPORTS],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    if (!served(e.origin) || e.origin?.status === undefined) return [];
    return [
      {
        message: 'A request with a foreign Origin header was served instead of refused with 403.',
        location: loc(e, 'Origin'),
        evidence: describe(e.origin),
        // A local server reachable from any web page is the DNS-rebinding case.
        ...(e.loopback ? { severity: 'high' as const } : {}),
      },
    ];
  },
});
