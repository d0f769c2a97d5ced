import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, isOmnibusScope, loc, OWASP_SCOPE, SPEC_SECURITY } from './_helpers.ts';

export const tokenBroadScopes = defineCheck({
  meta: {
    id: 'token-broad-scopes',
    title: 'Token carries wildcard or admin scopes',
    description:
      'The token given for the scan carries a wildcard or administrative scope (`*`, `admin`, ' +
      '`repo:*`, `all`…). MCP security best practices ("Scope minimization"): request the ' +
      'minimum scopes and elevate step by step; an omnibus token turns any tool misuse or leak ' +
      'into full account compromise.',
    checklist: 'C3',
    patterns: ['P3'],
    owasp: [OWASP_SCOPE],
    severity: 'medium',
    remediation:
      'Issue narrowly scoped tokens per connection (read-only unless writing is needed).',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_SECURITY],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const broad = (e.token?.scopes ?? []).filter(isOmnibusScope);
    if (broad.length === 0) return [];
    return [
      {
        message: `The token carries broad scope(s): ${broad.join(', ')}.`,
        location: loc(e, 'token.scope'),
        evidence: `scopes: ${(e.token?.scopes ?? []).join(' ')}`,
      },
    ];
  },
});
