/**
 * Just enough DER (ITU-T X.690) to read a certificate's outer `signatureAlgorithm`, which
 * node:crypto's X509Certificate does not expose. Every length is checked against the buffer;
 * indefinite and over-long lengths are refused (DER forbids them).
 */
interface Tlv {
  tag: number;
  start: number;
  valueStart: number;
  end: number;
}

function readTlv(buf: Buffer, at: number, limit: number): Tlv {
  if (at + 2 > limit) throw new RangeError('DER: truncated header');
  const tag = buf[at]!;
  if ((tag & 0x1f) === 0x1f) throw new RangeError('DER: multi-byte tags are not expected here');
  let len = buf[at + 1]!;
  let valueStart = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4) throw new RangeError('DER: unsupported length form');
    if (valueStart + n > limit) throw new RangeError('DER: truncated length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[valueStart + i]!;
    valueStart += n;
  }
  const end = valueStart + len;
  if (end > limit) throw new RangeError('DER: value runs past its container');
  return { tag, start: at, valueStart, end };
}

function decodeOid(bytes: Buffer): string {
  if (bytes.length === 0) throw new RangeError('DER: empty OID');
  const parts: number[] = [];
  let value = 0;
  for (const byte of bytes) {
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) throw new RangeError('DER: OID arc too large');
    if (!(byte & 0x80)) {
      if (parts.length === 0) {
        const first = value < 80 ? Math.floor(value / 40) : 2;
        parts.push(first, value - first * 40);
      } else {
        parts.push(value);
      }
      value = 0;
    }
  }
  return parts.join('.');
}

const SEQUENCE = 0x30;
const OID = 0x06;

/**
 * The dotted OID of `Certificate.signatureAlgorithm` (RFC 5280 §4.1.1.2) in a DER certificate.
 *
 * @example signatureAlgorithmOid(x509.raw) // '1.2.840.113549.1.1.11'
 */
export function signatureAlgorithmOid(der: Buffer): string {
  const cert = readTlv(der, 0, der.length);
  if (cert.tag !== SEQUENCE) throw new RangeError('DER: certificate is not a SEQUENCE');
  const tbs = readTlv(der, cert.valueStart, cert.end);
  if (tbs.tag !== SEQUENCE) throw new RangeError('DER: tbsCertificate is not a SEQUENCE');
  const alg = readTlv(der, tbs.end, cert.end);
  if (alg.tag !== SEQUENCE) throw new RangeError('DER: signatureAlgorithm is not a SEQUENCE');
  const oid = readTlv(der, alg.valueStart, alg.end);
  if (oid.tag !== OID) throw new RangeError('DER: algorithm is not an OID');
  return decodeOid(der.subarray(oid.valueStart, oid.end));
}

const SIGNATURE_NAMES: Record<string, string> = {
  '1.2.840.113549.1.1.2': 'md2WithRSAEncryption',
  '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
  '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
  '1.3.14.3.2.29': 'sha1WithRSASignature',
  '1.2.840.113549.1.1.10': 'rsassaPss',
  '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
  '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
  '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
  '1.2.840.113549.1.1.14': 'sha224WithRSAEncryption',
  '1.2.840.10040.4.3': 'dsa-with-sha1',
  '2.16.840.1.101.3.4.3.2': 'dsa-with-sha256',
  '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
  '1.2.840.10045.4.3.1': 'ecdsa-with-SHA224',
  '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
  '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
  '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
  '1.3.101.112': 'Ed25519',
  '1.3.101.113': 'Ed448',
};

/** Human name of a signature algorithm OID, or the OID itself. */
export function signatureAlgorithmName(oid: string): string {
  return SIGNATURE_NAMES[oid] ?? oid;
}
