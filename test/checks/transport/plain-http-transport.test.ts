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
