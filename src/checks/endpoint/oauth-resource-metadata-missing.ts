import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, loc, OWASP_AUTH, SPEC_AUTH } from './_helpers.ts';

export const oauthResourceMetadataMissing = defineCheck({
  meta: {
    id: 'oauth-resource-metadata-missing',
    title: 'Protected resource metadata (RFC 9728) missing or invalid',
    description:
      'MCP servers that require authorization MUST publish OAuth 2.0 Protected Resource Metadata ' +
      '(RFC 9728) naming their authorization servers. Without a valid document clients cannot ' +
      'run the standard flow, and deployments drift to static, long-lived tokens.',
    checklist: 'C1',
    patterns: ['P1'],
    owasp: [OWASP_AUTH],
    severity: 'medium',
    remediation:
      'Serve /.well-known/oauth-protected-resource<path> as JSON with `resource` (the endpoint ' +
      'URL) and `authorization_servers`, and link it from the 401 challenge.',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_AUTH, 'https://www.rfc-editor.org/rfc/rfc9728'],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const rm = e.resourceMetadata;
    if (!e.auth?.required || !rm) return [];
    if (!rm.found) {
      return [
        {
          message:
            'The endpoint requires authorization but publishes no protected resource metadata.',
          location: loc(e, 'resource_metadata'),
          evidence: `${rm.url}: ${rm.errors.join('; ')}`,
        },
      ];
    }
    if (rm.errors.length > 0) {
      return [
        {
          title: 'Protected resource metadata (RFC 9728) invalid',
          message: `The protected resource metadata is invalid: ${rm.errors.join('; ')}.`,
          location: loc(e, 'resource_metadata'),
          evidence: rm.url,
        },
      ];
    }
    return [];
  },
});
