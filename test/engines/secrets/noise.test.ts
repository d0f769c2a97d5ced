import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALPHA, fakeString } from '../../../src/engines/secrets/fake.ts';
import { scanText } from '../../../src/engines/secrets/index.ts';

const hex = (n: number, s: string) => fakeString(ALPHA.hex, n, s);
const uuid = (s: string) =>
  `${hex(8, s)}-${hex(4, `${s}b`)}-4${hex(3, `${s}c`)}-a${hex(3, `${s}d`)}-${hex(12, `${s}e`)}`;

// High-entropy values that are not credentials, in the shapes real logs carry them.
const NOISE = [
  `{"level":30,"msg":"request completed","reqId":"${uuid('n1')}","commit":"${hex(40, 'n2')}"}`,
  `{"event":"rpc","server":"github","session":"${uuid('n3')}","message":{"method":"tools/call"}}`,
  `{"token_type":"bearer","expires_in":3600,"scope":"repo read:org"}`,
  `{"usage":{"prompt_tokens":1234,"completion_tokens":567,"total_tokens":1801},"max_tokens":4096}`,
  `{"nextPageToken":"${fakeString(ALPHA.b64url, 40, 'n4')}","items":[]}`,
  `X-CSRF-Token: ${fakeString(ALPHA.b64url, 43, 'n5')}`,
  `image: ghcr.io/acme/api@sha256:${hex(64, 'n6')}`,
  `"integrity": "sha512-${fakeString(ALPHA.b64, 86, 'n7')}=="`,
  `traceparent: 00-${hex(32, 'n8')}-${hex(16, 'n9')}-01`,
  `{"password_changed_at":"2026-01-05T10:00:00Z","password_min_length":12}`,
  `Authorization: AWS4-HMAC-SHA256 Credential=ASIA/20260105/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${hex(64, 'n10')}`,
  `X-Hub-Signature-256: sha256=${hex(64, 'n11')}`,
  `{"secretName":"api-tls","secretRef":{"name":"db-credentials"},"credentialsFile":"/var/run/creds.json"}`,
  `level=info msg="session started" session_id=${uuid('n12')} user_id=${uuid('n13')}`,
  `2026-01-05 10:00:00,123 INFO  [main] com.acme.Bootstrap - token cache warmed: 1234 entries`,
  `GET /static/js/app.${hex(8, 'n14')}.js HTTP/1.1" 200 1234 "-" "Mozilla/5.0"`,
  `sshd[123]: Accepted publickey for deploy from 10.0.0.1 port 5555 ssh2: ED25519 SHA256:${fakeString(ALPHA.b64, 43, 'n15')}`,
  `WWW-Authenticate: Bearer realm="mcp", error="invalid_token", error_description="expired"`,
  `Set-Cookie: theme=dark; Path=/; Max-Age=31536000`,
  `{"keyId":"key_${fakeString(ALPHA.b62, 24, 'n16')}","fingerprint":"${hex(64, 'n17')}"}`,
  `sudo: deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/systemctl restart api`,
];

describe('noise: high-entropy values that are not secrets', () => {
  for (const line of NOISE) {
    it(`no finding in: ${line.slice(0, 70)}`, () => {
      assert.deepEqual(
        scanText(line).map((m) => `${m.rule}: ${line.slice(m.start, m.end).slice(0, 12)}`),
        [],
      );
    });
  }
});

describe('samples that only look like tokens', () => {
  it('a JWT with a placeholder signature is not reported by any rule', () => {
    const h = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
    const p = Buffer.from('{"sub":"test"}').toString('base64url');
    assert.deepEqual(scanText(`Authorization: Bearer ${h}.${p}.test`), []);
  });
});
