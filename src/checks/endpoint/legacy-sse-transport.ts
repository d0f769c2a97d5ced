import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, loc, OWASP_TOKENS, SPEC_TRANSPORTS } from './_helpers.ts';

/*
 * The same fact as transport/deprecated-sse-transport, seen by the endpoint probes: it reports
 * when the MCP listing did not run over SSE (e.g. refused without a token), and judges it the
 * same way (checklist, patterns, severity; test/checks/endpoint/legacy-sse-transport.test.ts
 * keeps the two aligned). The runner needs every fact kind a check requires, so one check cannot
 * read whichever of `server` / `endpoint` is present.
 */
export const legacySseTransport = defineCheck({
  meta: {
    id: 'legacy-sse-transport',
    title: 'Deprecated HTTP+SSE transport',
    description:
      'The endpoint probes recognised the HTTP+SSE transport of protocol 2024-11-05, deprecated since ' +
      '2025-03-26: no MCP-Protocol-Version header, a session id carried in the POST URL query ' +
      '(where logs keep it), and none of the later authorization and Origin requirements.',
    checklist: 'C1',
    patterns: ['P1', 'P4'],
    owasp: [OWASP_TOKENS],
    severity: 'medium',
    remediation:
      'Move to Streamable HTTP (or the 2026-07-28 stateless protocol) with the current SDK.',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_TRANSPORTS],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    if (e.protocol?.era !== 'sse-legacy') return [];
    // When the MCP listing itself went over SSE, deprecated-sse-transport already reports it;
    // this check covers endpoints the probes recognised but the listing could not use.
    if (t.facts.server?.transport === 'sse') return [];
    return [
      {
        message: 'The endpoint uses the deprecated HTTP+SSE transport (protocol 2024-11-05).',
        location: loc(e, 'transport'),
        evidence: e.protocol.evidence.join('; '),
      },
    ];
  },
});
