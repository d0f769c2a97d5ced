import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { describe, endpointOf, loc, SPEC_TRANSPORTS, served } from './_helpers.ts';

export const protocolVersionNotValidated = defineCheck({
  meta: {
    id: 'protocol-version-not-validated',
    title: 'MCP-Protocol-Version header not validated',
    description:
      'MCP Streamable HTTP: a server receiving an invalid or unsupported MCP-Protocol-Version ' +
      'MUST answer 400 Bad Request. A server that ignores the header applies its own assumptions ' +
      'to every client, so version-dependent security behaviour (per-request auth in 2026-07-28, ' +
      'header/body cross-checks) cannot be relied on.',
    checklist: 'C1',
    patterns: ['P5'],
    severity: 'low',
    remediation: 'Reject requests whose MCP-Protocol-Version is not one you support with HTTP 400.',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_TRANSPORTS],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const o = e.protocolVersionHeader;
    if (!served(o) || o?.status === undefined) return [];
    return [
      {
        message: 'A request with a bogus MCP-Protocol-Version (1999-01-01) was served.',
        location: loc(e, 'MCP-Protocol-Version'),
        evidence: describe(o),
      },
    ];
  },
});
