import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { endpointChecks } from '../../../src/checks/endpoint/index.ts';
import type { EndpointFacts } from '../../../src/collect/endpoint/facts.ts';
import { closeSharedAgent } from '../../../src/collect/endpoint/http.ts';
import { probeEndpoint } from '../../../src/collect/endpoint/index.ts';
import { DEFAULT_LIMITS } from '../../../src/collect/spec.ts';
import { runChecks } from '../../../src/run/runner.ts';
import type { FixtureServer } from '../../fixtures/endpoints/common.ts';
import {
  type HardenedServer,
  startHardenedServer,
} from '../../fixtures/endpoints/hardened-server.ts';
import { startLegacySseServer } from '../../fixtures/endpoints/legacy-sse-server.ts';
import { startSloppyServer } from '../../fixtures/endpoints/sloppy-server.ts';

// Built from pieces so no literal looks like a credential.
const SLOPPY_TOKEN = ['sloppy', 'fixture', 'token', '7f3a9c2e51d04b88'].join('-');

let sloppy: FixtureServer;
let hardened: HardenedServer;
let sse: FixtureServer;

before(async () => {
  [sloppy, hardened, sse] = await Promise.all([
    startSloppyServer({ token: SLOPPY_TOKEN }),
    startHardenedServer(),
    startLegacySseServer(),
  ]);
});

after(async () => {
  await Promise.all([sloppy.close(), hardened.close(), sse.close()]);
  await closeSharedAgent();
});

async function scan(url: string, token?: string, endpoint: Record<string, unknown> = {}) {
  const r = await probeEndpoint(
    { kind: 'http', url, ...(token ? { bearerToken: token } : {}) },
    { limits: DEFAULT_LIMITS, endpoint },
  );
  assert.ok(r.facts, `facts for ${url}: ${r.reasons.join('; ')}`);
  const facts = r.facts as EndpointFacts;
  const { findings } = await runChecks(
    [
      {
        target: { id: 'http:1', kind: 'http', label: url },
        facts: { endpoint: facts },
        collection: { status: 'scanned', reasons: [] },
      },
    ],
    endpointChecks,
  );
  return { facts, reasons: r.reasons, rules: new Set(findings.map((f) => f.rule)), findings };
}

test('the sloppy 2025-era server fails the auth and error-hygiene checks', async () => {
  const { facts, rules, findings } = await scan(sloppy.url, SLOPPY_TOKEN);
  assert.equal(facts.protocol?.era, 'streamable-2025');
  assert.equal(facts.protocol?.sessions, true);
  for (const rule of [
    'auth-challenge-missing',
    'oauth-resource-metadata-missing',
    'token-accepted-in-query',
    'token-accepted-in-form-body',
    'session-id-accepted-as-token',
    'origin-not-validated',
    'host-not-validated',
    'cors-reflects-origin',
    'protocol-version-not-validated',
    'weak-session-ids',
    'error-echoes-request',
    'error-leaks-internals',
    'error-leaks-secrets',
  ]) {
    assert.ok(rules.has(rule), `expected ${rule}; got ${[...rules].join(', ')}`);
  }
  assert.ok(facts.requests && facts.requests.sent <= facts.requests.cap);
  // The user's token never reaches facts or findings.
  assert.ok(!JSON.stringify({ facts, findings }).includes(SLOPPY_TOKEN));
});

test('the hardened 2026-07-28 server passes every endpoint check', async () => {
  const { facts, rules } = await scan(hardened.url, hardened.token);
  assert.equal(facts.protocol?.era, 'stateless-2026');
  assert.equal(facts.resourceMetadata?.found, true);
  assert.deepEqual(facts.authServers?.[0]?.codeChallengeMethods, ['S256']);
  assert.deepEqual([...rules], []);
  assert.ok(!JSON.stringify(facts).includes(hardened.token));
});

test('without a token the hardened server is reported as protected, era unknown', async () => {
  const { facts, rules } = await scan(hardened.url);
  assert.equal(facts.auth?.required, true);
  assert.equal(facts.auth?.challenge?.scheme, 'Bearer');
  assert.equal(facts.protocol?.era, 'unknown');
  assert.ok(!rules.has('endpoint-unauthenticated-access'));
  assert.ok(!rules.has('auth-challenge-missing'));
});

test('the rate-limit burst finds the hardened server limits and the sloppy one does not', async () => {
  const h = await scan(hardened.url, hardened.token, { probeRateLimit: true, burstSize: 30 });
  assert.ok(h.facts.rateLimit && h.facts.rateLimit.sent === 30);
  assert.ok(!h.rules.has('rate-limit-missing'));
  const s = await scan(sloppy.url, SLOPPY_TOKEN, { probeRateLimit: true, burstSize: 10 });
  assert.ok(s.rules.has('rate-limit-missing'));
});

test('a deprecated HTTP+SSE endpoint is recognised', async () => {
  const { facts, rules } = await scan(sse.url);
  assert.equal(facts.protocol?.era, 'sse-legacy');
  assert.ok(rules.has('legacy-sse-transport'));
  assert.ok(rules.has('endpoint-unauthenticated-access'));
});

test('the request cap is a hard limit', async () => {
  const { facts, reasons } = await scan(sloppy.url, SLOPPY_TOKEN, { maxRequests: 5 });
  assert.equal(facts.requests?.sent, 5);
  assert.equal(facts.requests?.capHit, true);
  assert.ok(reasons.some((r) => r.includes('request cap')));
});

test('an unreachable endpoint yields a reason, not a throw', async () => {
  const { reasons } = await scan('http://127.0.0.1:1/mcp');
  assert.ok(reasons.some((r) => r.includes('no HTTP answer')));
});

test('a redirecting endpoint is reported with its target, and the redirect is not followed', async () => {
  const { createServer } = await import('node:http');
  const { listen } = await import('../../fixtures/endpoints/common.ts');
  let followed = 0;
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/elsewhere')) followed++;
    res.writeHead(301, { location: '/elsewhere/mcp?x=1' });
    res.end();
  });
  const f = await listen(server, '/mcp');
  try {
    const { reasons } = await scan(f.url, 'redirect-test-token-value');
    assert.ok(
      reasons.some((r) => r.includes('redirects (HTTP 301)') && r.includes('/elsewhere/mcp')),
    );
    assert.equal(followed, 0);
  } finally {
    await f.close();
  }
});
