import { shannonEntropy } from '../entropy.ts';
import { fakePem, fakeString } from '../fake.ts';
import type { SecretValidation } from '../types.ts';
import { NO, rule } from './helpers.ts';

const DASH = '-----';
// Body of an armored block as it appears in logs: real newlines, JSON `\n` (once or twice
// escaped), spaces where a logger joined lines, and the RFC 1421 headers of legacy encrypted keys.
// A dash only when alone (`Proc-Type`, `DEK-Info`): `-----` ends the body, so a run of armor
// lines without a body cannot make every BEGIN scan far ahead.
const BODY = '(?:[A-Za-z0-9+/=\\s\\\\:,.]|-(?!-))';

/** The base64 body of an armored key: the same key hashes alike however it was escaped. */
function pemBody(value: string): string {
  const lines = value
    .replace(/\\\\n|\\n|\\r/g, '\n')
    .replace(/-----(?:BEGIN|END)[^-]{0,60}-----/g, '\n')
    .split(/[\r\n]+/)
    .filter((l) => !/^\s*[A-Za-z-]+:/.test(l));
  return lines.join('').replace(/[^A-Za-z0-9+/=]/g, '');
}

function privateKey(value: string): SecretValidation {
  const label = /BEGIN ([A-Z0-9 ]{0,40})/.exec(value)?.[1]?.trim() ?? '';
  const body = pemBody(value);
  // A real key body is long base64 with high entropy; "..." or "MIIE...XYZ" templates are not.
  if (body.length < 64 || shannonEntropy(body) < 4.5) return NO;
  const complete = value.includes(`${DASH}END`);
  let encrypted = /ENCRYPTED|Proc-Type: 4,ENCRYPTED/.test(value);
  if (label === 'OPENSSH PRIVATE KEY') {
    const raw = Buffer.from(body, 'base64').toString('latin1');
    if (!raw.startsWith('openssh-key-v1')) return NO;
    encrypted = !raw.slice(15, 60).includes('none');
  }
  return {
    ok: true,
    validated: complete,
    confidence: complete ? 'high' : 'medium',
    details: { type: label.toLowerCase() || 'private key', encrypted, complete },
  };
}

function puttyKey(value: string): SecretValidation {
  const encrypted = !/Encryption: none/.test(value);
  const alg = /PuTTY-User-Key-File-\d: ([\w-]{3,40})/.exec(value)?.[1] ?? 'unknown';
  return { ok: true, validated: true, details: { type: `putty ${alg}`, encrypted } };
}

const opensshFake = (s: string) => {
  const raw = Buffer.from(
    'openssh-key-v1\0\0\0\0\x04none\0\0\0\x04none\0\0\0\0\0\0\0\x01' +
      fakeString('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 300, s),
    'latin1',
  ).toString('base64');
  const lines = raw.match(/.{1,70}/g) ?? [];
  return [
    `${DASH}BEGIN OPENSSH PRIVATE KEY${DASH}`,
    ...lines,
    `${DASH}END OPENSSH PRIVATE KEY${DASH}`,
  ].join('\n');
};

const puttyFake = (s: string) =>
  [
    'PuTTY-User-Key-File-3: ssh-ed25519',
    'Encryption: none',
    'Comment: deploy@acme',
    'Public-Lines: 2',
    fakeString('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 64, s + 'a'),
    fakeString('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 4, s + 'b'),
    'Private-Lines: 1',
    fakeString('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 44, s + 'c'),
    `Private-MAC: ${fakeString('0123456789abcdef', 64, s + 'd')}`,
  ].join('\n');

export const keyRules = [
  rule({
    id: 'private-key',
    family: 'private-key',
    title: 'Private key (PEM or OpenSSH)',
    description:
      'Whoever holds it signs as its owner: SSH logins, TLS server impersonation, JWT signing, code or package signing.',
    keywords: ['private key'],
    pattern: new RegExp(
      `(${DASH}BEGIN[ A-Z0-9]{0,40} PRIVATE KEY(?: BLOCK)?${DASH}${BODY}{40,20000}?${DASH}END[ A-Z0-9]{0,40} PRIVATE KEY(?: BLOCK)?${DASH})`,
    ),
    window: { before: 40, after: 20200 },
    validate: privateKey,
    normalize: pemBody,
    skipPlaceholderCheck: true,
    confidence: 'high',
    priority: 85,
    examples: {
      bad: [
        fakePem('RSA PRIVATE KEY', 'k1'),
        fakePem('PRIVATE KEY', 'k2', 600, '\\n'),
        fakePem('EC PRIVATE KEY', 'k3', 120, ' '),
        fakePem('ENCRYPTED PRIVATE KEY', 'k4'),
        opensshFake('k5'),
      ],
      good: [
        `${DASH}BEGIN PRIVATE KEY${DASH}\n...\n${DASH}END PRIVATE KEY${DASH}`,
        `${DASH}BEGIN RSA PRIVATE KEY${DASH}\nMIIEpAIBAAKCAQEA<your key here>\n${DASH}END RSA PRIVATE KEY${DASH}`,
        fakePem('CERTIFICATE', 'k7'),
        fakePem('PUBLIC KEY', 'k8'),
      ],
    },
  }),
  rule({
    id: 'private-key-truncated',
    family: 'private-key',
    title: 'Private key block cut off before its END line',
    description:
      'Part of a private key (a log line limit cut it): enough of it may remain to recover the key, and the rest is likely logged nearby.',
    keywords: ['private key'],
    // Only base64 and line breaks after the armor: without an END line nothing else bounds it.
    pattern: new RegExp(
      `(${DASH}BEGIN[ A-Z0-9]{0,40} PRIVATE KEY(?: BLOCK)?${DASH}(?:[A-Za-z0-9+/=]|\\r?\\n|\\\\{1,7}[nr]| ){64,20000}[A-Za-z0-9+/=])`,
    ),
    window: { before: 40, after: 20200 },
    validate: privateKey,
    normalize: pemBody,
    skipPlaceholderCheck: true,
    confidence: 'medium',
    priority: 80,
    examples: {
      bad: [
        `TLS_PRIVATE_KEY=${fakePem('PRIVATE KEY', 'k6').split('\n').slice(0, 6).join('\n')}`,
        `"key":"${fakePem('RSA PRIVATE KEY', 'k9').split('\n').slice(0, 4).join('\\n')}...`,
      ],
      good: [`${DASH}BEGIN PRIVATE KEY${DASH}\n...`, fakePem('CERTIFICATE', 'k10').slice(0, 200)],
    },
  }),
  rule({
    id: 'putty-private-key',
    family: 'private-key',
    title: 'PuTTY private key (PPK)',
    description:
      'An SSH private key in PuTTY format: logs in wherever the matching public key is authorised.',
    keywords: ['putty-user-key-file-'],
    pattern:
      // Up to the FIRST Private-Lines and never past the next key's header: a flood of headers
      // costs each start only the distance to the next one.
      /(PuTTY-User-Key-File-[23]: [\w-]{3,40}(?:(?!Private-Lines:|PuTTY-User-Key-File)[\s\S]){0,4000}Private-Lines: \d{1,3}[\s\\nr]{1,6}[A-Za-z0-9+/=\s\\]{16,8000}?Private-MAC: [0-9a-f]{40,64})/,
    window: { before: 2, after: 12100 },
    validate: puttyKey,
    skipPlaceholderCheck: true,
    confidence: 'high',
    priority: 85,
    examples: {
      bad: [puttyFake('p1'), puttyFake('p2').replace(/\n/g, '\\n')],
      good: ['PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: (no private part)'],
    },
  }),
];
