import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, loc, OWASP_TOKENS, SPEC_AUTH } from './_helpers.ts';

export const oauthInsecureGrants = defineCheck({
  meta: {
    id: 'oauth-insecure-grants',
    title: 'Authorization server offers implicit or password grants',
    description:
      'OAuth 2.1 removes the implicit grant (tokens in the URL fragment) and the resource owner ' +
      'password grant (clients handle user passwords); RFC 9700 (OAuth security BCP) says not to ' +
      'use them. An MCP authorization server that still offers them invites token leakage.',
    checklist: 'C1',
    patterns: ['P1'],
    owasp: [OWASP_TOKENS],
    severity: 'high',
    remediation:
      'Disable the implicit and password grants; offer authorization_code with PKCE (and ' +
      'refresh_token / client_credentials where needed).',
    requires: ['endpoint'],
    scope: 'target',
    references: ['https://www.rfc-editor.org/rfc/rfc9700#section-2.1.2', SPEC_AUTH],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const out: FindingDraft[] = [];
    for (const as of e.authServers ?? []) {
      const bad = (as.grantTypes ?? []).filter((g) => g === 'implicit' || g === 'password');
      // response_type `token` (alone or combined) is the implicit flow.
      const rt = (as.responseTypes ?? []).filter((r) => r.split(/\s+/).includes('token'));
      if (bad.length === 0 && rt.length === 0) continue;
      const what = [...bad.map((g) => `grant ${g}`), ...rt.map((r) => `response_type "${r}"`)];
      out.push({
        message: `Authorization server ${as.issuer} offers ${what.join(', ')}.`,
        location: loc(e, 'authorization_server.grant_types_supported'),
        evidence: what.join(', '),
        key: as.issuer,
      });
    }
    return out;
  },
});
