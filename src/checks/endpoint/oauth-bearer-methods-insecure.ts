import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, loc, OWASP_TOKENS, SPEC_AUTH } from './_helpers.ts';

export const oauthBearerMethodsInsecure = defineCheck({
  meta: {
    id: 'oauth-bearer-methods-insecure',
    title: 'Resource metadata allows tokens in the query or body',
    description:
      'RFC 9728 `bearer_methods_supported` lists how the resource accepts tokens. MCP ' +
      'authorization: access tokens MUST be sent in the Authorization header and MUST NOT be in ' +
      'the URI query. Query tokens end up in access logs, proxies, browser history and Referer ' +
      'headers (pattern P1).',
    checklist: 'C1',
    patterns: ['P1'],
    owasp: [OWASP_TOKENS],
    severity: 'medium',
    remediation: 'Set `bearer_methods_supported` to ["header"] and refuse tokens anywhere else.',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_AUTH, 'https://www.rfc-editor.org/rfc/rfc9728#section-2'],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const methods = e.resourceMetadata?.bearerMethods ?? [];
    const bad = methods.filter((m) => m === 'query' || m === 'body');
    if (bad.length === 0) return [];
    return [
      {
        message: `The protected resource metadata allows bearer tokens in: ${bad.join(', ')}.`,
        location: loc(e, 'resource_metadata.bearer_methods_supported'),
        evidence: `bearer_methods_supported: ${JSON.stringify(methods)}`,
        ...(bad.includes('query') ? { severity: 'high' as const } : {}),
      },
    ];
  },
});
