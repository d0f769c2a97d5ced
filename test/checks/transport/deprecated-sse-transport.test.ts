import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deprecatedSseTransport } from '../../../src/checks/transport/deprecated-sse-transport.ts';
import type { TargetFacts } from '../../../src/model/facts.ts';
import { emptySnapshot, type TransportKind } from '../../../src/model/snapshot.ts';

function facts(transport: TransportKind | undefined): TargetFacts {
  const server = { ...emptySnapshot('legacy'), url: 'https://mcp.example.com/sse' };
  if (transport) server.transport = transport;
  return {
    target: { id: 'http:1', kind: 'http', label: 'legacy' },
    facts: { server },
    collection: { status: 'scanned', reasons: [] },
  };
}

test('flags a server reached over the deprecated HTTP+SSE transport', () => {
  const out = deprecatedSseTransport.run(facts('sse'));
  assert.equal(out.length, 1);
  assert.equal(out[0]?.location.kind, 'server');
  assert.equal(out[0]?.location.url, 'https://mcp.example.com/sse');
});

test('does not flag Streamable HTTP, stdio or unknown transports', () => {
  for (const t of ['streamable-http', 'stdio', 'snapshot', undefined] as const) {
    assert.deepEqual(deprecatedSseTransport.run(facts(t)), [], String(t));
  }
});
