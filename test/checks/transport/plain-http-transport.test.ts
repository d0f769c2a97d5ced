import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainHttpTransport } from '../../../src/checks/transport/plain-http-transport.ts';
import type { TargetFacts } from '../../../src/model/facts.ts';
import { emptySnapshot, type TransportKind } from '../../../src/model/snapshot.ts';

function facts(url: string | undefined, transport: TransportKind): TargetFacts {
  const server = { ...emptySnapshot('srv'), transport, ...(url ? { url } : {}) };
  return {
    target: { id: 'http:1', kind: 'http', label: 'srv' },
    facts: { server },
    collection: { status: 'scanned', reasons: [] },
  };
}

const run = (t: TargetFacts) => plainHttpTransport.run(t);

test('flags a remote server reached over http:// as high', () => {
  const [f, ...rest] = run(facts('http://mcp.example.com/mcp', 'streamable-http'));
  assert.equal(rest.length, 0);
  assert.equal(f?.severity, 'high');
  assert.equal(f?.location.url, 'http://mcp.example.com/mcp');
  assert.equal(f?.location.server, 'srv');
});

test('flags a plain-HTTP SSE server on a private address as high', () => {
  const [f] = run(facts('http://10.0.0.5:8080/sse', 'sse'));
  assert.equal(f?.severity, 'high');
});

test('reports loopback servers for information only', () => {
  for (const url of ['http://127.0.0.1:3000/mcp', 'http://localhost/mcp', 'http://[::1]:8/mcp']) {
    const [f] = run(facts(url, 'streamable-http'));
    assert.equal(f?.severity, 'info', url);
  }
});

test('does not flag https, stdio or snapshot servers without a URL', () => {
  assert.deepEqual(run(facts('https://mcp.example.com/mcp', 'streamable-http')), []);
  assert.deepEqual(run(facts(undefined, 'stdio')), []);
  assert.deepEqual(run(facts(undefined, 'snapshot')), []);
});

test('does not treat a lookalike host as loopback', () => {
  const [f] = run(facts('http://127.0.0.1.evil.example/mcp', 'streamable-http'));
  assert.equal(f?.severity, 'high');
});

/** An endpoint that answered the probes (e.g. 401 without a token) but gave no listing. */
function endpointOnly(url: string): TargetFacts {
  return {
    target: { id: 'http:1', kind: 'http', label: url },
    facts: { endpoint: { url } },
    collection: { status: 'partial', reasons: ['tools/list needs a token'] },
    expected: ['server', 'endpoint'],
  };
}

test('flags a plain-HTTP endpoint known only from the probes (no listing without a token)', async () => {
  const { runChecks } = await import('../../../src/run/runner.ts');
  const { findings, coverage } = await runChecks(
    [endpointOnly('http://mcp.example.com/mcp')],
    [plainHttpTransport],
  );
  assert.equal(findings.length, 1);
  assert.equal(findings[0]?.severity, 'high');
  assert.equal(findings[0]?.location.kind, 'endpoint');
  assert.deepEqual(coverage.get('http:1')?.checksRun, ['plain-http-transport']);
});

test('an https endpoint known only from the probes passes', () => {
  assert.equal(run(endpointOnly('https://mcp.example.com/mcp')).length, 0);
});

test('a target with neither listing nor probe facts reports the check not run, not clean', async () => {
  const { runChecks } = await import('../../../src/run/runner.ts');
  const t = endpointOnly('http://mcp.example.com/mcp');
  t.facts = {};
  const { coverage } = await runChecks([t], [plainHttpTransport]);
  assert.equal(coverage.get('http:1')?.checksNotRun[0]?.check, 'plain-http-transport');
});
