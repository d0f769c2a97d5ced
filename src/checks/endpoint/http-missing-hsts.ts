import { isIP } from 'node:net';
import type { HstsFacts } from '../../collect/endpoint/tls/facts.ts';
import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft, Location } from '../../model/finding.ts';
import { isLoopbackHost } from '../../util/net.ts';
import { defineCheck } from '../check.ts';
import { loc } from './_helpers.ts';
import { tlsOf } from './_tls-helpers.ts';

// 180 days: the minimum commonly recommended (and one year for the preload list).
const MIN_MAX_AGE = 15_552_000;

export const httpMissingHsts = defineCheck({
  meta: {
    id: 'http-missing-hsts',
    title: 'HTTPS endpoint without a Strict-Transport-Security header',
    description:
      'Without HSTS (RFC 6797) a client that is ever sent to http:// for this host (a typo, a ' +
      'downgrade by an active attacker, an old config) talks in clear text first. HSTS makes ' +
      'conforming clients refuse plain HTTP to the host for max-age seconds. Judged on one GET ' +
      'request to the endpoint. On IP-literal and loopback hosts clients ignore HSTS (RFC 6797 ' +
      '§8.1.1), so there it is reported for information: it will matter under a host name.',
    checklist: 'C2',
    patterns: [],
    severity: 'low',
    remediation:
      'Send `Strict-Transport-Security: max-age=31536000; includeSubDomains` on every HTTPS ' +
      'response (at the TLS terminator).',
    requires: ['endpoint'],
    scope: 'target',
    references: ['https://www.rfc-editor.org/rfc/rfc6797'],
  },
  run(t: TargetFacts): FindingDraft[] {
    const x = tlsOf(t);
    const hsts = x?.tls.https?.hsts;
    if (!x || !hsts?.responded) return [];
    const local = isIP(x.tls.host) !== 0 || isLoopbackHost(x.tls.host);
    const drafts = judge(hsts, loc(x.e, 'https.hsts'));
    if (!local) return drafts;
    return drafts.map((d) => ({
      ...d,
      message: `${d.message} (Clients ignore HSTS for ${x.tls.host}; it applies once the endpoint is served under a host name.)`,
      severity: 'info' as const,
    }));
  },
});

/** The findings for one HSTS observation, before the local-host adjustment. */
function judge(hsts: HstsFacts, location: Location): FindingDraft[] {
  const status = `HTTP ${hsts.status ?? '?'}`;
  if (hsts.header === undefined) {
    return [
      {
        message: 'The HTTPS response carries no Strict-Transport-Security header.',
        location,
        evidence: `${status}, no Strict-Transport-Security header`,
      },
    ];
  }
  if (hsts.maxAge === undefined || hsts.maxAge === 0) {
    const why = hsts.maxAge === 0 ? 'max-age=0 switches HSTS off' : `it is invalid (${hsts.error})`;
    return [
      {
        message: `The Strict-Transport-Security header has no effect: ${why}.`,
        location,
        evidence: `${status}, Strict-Transport-Security: ${hsts.header}`,
      },
    ];
  }
  if (hsts.maxAge < MIN_MAX_AGE) {
    return [
      {
        message: `HSTS max-age is ${hsts.maxAge} s, under the recommended 180 days.`,
        location,
        evidence: `Strict-Transport-Security: ${hsts.header}`,
        severity: 'info',
      },
    ];
  }
  return [];
}
