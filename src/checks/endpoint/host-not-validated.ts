import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { describe, endpointOf, loc, OWASP_AUTH, SPEC_TRANSPORTS, served } from './_helpers.ts';

export const hostNotValidated = defineCheck({
  meta: {
    id: 'host-not-validated',
    title: 'Local server does not validate the Host header (DNS rebinding)',
    description:
      'A web page can make its own domain resolve to 127.0.0.1 (DNS rebinding) and then talk to a ' +
      'local MCP server as same-origin. Checking Origin and Host is the defence the MCP transport ' +
      'spec requires; CVE-2025-66414 (TypeScript SDK) and the matching Python, Go and Java SDK ' +
      'advisories fixed exactly this. The ' +
      'local endpoint served a request addressed to a foreign host name.',
    checklist: 'C1',
    patterns: ['P5'],
    owasp: [OWASP_AUTH],
    severity: 'high',
    remediation:
      'Reject requests whose Host is not localhost / 127.0.0.1 / [::1] (e.g. the SDK ' +
      '`localhostHostValidation` middleware) and bind to 127.0.0.1 only.',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_TRANSPORTS, 'https://github.com/advisories/GHSA-w48q-cv73-mx4w'],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    if (!e.loopback || !served(e.host) || e.host?.status === undefined) return [];
    return [
      {
        message: 'The local endpoint served a request whose Host header named a foreign domain.',
        location: loc(e, 'Host'),
        evidence: describe(e.host),
      },
    ];
  },
});
