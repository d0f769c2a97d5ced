import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  collectHttpsPolicy,
  defaultPlainPorts,
  parseHsts,
} from '../../../../src/collect/endpoint/tls/https-policy.ts';
import { startHttpServer } from '../../../fixtures/tls/servers.ts';

test('parses a full Strict-Transport-Security header', () => {
  assert.deepEqual(parseHsts('max-age=31536000; includeSubDomains; preload'), {
    maxAge: 31536000,
    includeSubDomains: true,
    preload: true,
  });
  assert.deepEqual(parseHsts(' MAX-AGE="600" '), {
    maxAge: 600,
    includeSubDomains: false,
    preload: false,
  });
});

test('invalid headers carry an error and no max-age (RFC 6797 §6.1)', () => {
  assert.match(parseHsts('includeSubDomains').error ?? '', /max-age missing/);
  assert.match(parseHsts('max-age=abc').error ?? '', /not a number/);
  assert.match(parseHsts('max-age=-1').error ?? '', /not a number/);
  assert.match(parseHsts('max-age=1; max-age=2').error ?? '', /repeated/);
  assert.equal(parseHsts('max-age=1; max-age=2').maxAge, undefined);
});

test('plain-HTTP ports tried by default: 80, plus the 080 twin of an alternate 443 port', () => {
  assert.deepEqual(defaultPlainPorts(new URL('https://h/mcp')), [80]);
  assert.deepEqual(defaultPlainPorts(new URL('https://h:443/mcp')), [80]);
  assert.deepEqual(defaultPlainPorts(new URL('https://h:8443/mcp')), [80, 8080]);
  assert.deepEqual(defaultPlainPorts(new URL('https://h:10443/mcp')), [80, 10080]);
  assert.deepEqual(defaultPlainPorts(new URL('https://h:3000/mcp')), [80]);
});

test('the first plain-HTTP port that answers is the one reported', async () => {
  const closed = await startHttpServer(() => {});
  const closedPort = closed.port;
  await closed.close();
  const plain = await startHttpServer((_req, res) => res.writeHead(200).end('hi'));
  try {
    const facts = await collectHttpsPolicy(new URL(`https://127.0.0.1:${closedPort}/x`), {
      timeoutMs: 5_000,
      httpPort: [closedPort, plain.port],
    });
    assert.equal(facts.hsts.responded, false);
    assert.equal(facts.plainHttp?.url, `http://127.0.0.1:${plain.port}/x`);
    assert.equal(facts.plainHttp?.status, 200);
    assert.deepEqual(facts.plainHttpPorts, [closedPort, plain.port]);
  } finally {
    await plain.close();
  }
});
