import type { PublicKeyFacts } from '../../collect/endpoint/tls/facts.ts';
import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import type { Severity } from '../../model/taxonomy.ts';
import { defineCheck } from '../check.ts';
import { loc, OWASP_TOKENS } from './_helpers.ts';
import { certEvidence, certName, judgedChain, RFC_9325, tlsOf } from './_tls-helpers.ts';

const FACTORED = new Set(['rsa', 'rsa-pss', 'dsa', 'dh']);

/** Why a key is too small, and how bad, or undefined when it is fine or unknown. */
function weakness(k: PublicKeyFacts): { severity: Severity; minimum: number } | undefined {
  if (k.bits === undefined) return undefined;
  if (FACTORED.has(k.type) && k.bits < 2048) {
    return { severity: k.bits < 1024 ? 'high' : 'medium', minimum: 2048 };
  }
  if (k.type === 'ec' && k.bits < 256) return { severity: 'medium', minimum: 256 };
  return undefined;
}

export const tlsWeakKey = defineCheck({
  meta: {
    id: 'tls-weak-key',
    title: 'TLS certificate has a weak public key',
    description:
      'RSA or DSA keys under 2048 bits and elliptic-curve keys under 256 bits are below the ' +
      'CA/Browser Forum Baseline Requirements and NIST SP 800-131A; 512-bit RSA is factored in ' +
      'hours and 1024-bit is within reach of well-funded attackers. Node accepts such keys, ' +
      'so the size is read from the certificate and judged here.',
    checklist: 'C2',
    patterns: [],
    owasp: [OWASP_TOKENS],
    severity: 'medium',
    remediation:
      'Reissue the certificate with an RSA key of at least 2048 bits or an ECDSA P-256 key.',
    requires: ['endpoint'],
    scope: 'target',
    references: [RFC_9325, 'https://csrc.nist.gov/pubs/sp/800/131/a/r2/final'],
  },
  run(t: TargetFacts): FindingDraft[] {
    const x = tlsOf(t);
    if (!x) return [];
    const out: FindingDraft[] = [];
    for (const { cert, depth } of judgedChain(x.tls)) {
      const w = weakness(cert.publicKey);
      if (!w) continue;
      const k = cert.publicKey;
      out.push({
        message: `The ${certName(depth)} has a ${k.bits}-bit ${k.type.toUpperCase()} key; at least ${w.minimum} bits are required.`,
        location: loc(x.e, `tls.chain[${depth}].publicKey`),
        evidence: `${k.type} ${k.bits} bits${k.curve ? ` (${k.curve})` : ''}; ${certEvidence(cert)}`,
        severity: w.severity,
        key: cert.fingerprint256,
        details: { depth, publicKey: k },
      });
    }
    return out;
  },
});
