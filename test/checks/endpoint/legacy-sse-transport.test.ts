import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckMeta } from '../../../src/checks/check.ts';
import { legacySseTransport as check } from '../../../src/checks/endpoint/legacy-sse-transport.ts';
import { deprecatedSseTransport } from '../../../src/checks/transport/deprecated-sse-transport.ts';
import { endpoint, run } from './_facts.ts';

test('flags the deprecated HTTP+SSE transport', () => {
  const f = run(
    check,
    endpoint({
      protocol: {
        era: 'sse-legacy',
        version: '2024-11-05',
        transport: 'sse',
        evidence: ['GET opened an SSE stream'],
      },
    }),
  );
  assert.equal(f.length, 1);
  assert.equal(f[0]!.location.field, 'transport');
});

test('passes Streamable HTTP', () => {
  assert.equal(
    run(check, endpoint({ protocol: { era: 'stateless-2026', evidence: [] } })).length,
    0,
  );
});

test('leaves it to deprecated-sse-transport when the listing went over SSE', () => {
  const e = endpoint({ protocol: { era: 'sse-legacy', transport: 'sse', evidence: [] } });
  assert.equal(run(check, e, [], { transport: 'sse' }).length, 0);
  assert.equal(run(check, e, [], { transport: 'streamable-http' }).length, 1);
});

test('judges the fact exactly as deprecated-sse-transport does', () => {
  const pick = ({ checklist, patterns, owasp, severity }: CheckMeta) => ({
    checklist,
    patterns,
    owasp,
    severity,
  });
  assert.deepEqual(pick(check.meta), pick(deprecatedSseTransport.meta));
});
