import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { loc, OWASP_TOKENS } from './_helpers.ts';
import { certEvidence, certName, judgedChain, tlsOf } from './_tls-helpers.ts';

/** Signature OIDs whose hash has practical collisions: SHA-1 (SHAttered, 2017) and older. */
const WEAK: Record<string, 'medium' | 'high'> = {
  '1.2.840.113549.1.1.5': 'medium', // sha1WithRSAEncryption
  '1.3.14.3.2.29': 'medium', // sha1WithRSASignature (OIW)
  '1.2.840.10040.4.3': 'medium', // dsa-with-sha1
  '1.2.840.10045.4.1': 'medium', // ecdsa-with-SHA1
  '1.2.840.113549.1.1.4': 'high', // md5WithRSAEncryption
  '1.2.840.113549.1.1.2': 'high', // md2WithRSAEncryption
};

export const tlsSha1Signature = defineCheck({
  meta: {
    id: 'tls-sha1-signature',
    title: 'TLS certificate signed with SHA-1 (or MD5)',
    description:
      'A chosen-prefix SHA-1 collision (SHAttered 2017, "SHA-1 is a Shambles" 2020) lets an ' +
      'attacker forge a certificate with the same signature; public CAs stopped issuing SHA-1 ' +
      'certificates in 2016. The algorithm is read from the DER signatureAlgorithm field of ' +
      'the leaf and every intermediate (root self-signatures are not relied on and are skipped).',
    checklist: 'C2',
    patterns: [],
    owasp: [OWASP_TOKENS],
    severity: 'medium',
    remediation: 'Reissue the certificate (and any intermediate) signed with SHA-256 or stronger.',
    requires: ['endpoint'],
    scope: 'target',
    references: ['https://shattered.io/', 'https://sha-mbles.github.io/'],
  },
  run(t: TargetFacts): FindingDraft[] {
    const x = tlsOf(t);
    if (!x) return [];
    const out: FindingDraft[] = [];
    for (const { cert, depth } of judgedChain(x.tls)) {
      const severity = WEAK[cert.signatureAlgorithm.oid];
      if (!severity) continue;
      out.push({
        message: `The ${certName(depth)} is signed with ${cert.signatureAlgorithm.name}.`,
        location: loc(x.e, `tls.chain[${depth}].signatureAlgorithm`),
        evidence: `${cert.signatureAlgorithm.name} (${cert.signatureAlgorithm.oid}); ${certEvidence(cert)}`,
        severity,
        key: cert.fingerprint256,
        details: { depth, signatureAlgorithm: cert.signatureAlgorithm },
      });
    }
    return out;
  },
});
