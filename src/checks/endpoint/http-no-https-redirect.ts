import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { isLoopbackHost } from '../../util/net.ts';
import { defineCheck } from '../check.ts';
import { loc, OWASP_TOKENS, SPEC_AUTH } from './_helpers.ts';
import { tlsOf } from './_tls-helpers.ts';

export const httpNoHttpsRedirect = defineCheck({
  meta: {
    id: 'http-no-https-redirect',
    title: 'Plain-HTTP variant of the endpoint does not redirect to HTTPS',
    description:
      'The http:// URL of this HTTPS endpoint answers without redirecting to https://. A client ' +
      'configured with the http:// URL (or downgraded to it) then sends its bearer token and ' +
      'tool traffic in clear text and gets an answer, so nobody notices. The MCP authorization ' +
      'spec requires HTTPS for remote servers. Nothing listening on the plain port is fine.',
    checklist: 'C2',
    patterns: [],
    owasp: [OWASP_TOKENS],
    severity: 'medium',
    remediation:
      'Close the plain-HTTP port, or answer every request on it with a 301/308 redirect to the ' +
      'https:// URL (and send HSTS on HTTPS).',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_AUTH, 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4'],
  },
  run(t: TargetFacts): FindingDraft[] {
    const x = tlsOf(t);
    const plain = x?.tls.https?.plainHttp;
    if (!x || !plain?.reachable || plain.redirectsToHttps) return [];
    const status = plain.status ?? 0;
    const redirectElsewhere = status >= 300 && status < 400;
    return [
      {
        message: redirectElsewhere
          ? `${plain.url} redirects (HTTP ${status}) but not to an https:// URL.`
          : `${plain.url} answers HTTP ${status} over plain HTTP instead of redirecting to HTTPS.`,
        location: loc(x.e, 'https.plainHttp'),
        evidence: `GET ${plain.url} → HTTP ${status}${plain.location ? `, Location: ${plain.location}` : ''}`,
        severity: isLoopbackHost(x.tls.host) ? 'info' : 'medium',
        details: { url: plain.url, status, location: plain.location },
      },
    ];
  },
});
