import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { loc, OWASP_TOKENS } from './_helpers.ts';
import { certEvidence, certName, judgedChain, outsideValidity, tlsOf } from './_tls-helpers.ts';

export const tlsCertificateExpired = defineCheck({
  meta: {
    id: 'tls-certificate-expired',
    title: 'TLS certificate expired or not yet valid',
    description:
      'A certificate outside its validity period (RFC 5280 §4.1.2.5) fails verification in every ' +
      'client. Users and agents then click through or turn verification off, which is how ' +
      'man-in-the-middle interception becomes routine. Judged at the time of the scan.',
    checklist: 'C2',
    patterns: [],
    owasp: [OWASP_TOKENS],
    severity: 'high',
    remediation:
      'Renew the certificate and automate renewal (ACME / cert-manager); check the server clock ' +
      'if the certificate is not yet valid.',
    requires: ['endpoint'],
    scope: 'target',
    references: ['https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5'],
  },
  run(t: TargetFacts): FindingDraft[] {
    const x = tlsOf(t);
    if (!x) return [];
    const now = Date.parse(x.tls.collectedAt);
    const out: FindingDraft[] = [];
    for (const { cert, depth } of judgedChain(x.tls)) {
      const state = outsideValidity(cert, now);
      if (state === 'expired') {
        const days = Math.floor((now - Date.parse(cert.validTo)) / 86_400_000);
        out.push({
          message: `The ${certName(depth)} expired on ${cert.validTo} (${days} day(s) before the scan).`,
          location: loc(x.e, `tls.chain[${depth}].validTo`),
          evidence: certEvidence(cert),
          key: cert.fingerprint256,
          details: { depth, validTo: cert.validTo, state: 'expired' },
        });
      } else if (state === 'not-yet-valid') {
        out.push({
          message: `The ${certName(depth)} is not valid until ${cert.validFrom}.`,
          location: loc(x.e, `tls.chain[${depth}].validFrom`),
          evidence: certEvidence(cert),
          key: cert.fingerprint256,
          details: { depth, validFrom: cert.validFrom, state: 'not-yet-valid' },
        });
      }
    }
    return out;
  },
});
