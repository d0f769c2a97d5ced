import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { describe, endpointOf, loc, served } from './_helpers.ts';

export const headerMismatchAccepted = defineCheck({
  meta: {
    id: 'header-mismatch-accepted',
    title: 'Header/body mismatch accepted (MCP 2026-07-28)',
    description:
      'In the 2026-07-28 protocol, `MCP-Protocol-Version`, `Mcp-Method` and `Mcp-Name` mirror the ' +
      'body so gateways and WAFs can route and authorize on headers; servers MUST reject a ' +
      'disagreement with 400 (-32020 HeaderMismatch). Accepting one lets a request pass a ' +
      'header-based policy as `server/discover` and run as something else.',
    checklist: 'C1',
    patterns: ['P5'],
    owasp: ['MCP07:2025 Insufficient Authentication & Authorization'],
    severity: 'medium',
    remediation:
      'Validate the standard headers against the JSON-RPC body and answer HTTP 400 with ' +
      'error -32020 on any disagreement (the v2 SDKs do this).',
    requires: ['endpoint'],
    scope: 'target',
    references: ['https://modelcontextprotocol.io/specification/2026-07-28/basic/transports'],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    if (e.protocol?.era !== 'stateless-2026') return [];
    return (e.headerMismatch ?? [])
      .filter((o) => served(o) && o.status !== undefined)
      .map((o) => ({
        message: `A request whose headers disagree with its body was served (${o.note ?? 'mismatch'}).`,
        location: loc(e, 'headers'),
        evidence: describe(o),
        key: o.note ?? '',
      }));
  },
});
