import { X509Certificate } from 'node:crypto';
import type { DetailedPeerCertificate } from 'node:tls';
import { asView } from './bytes.ts';
import { signatureAlgorithmName, signatureAlgorithmOid } from './der.ts';
import type { CertificateFacts, PublicKeyFacts } from './facts.ts';

const MAX_CHAIN = 10;
const MAX_TEXT = 512;

const CURVE_BITS: Record<string, number> = {
  prime192v1: 192,
  secp192r1: 192,
  secp224r1: 224,
  prime256v1: 256,
  secp256r1: 256,
  secp256k1: 256,
  secp384r1: 384,
  secp521r1: 521,
  brainpoolP256r1: 256,
  brainpoolP384r1: 384,
  brainpoolP512r1: 512,
};

function publicKeyFacts(x509: X509Certificate): PublicKeyFacts {
  const key = x509.publicKey;
  const type = key.asymmetricKeyType ?? 'unknown';
  const d = key.asymmetricKeyDetails ?? {};
  if (d.modulusLength !== undefined) return { type, bits: d.modulusLength };
  if (d.namedCurve !== undefined) {
    const facts: PublicKeyFacts = { type, curve: d.namedCurve };
    const bits = CURVE_BITS[d.namedCurve];
    if (bits !== undefined) facts.bits = bits;
    return facts;
  }
  if (type === 'ed25519' || type === 'x25519') return { type, bits: 256 };
  if (type === 'ed448' || type === 'x448') return { type, bits: 448 };
  return { type };
}

function isSelfSigned(x509: X509Certificate): boolean {
  if (x509.issuer !== x509.subject) return false;
  try {
    return x509.verify(x509.publicKey);
  } catch {
    return false;
  }
}

function oneLine(s: string): string {
  return s.replace(/\n/g, ', ').slice(0, MAX_TEXT);
}

/** Facts about one DER certificate, read with node:crypto plus our DER reader. */
function certificateFacts(der: Buffer): CertificateFacts {
  const x509 = new X509Certificate(asView(der));
  let oid: string;
  try {
    oid = signatureAlgorithmOid(der);
  } catch {
    oid = 'unparsable';
  }
  const facts: CertificateFacts = {
    subject: oneLine(x509.subject),
    issuer: oneLine(x509.issuer),
    serialNumber: x509.serialNumber.slice(0, 128),
    fingerprint256: x509.fingerprint256,
    validFrom: new Date(x509.validFrom).toISOString(),
    validTo: new Date(x509.validTo).toISOString(),
    selfSigned: isSelfSigned(x509),
    publicKey: publicKeyFacts(x509),
    signatureAlgorithm: { oid, name: signatureAlgorithmName(oid) },
  };
  if (x509.subjectAltName) facts.subjectAltName = x509.subjectAltName.slice(0, MAX_TEXT);
  return facts;
}

/**
 * The presented chain, leaf first, from node:tls's linked `issuerCertificate` list (which ends
 * in a self-reference at a root). Bounded and de-duplicated by fingerprint.
 */
export function chainFacts(peer: DetailedPeerCertificate): CertificateFacts[] {
  const out: CertificateFacts[] = [];
  const seen = new Set<string>();
  let cur: DetailedPeerCertificate | undefined = peer;
  while (cur?.raw && out.length < MAX_CHAIN) {
    let facts: CertificateFacts;
    try {
      facts = certificateFacts(cur.raw);
    } catch {
      // A certificate node:crypto cannot parse ends the chain we can judge.
      break;
    }
    if (seen.has(facts.fingerprint256)) break;
    seen.add(facts.fingerprint256);
    out.push(facts);
    cur = cur.issuerCertificate;
  }
  return out;
}
