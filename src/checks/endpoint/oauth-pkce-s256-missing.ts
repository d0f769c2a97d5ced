import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, loc, OWASP_AUTH, SPEC_AUTH } from './_helpers.ts';

export const oauthPkceS256Missing = defineCheck({
  meta: {
    id: 'oauth-pkce-s256-missing',
    title: 'Authorization server does not advertise PKCE S256',
    description:
      'MCP clients MUST use PKCE with S256 and MUST refuse to proceed when the authorization ' +
      'server metadata lacks `code_challenge_methods_supported` (MCP authorization, "Authorization ' +
      'Code Protection"). Without PKCE an intercepted authorization code can be redeemed by an ' +
      'attacker; `plain` only protects against some interceptions.',
    checklist: 'C1',
    patterns: ['P1'],
    owasp: [OWASP_AUTH],
    severity: 'high',
    remediation:
      'Enable PKCE with S256 on the authorization server and list it in ' +
      '`code_challenge_methods_supported`.',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_AUTH, 'https://www.rfc-editor.org/rfc/rfc7636'],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const out: FindingDraft[] = [];
    for (const as of e.authServers ?? []) {
      if (!as.found) continue;
      const m = as.codeChallengeMethods;
      if (m?.includes('S256')) continue;
      out.push({
        message: m
          ? `Authorization server ${as.issuer} offers PKCE methods ${m.join(', ')} but not S256.`
          : `Authorization server ${as.issuer} does not list code_challenge_methods_supported.`,
        location: loc(e, 'authorization_server.code_challenge_methods_supported'),
        evidence: `code_challenge_methods_supported: ${m ? JSON.stringify(m) : '(absent)'}`,
        key: as.issuer,
      });
    }
    return out;
  },
});
