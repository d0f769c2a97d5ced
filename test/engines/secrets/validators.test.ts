import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base62, crc32, hasCrc32Base62Suffix } from '../../../src/engines/secrets/checksum.ts';
import {
  ALPHA,
  fakeGithubToken,
  fakeJwt,
  fakeNpmToken,
  fakeString,
} from '../../../src/engines/secrets/fake.ts';
import { scanText } from '../../../src/engines/secrets/index.ts';

describe('CRC32 base62 checksums (GitHub, npm)', () => {
  it('computes the IEEE CRC-32', () => {
    assert.equal(crc32('123456789'), 0xcbf43926);
    assert.equal(base62(61, 2), '0z');
  });

  it('accepts a valid GitHub token and rejects a tampered one', () => {
    const t = fakeGithubToken('ghp_', 'v1');
    assert.ok(hasCrc32Base62Suffix(t.slice(4)));
    const tampered = t.slice(0, 10) + (t[10] === 'a' ? 'b' : 'a') + t.slice(11);
    assert.ok(!hasCrc32Base62Suffix(tampered.slice(4)));
    const [good] = scanText(`GITHUB_TOKEN=${t}`);
    assert.equal(good?.validated, true);
    assert.equal(good?.confidence, 'high');
    const [bad] = scanText(`GITHUB_TOKEN=${tampered}`);
    assert.equal(bad?.rule, 'github-pat');
    assert.equal(bad?.validated, false);
    assert.equal(bad?.confidence, 'low');
    assert.equal(bad?.details?.['checksum'], 'invalid');
  });

  it('validates npm tokens the same way', () => {
    const [m] = scanText(`NPM_TOKEN=${fakeNpmToken('v2')}`);
    assert.equal(m?.rule, 'npm-token');
    assert.equal(m?.validated, true);
  });
});

describe('JWT structure', () => {
  it('reports issuer, audience and expiry, never the token', () => {
    const token = fakeJwt(
      { iss: 'https://auth.acme.test/', aud: 'mcp', exp: 1700000000, sub: 'u1' },
      'j',
    );
    const [m] = scanText(`Authorization: Bearer ${token}`);
    assert.equal(m?.rule, 'jwt');
    assert.equal(m?.validated, true);
    assert.equal(m?.details?.['iss'], 'https://auth.acme.test/');
    assert.equal(m?.details?.['aud'], 'mcp');
    assert.equal(m?.details?.['exp'], '2023-11-14T22:13:20.000Z');
    assert.equal(m?.details?.['expired'], true);
    assert.ok(!JSON.stringify(m).includes(token.split('.')[1]!));
  });

  it('rejects three base64 parts that are not JSON', () => {
    const fake = `eyJ${fakeString(ALPHA.b64url, 30, 'a')}.eyJ${fakeString(ALPHA.b64url, 30, 'b')}.x`;
    assert.deepEqual(scanText(fake, { rules: ['jwt'] }), []);
  });
});

describe('AWS', () => {
  it('pairs a key id with a nearby secret key', () => {
    const id = `AK${'IA'}${fakeString(ALPHA.b32, 16, 'aws1')}`;
    const secret = fakeString(ALPHA.b64, 40, 'aws2');
    const found = scanText(`AWS_ACCESS_KEY_ID=${id} AWS_SECRET_ACCESS_KEY=${secret} aws s3 ls`);
    assert.deepEqual(
      found.map((m) => m.rule),
      ['aws-access-key-id', 'aws-secret-access-key'],
    );
    assert.ok(found.every((m) => m.details?.['pair'] === true));
    assert.equal(found[0]?.details?.['kind'], 'long-term');
    assert.match(String(found[0]?.details?.['account']), /^\d{12}$/);
  });
});

describe('Basic credentials', () => {
  it('accepts base64 user:password and rejects other base64', () => {
    const ok = Buffer.from(`deploy:${fakeString(ALPHA.b62, 14, 'bp')}`).toString('base64');
    assert.equal(scanText(`Authorization: Basic ${ok}`)[0]?.rule, 'authorization-basic');
    const notPair = Buffer.from(fakeString(ALPHA.b62, 14, 'bq')).toString('base64');
    assert.deepEqual(
      scanText(`Authorization: Basic ${notPair}`, { rules: ['authorization-basic'] }),
      [],
    );
  });
});

describe('private keys', () => {
  it('hash the same key alike whether plain or JSON-escaped', () => {
    const dash = '-----';
    const body = Buffer.from(fakeString(ALPHA.b62, 300, 'pk'), 'latin1').toString('base64');
    const lines = body.match(/.{1,64}/g)!;
    const pem = [
      `${dash}BEGIN RSA PRIVATE KEY${dash}`,
      ...lines,
      `${dash}END RSA PRIVATE KEY${dash}`,
    ];
    const plain = scanText(pem.join('\n'));
    const escaped = scanText(JSON.stringify({ key: pem.join('\n') }));
    assert.equal(plain[0]?.rule, 'private-key');
    assert.equal(escaped[0]?.rule, 'private-key');
    assert.equal(plain[0]?.hash, escaped[0]?.hash);
    assert.match(plain[0]!.redacted, /^-----BEGIN RSA PRIVATE KEY-----…/);
  });
});
