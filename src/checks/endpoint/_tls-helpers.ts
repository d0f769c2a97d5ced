import type { EndpointFacts } from '../../collect/endpoint/facts.ts';
import type { CertificateFacts, TlsFacts } from '../../collect/endpoint/tls/facts.ts';
import type { TargetFacts } from '../../model/facts.ts';

/** BCP 195: recommendations for the secure use of TLS. */
export const RFC_9325 = 'https://www.rfc-editor.org/rfc/rfc9325';

/** The endpoint and its TLS facts, or undefined when the TLS probes did not run. */
export function tlsOf(t: TargetFacts): { e: EndpointFacts; tls: TlsFacts } | undefined {
  const e = t.facts.endpoint;
  return e?.tls ? { e, tls: e.tls } : undefined;
}

/**
 * The certificates whose properties matter: the leaf always, then every certificate that is not
 * a self-signed root (a trust anchor is trusted by identity, its own signature is never checked).
 */
export function judgedChain(tls: TlsFacts): { cert: CertificateFacts; depth: number }[] {
  return (tls.chain ?? [])
    .map((cert, depth) => ({ cert, depth }))
    .filter(({ cert, depth }) => depth === 0 || !cert.selfSigned);
}

/** `leaf` or `chain[1]`, for the location field and messages. */
export function certName(depth: number): string {
  return depth === 0 ? 'leaf certificate' : `chain certificate #${depth}`;
}

/**
 * Whether a certificate is outside its validity period at `now` (RFC 5280 §4.1.2.5): the one
 * test that tls-certificate-expired reports and tls-certificate-expiring leaves to it.
 */
export function outsideValidity(
  c: CertificateFacts,
  now: number,
): 'expired' | 'not-yet-valid' | undefined {
  if (Date.parse(c.validTo) < now) return 'expired';
  if (Date.parse(c.validFrom) > now) return 'not-yet-valid';
  return undefined;
}

/** One line that identifies a certificate in evidence: subject, issuer, validity. */
export function certEvidence(c: CertificateFacts): string {
  return `subject=${c.subject}; issuer=${c.issuer}; valid ${c.validFrom} → ${c.validTo}`;
}
