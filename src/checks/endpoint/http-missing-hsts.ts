import { isIP } from 'node:net';
import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { isLoopback, tlsLoc, tlsOf } from './_tls-helpers.ts';

// 180 days: the minimum commonly recommended (and one year for the preload list).
const MIN_MAX_AGE = 15_552_000;

export const httpMissingHsts = defineCheck({
  meta: {
    id: 'http-missing-hsts',
    title: 'HTTPS endpoint without a Strict-Transport-Security header',
    description:
      'Without HSTS (RFC 6797) a client that is ever sent to http:// for this host (a typo, a ' +
      'downgrade by an active attacker, an old config) talks in clear text first. HSTS makes ' +
      'conforming clients refuse plain HTTP to the host for max-age seconds. Judged on one HEAD ' +
      'request to the endpoint. IP-literal and loopback hosts are skipped (HSTS does not apply).',
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
    if (isIP(x.tls.host) !== 0 || isLoopback(x.tls.host)) return [];
    const location = tlsLoc(x.e, 'https.hsts');
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
      const why =
        hsts.maxAge === 0 ? 'max-age=0 switches HSTS off' : `it is invalid (${hsts.error})`;
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
  },
});
