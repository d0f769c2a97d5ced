import { resourceCovers } from '../../collect/endpoint/url.ts';
import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, loc, OWASP_AUTH, SPEC_AUTH } from './_helpers.ts';

/** Exact (modulo case and a trailing slash), or an origin / path prefix that covers it. */
function matches(aud: string, candidates: string[]): boolean {
  const norm = (s: string) => s.replace(/\/+$/, '').toLowerCase();
  return candidates.some((c) => norm(aud) === norm(c) || resourceCovers(aud, c));
}

export const tokenAudienceMismatch = defineCheck({
  meta: {
    id: 'token-audience-mismatch',
    title: 'Token audience missing or not this server',
    description:
      'MCP authorization: servers MUST validate that tokens were issued for them (audience, RFC ' +
      '8707 resource indicators) and MUST NOT pass tokens through to other services ("token ' +
      'passthrough"). A token without `aud`, or for another audience, can be replayed across ' +
      'services: a confused-deputy risk.',
    checklist: 'C3',
    patterns: ['P5'],
    owasp: [OWASP_AUTH],
    severity: 'medium',
    remediation:
      'Request tokens with the `resource` parameter set to this endpoint, and have the server ' +
      'reject tokens whose `aud` does not name it.',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_AUTH, 'https://www.rfc-editor.org/rfc/rfc8707'],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const tk = e.token;
    if (tk?.format !== 'jwt') return [];
    if (!tk.audience || tk.audience.length === 0) {
      return [
        {
          message: 'The token has no aud claim: any service that trusts its issuer accepts it.',
          location: loc(e, 'token.aud'),
          evidence: `claims: ${(tk.claims ?? []).join(', ')}`,
        },
      ];
    }
    const candidates = [e.url];
    if (e.resourceMetadata?.resource) candidates.push(e.resourceMetadata.resource);
    if (tk.audience.some((a) => matches(a, candidates))) return [];
    return [
      {
        message: `The token's audience (${tk.audience.join(', ')}) does not name this endpoint.`,
        location: loc(e, 'token.aud'),
        evidence: `aud: ${JSON.stringify(tk.audience)}; endpoint: ${candidates.join(', ')}`,
        // API identifiers (api://…, urn:…) may legitimately map to this server.
        confidence: 'medium',
      },
    ];
  },
});
