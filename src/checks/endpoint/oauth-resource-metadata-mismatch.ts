import { resourceCovers } from '../../collect/endpoint/url.ts';
import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, loc, OWASP_AUTH, SPEC_AUTH } from './_helpers.ts';

export const oauthResourceMetadataMismatch = defineCheck({
  meta: {
    id: 'oauth-resource-metadata-mismatch',
    title: 'Protected resource metadata names another resource',
    description:
      'RFC 9728 §3.3: the `resource` in the metadata MUST be the identifier of the resource the ' +
      'metadata was fetched for; clients MUST reject it otherwise. A mismatch breaks compliant ' +
      'clients or, worse, makes tokens minted for one resource usable at another (the audience ' +
      'confusion RFC 8707 resource indicators exist to prevent).',
    checklist: 'C1',
    patterns: ['P5'],
    owasp: [OWASP_AUTH],
    severity: 'high',
    remediation: 'Set `resource` to the exact endpoint URL clients connect to.',
    requires: ['endpoint'],
    scope: 'target',
    references: ['https://www.rfc-editor.org/rfc/rfc9728#section-3.3', SPEC_AUTH],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const rm = e.resourceMetadata;
    if (!rm?.found || !rm.resource) return [];
    if (resourceCovers(rm.resource, rm.expectedResource)) return [];
    return [
      {
        message: `The metadata names resource ${rm.resource}, not this endpoint (${rm.expectedResource}).`,
        location: loc(e, 'resource_metadata.resource'),
        evidence: `resource: ${rm.resource}`,
      },
    ];
  },
});
