import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { isLoopbackHost } from '../../util/net.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, loc, OWASP_TOKENS, SPEC_AUTH } from './_helpers.ts';

function plainHttp(url: string): { host: string } | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' ? { host: u.hostname } : undefined;
  } catch {
    return undefined;
  }
}

export const oauthServerNotHttps = defineCheck({
  meta: {
    id: 'oauth-server-not-https',
    title: 'Authorization server not on HTTPS',
    description:
      'MCP authorization: all authorization server endpoints MUST be served over HTTPS (OAuth 2.1 ' +
      '§1.5). An http:// issuer, authorization or token endpoint exposes codes, tokens and client ' +
      'credentials to anyone on the path.',
    checklist: 'C1',
    patterns: ['P1'],
    owasp: [OWASP_TOKENS],
    severity: 'high',
    remediation: 'Serve the authorization server and every endpoint in its metadata over HTTPS.',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_AUTH],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const out: FindingDraft[] = [];
    // A loopback endpoint with a loopback authorization server is a development setup.
    const local = (host: string) => Boolean(e.loopback) && isLoopbackHost(host);
    for (const issuer of e.resourceMetadata?.authorizationServers ?? []) {
      const p = plainHttp(issuer);
      if (p && !local(p.host)) {
        out.push({
          message: `The protected resource metadata names an authorization server over plain HTTP: ${issuer}.`,
          location: loc(e, 'authorization_servers'),
          evidence: issuer,
          key: issuer,
        });
      }
    }
    for (const as of e.authServers ?? []) {
      for (const [field, url] of Object.entries(as.endpoints ?? {})) {
        if (field === 'issuer') continue;
        const p = plainHttp(url);
        if (p && !local(p.host)) {
          out.push({
            message: `The authorization server metadata lists ${field} over plain HTTP.`,
            location: loc(e, `authorization_server.${field}`),
            evidence: url,
            key: `${as.issuer} ${field}`,
          });
        }
      }
    }
    return out;
  },
});
