import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  signatureAlgorithmName,
  signatureAlgorithmOid,
} from '../../../../src/collect/endpoint/tls/der.ts';

function tlv(tag: number, body: Buffer, longForm = false): Buffer {
  const len =
    longForm || body.length > 127
      ? Buffer.from([0x82, body.length >> 8, body.length & 0xff])
      : Buffer.from([body.length]);
  return Buffer.concat([Buffer.from([tag]), len, body] as unknown as Uint8Array[]);
}
const seq = (...parts: Buffer[]) =>
  tlv(0x30, Buffer.concat(parts as unknown as Uint8Array[]), true);

// sha1WithRSAEncryption 1.2.840.113549.1.1.5
const SHA1_RSA = Buffer.from([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x05]);
// ecdsa-with-SHA256 1.2.840.10045.4.3.2
const ECDSA_SHA256 = Buffer.from([0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02]);

function fakeCert(oid: Buffer): Buffer {
  const tbs = seq(tlv(0x02, Buffer.from([1])));
  const alg = seq(tlv(0x06, oid), tlv(0x05, Buffer.alloc(0)));
  return seq(tbs, alg, tlv(0x03, Buffer.from([0, 1, 2, 3])));
}

test('reads the outer signatureAlgorithm OID of a certificate', () => {
  assert.equal(signatureAlgorithmOid(fakeCert(SHA1_RSA)), '1.2.840.113549.1.1.5');
  assert.equal(signatureAlgorithmName('1.2.840.113549.1.1.5'), 'sha1WithRSAEncryption');
  assert.equal(signatureAlgorithmOid(fakeCert(ECDSA_SHA256)), '1.2.840.10045.4.3.2');
  assert.equal(signatureAlgorithmName('1.2.3.4'), '1.2.3.4', 'unknown OIDs keep their number');
});

test('malformed DER is refused with a RangeError, never read out of bounds', () => {
  const good = fakeCert(SHA1_RSA);
  for (let cut = 0; cut < good.length; cut++) {
    assert.throws(() => signatureAlgorithmOid(good.subarray(0, cut)), RangeError, `cut at ${cut}`);
  }
  assert.throws(() => signatureAlgorithmOid(Buffer.from([0x31, 0])), RangeError, 'not a SEQUENCE');
  assert.throws(() => signatureAlgorithmOid(Buffer.from([0x30, 0x80, 0, 0])), RangeError);
  assert.throws(() => signatureAlgorithmOid(seq(seq(), seq(tlv(0x02, Buffer.from([1]))))));
  assert.throws(() => signatureAlgorithmOid(seq(seq(), seq(tlv(0x06, Buffer.alloc(0))))));
});
