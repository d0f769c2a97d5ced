import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { loc } from './_helpers.ts';
import { certEvidence, certName, judgedChain, outsideValidity, tlsOf } from './_tls-helpers.ts';

const DAY = 86_400_000;
const WINDOW_DAYS = 30;
const URGENT_DAYS = 7;

export const tlsCertificateExpiring = defineCheck({
  meta: {
    id: 'tls-certificate-expiring',
    title: 'TLS certificate expires within 30 days',
    description:
      'A certificate that expires soon will break every client at once unless renewal works. ' +
      'Short-lived automated certificates renew about 30 days ahead, so one inside that window ' +
      'at scan time suggests renewal is manual or failing.',
    checklist: 'C2',
    patterns: [],
    severity: 'low',
    remediation:
      'Renew now and automate renewal (ACME / cert-manager) with monitoring that alerts well ' +
      'before expiry.',
    requires: ['endpoint'],
    scope: 'target',
    references: ['https://www.rfc-editor.org/rfc/rfc8555'],
  },
  run(t: TargetFacts): FindingDraft[] {
    const x = tlsOf(t);
    if (!x) return [];
    const now = Date.parse(x.tls.collectedAt);
    const out: FindingDraft[] = [];
    for (const { cert, depth } of judgedChain(x.tls)) {
      if (outsideValidity(cert, now)) continue;
      const days = Math.floor((Date.parse(cert.validTo) - now) / DAY);
      if (days >= WINDOW_DAYS) continue;
      out.push({
        message: `The ${certName(depth)} expires on ${cert.validTo}, ${days} day(s) after the scan.`,
        location: loc(x.e, `tls.chain[${depth}].validTo`),
        evidence: certEvidence(cert),
        severity: days < URGENT_DAYS ? 'medium' : 'low',
        key: cert.fingerprint256,
        details: { depth, validTo: cert.validTo, daysLeft: days },
      });
    }
    return out;
  },
});
