import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeOnce } from '../../../src/engines/secrets/decode.ts';
import { ALPHA, fakeGithubToken, fakeString } from '../../../src/engines/secrets/fake.ts';
import { hashSecret, scanText } from '../../../src/engines/secrets/index.ts';

const awsSecret = () => {
  // Make sure the value holds a `/` so that JSON `\/` and URL `%2F` forms differ from plain.
  const s = fakeString(ALPHA.b64, 40, 'dec');
  return `${s.slice(0, 10)}/${s.slice(11, 25)}+${s.slice(26)}`;
};

describe('decodeOnce', () => {
  it('maps decoded offsets back to the original', () => {
    const src = 'a\\/b%2Fc\\u002Fd';
    const d = decodeOnce(src);
    assert.equal(d.text, 'a/b/c/d');
    assert.equal(d.map.start(0), 0);
    assert.equal(d.map.start(1), 1);
    assert.equal(d.map.end(2), 3);
    assert.equal(d.map.start(3), 4);
    assert.equal(d.map.end(4), 7);
    assert.equal(d.map.start(5), 8);
    assert.equal(d.map.end(7), src.length);
  });
});

describe('secrets in escaped text', () => {
  it('finds a JSON-escaped secret (\\/) and points at the escaped span', () => {
    const secret = awsSecret();
    const escaped = secret.replace(/\//g, '\\/');
    const line = `{"msg":"env","AWS_SECRET_ACCESS_KEY":"${escaped}"}`;
    const [m] = scanText(line, { rules: ['aws-secret-access-key'] });
    assert.ok(m);
    assert.equal(line.slice(m.start, m.end), escaped);
    assert.equal(m.hash, hashSecret(secret));
    assert.equal(m.encoding, 'json');
  });

  it('finds a \\u002F-escaped secret', () => {
    const secret = awsSecret();
    const escaped = secret.replace(/\//g, '\\u002F');
    const line = `{"AWS_SECRET_ACCESS_KEY":"${escaped}"}`;
    const [m] = scanText(line, { rules: ['aws-secret-access-key'] });
    assert.ok(m);
    assert.equal(line.slice(m.start, m.end), escaped);
    assert.equal(m.hash, hashSecret(secret));
  });

  it('finds a URL-encoded secret and its keyword behind %3D', () => {
    const token = fakeGithubToken('ghp_', 'url');
    const line = `GET /docs?example=GITHUB_TOKEN%3D${token}&x=1 HTTP/1.1`;
    const [m] = scanText(line);
    assert.ok(m);
    assert.equal(m.rule, 'github-pat');
    assert.equal(line.slice(m.start, m.end), token);
    const secret = awsSecret();
    const enc = encodeURIComponent(`aws_secret_access_key=${secret}`);
    const q = `/upload?cfg=${enc}&y=2`;
    const [a] = scanText(q, { rules: ['aws-secret-access-key'] });
    assert.ok(a);
    assert.equal(q.slice(a.start, a.end), encodeURIComponent(secret));
    assert.equal(a.hash, hashSecret(secret));
    assert.equal(a.encoding, 'url');
  });

  it('decodes Bearer%20 and + as spaces in URL-encoded text', () => {
    const tok = fakeString(ALPHA.b62, 40, 'bear');
    for (const sep of ['%20', '+']) {
      const line = `/search?q=Authorization%3A${sep}Bearer${sep}${tok}&page=1`;
      const found = scanText(line);
      assert.equal(found.length, 1, sep);
      assert.equal(line.slice(found[0]!.start, found[0]!.end), tok);
    }
  });

  it('finds keys behind escaped quotes (\\") in nested JSON', () => {
    const v = fakeString(ALPHA.b62, 32, 'nest');
    const line = JSON.stringify({ text: JSON.stringify({ client_secret: v }) });
    const [m] = scanText(line);
    assert.ok(m);
    assert.equal(line.slice(m.start, m.end), v);
  });

  it('can be turned off', () => {
    const token = fakeGithubToken('ghp_', 'off');
    const line = `x=%22${token.slice(0, 3)}%5F${token.slice(4)}`;
    assert.equal(scanText(line, { decode: false }).length, 0);
    assert.equal(scanText(line).length, 1);
  });
});

describe('hostile input', () => {
  it('scans a multi-megabyte line without a newline and finds a secret at its end', () => {
    const token = fakeGithubToken('ghp_', 'big');
    const line = `${'a%2Fb\\"c '.repeat(400_000)}token=${token}`;
    const found = scanText(line);
    assert.equal(found.at(-1)?.rule, 'github-pat');
  });
});

describe('HTML entities', () => {
  it('finds a value behind &quot; quotes and maps offsets back', () => {
    const v = fakeString(ALPHA.b62, 32, 'html');
    const line = `<pre>{&quot;client_secret&quot;:&quot;${v}&quot;}</pre>`;
    const [m] = scanText(line);
    assert.ok(m);
    assert.equal(line.slice(m.start, m.end), v);
  });
});
