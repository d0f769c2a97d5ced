import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { endpointChecks } from '../../../src/checks/endpoint/index.ts';
import { closeSharedAgent } from '../../../src/collect/endpoint/http.ts';
import { probeEndpoint } from '../../../src/collect/endpoint/index.ts';
import { DEFAULT_LIMITS } from '../../../src/collect/spec.ts';
import { runChecks } from '../../../src/run/runner.ts';
import { startSdkV1StatefulServer } from '../../fixtures/endpoints/sdk-v1-stateful.ts';
import { startV2HttpServer } from '../../fixtures/servers/v2-http.ts';

after(() => closeSharedAgent());

async function scan(url: string) {
  const r = await probeEndpoint({ kind: 'http', url }, { limits: DEFAULT_LIMITS });
  assert.ok(r.facts);
  const { findings } = await runChecks(
    [
      {
        target: { id: 'http:1', kind: 'http', label: url },
        facts: { endpoint: r.facts },
        collection: { status: 'scanned', reasons: [] },
      },
    ],
    endpointChecks,
  );
  return { facts: r.facts, rules: new Set(findings.map((f) => f.rule)) };
}

test('SDK v1 with sessions: 2025 era, strong session ids, protocol version validated', async () => {
  const s = await startSdkV1StatefulServer();
  try {
    const { facts, rules } = await scan(s.url);
    assert.equal(facts.protocol?.era, 'streamable-2025');
    assert.equal(facts.protocol?.sessions, true);
    assert.equal(facts.sessionIds?.alphabet, 'uuid');
    assert.ok(!rules.has('weak-session-ids'));
    assert.equal(facts.protocolVersionHeader?.status, 400);
    assert.ok(!rules.has('protocol-version-not-validated'));
    // Without its DNS-rebinding option the SDK accepts any Origin and Host.
    assert.ok(rules.has('origin-not-validated'));
    assert.ok(rules.has('host-not-validated'));
    assert.ok(rules.has('endpoint-unauthenticated-access'));
  } finally {
    await s.close();
  }
});

test('SDK v1 with DNS-rebinding protection: foreign Origin and Host refused', async () => {
  const s = await startSdkV1StatefulServer({ dnsRebindingProtection: true });
  try {
    const { facts, rules } = await scan(s.url);
    assert.equal(facts.origin?.status, 403);
    assert.ok(!rules.has('origin-not-validated'));
    assert.ok(!rules.has('host-not-validated'));
  } finally {
    await s.close();
  }
});

test('SDK v2 (2026-07-28): stateless era, header/body mismatch and bogus version refused', async () => {
  const s = await startV2HttpServer();
  try {
    const { facts, rules } = await scan(s.url);
    assert.equal(facts.protocol?.era, 'stateless-2026');
    assert.ok(facts.protocol?.supportedVersions?.includes('2026-07-28'));
    assert.ok(facts.headerMismatch?.every((o) => o.status === 400));
    assert.ok(!rules.has('header-mismatch-accepted'));
    assert.ok(!rules.has('protocol-version-not-validated'));
    assert.equal(facts.auth?.unauthenticated?.tools, 1);
  } finally {
    await s.close();
  }
});
