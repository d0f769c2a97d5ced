import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { loc, OWASP_TOKENS } from './_helpers.ts';
import { certEvidence, tlsOf } from './_tls-helpers.ts';

// Reported by tls-certificate-expired from the dates themselves.
const VALIDITY_ERRORS = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);
const SELF_SIGNED_ERRORS = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN']);

export const tlsUntrustedCertificate = defineCheck({
  meta: {
    id: 'tls-untrusted-certificate',
    title: 'TLS certificate chain is not trusted',
    description:
      'The chain does not verify to a trusted root: a self-signed certificate, an unknown or ' +
      'private CA, or a missing intermediate. Clients must reject it; in practice operators ' +
      'then disable verification (NODE_TLS_REJECT_UNAUTHORIZED=0), and from then on anyone ' +
      'on the path can intercept bearer tokens. Verified against the system roots plus any ' +
      '`--ca` file given.',
    checklist: 'C2',
    patterns: [],
    owasp: [OWASP_TOKENS],
    severity: 'high',
    remediation:
      'Use a certificate from a publicly trusted CA and send the full intermediate chain. For a ' +
      'private CA, distribute its root to clients and scan with `--ca FILE`.',
    requires: ['endpoint'],
    scope: 'target',
    references: ['https://www.rfc-editor.org/rfc/rfc5280#section-6'],
  },
  run(t: TargetFacts): FindingDraft[] {
    const x = tlsOf(t);
    const trust = x?.tls.trust;
    if (!x || !trust || trust.authorized) return [];
    const code = trust.error ?? 'unknown';
    if (VALIDITY_ERRORS.has(code)) return [];
    const leaf = x.tls.chain?.[0];
    const selfSigned = SELF_SIGNED_ERRORS.has(code) || Boolean(leaf?.selfSigned);
    const what = selfSigned
      ? code === 'SELF_SIGNED_CERT_IN_CHAIN'
        ? 'chains to a self-signed root that is not trusted'
        : 'is self-signed'
      : 'does not chain to a trusted CA';
    const withCa = x.tls.customCa ? ' (even with the --ca file given)' : '';
    return [
      {
        message: `The certificate of ${x.tls.host} ${what}${withCa}: verification fails with ${code}.`,
        location: loc(x.e, 'tls.trust'),
        evidence: `${code}; ${leaf ? certEvidence(leaf) : 'no certificate'}`,
        key: code,
        details: { error: code, selfSigned, customCa: x.tls.customCa },
      },
    ];
  },
});
