import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, isOmnibusScope, loc, OWASP_SCOPE, SPEC_SECURITY } from './_helpers.ts';

export const oauthOmnibusScopes = defineCheck({
  meta: {
    id: 'oauth-omnibus-scopes',
    title: 'Server offers omnibus scopes',
    description:
      '`scopes_supported` (RFC 9728 resource metadata or RFC 8414 server metadata) lists ' +
      'wildcard or administrative scopes. MCP security best practices warn against publishing ' +
      'catch-all scopes: clients request them by default and every token becomes all-powerful.',
    checklist: 'C3',
    patterns: ['P3'],
    owasp: [OWASP_SCOPE],
    severity: 'low',
    remediation: 'Offer fine-grained scopes per capability (e.g. tools:read, issues:write).',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_SECURITY],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const out: FindingDraft[] = [];
    const lists: [string, string[] | undefined][] = [
      ['resource_metadata.scopes_supported', e.resourceMetadata?.scopes],
      ...(e.authServers ?? []).map((a): [string, string[] | undefined] => [
        'authorization_server.scopes_supported',
        a.scopes,
      ]),
    ];
    const seen = new Set<string>();
    for (const [field, scopes] of lists) {
      const broad = (scopes ?? []).filter(isOmnibusScope);
      if (broad.length === 0 || seen.has(broad.join(' '))) continue;
      seen.add(broad.join(' '));
      out.push({
        message: `scopes_supported lists broad scope(s): ${broad.join(', ')}.`,
        location: loc(e, field),
        evidence: broad.join(' '),
        key: field,
      });
    }
    return out;
  },
});
