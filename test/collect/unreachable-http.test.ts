import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { auditFacts } from '../../src/audit.ts';
import { collectTarget } from '../../src/collect/index.ts';
import { DEFAULT_LIMITS } from '../../src/collect/spec.ts';

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

const limits = { ...DEFAULT_LIMITS, connectTimeoutMs: 2_000, requestTimeoutMs: 2_000 };

test('an HTTP target where neither MCP nor any probe gets an answer is unreachable', async () => {
  const url = `http://127.0.0.1:${await closedPort()}/mcp`;
  const [t] = await collectTarget({ kind: 'http', url }, 0, { limits });
  assert.equal(t?.collection.status, 'unreachable');
  assert.equal(t?.facts.endpoint?.reachable, false);
  const report = await auditFacts([t!]);
  assert.equal(report.targets[0]?.endpoint?.reachable, false);
  assert.equal(
    report.targets[0]?.endpoint?.authRequired,
    undefined,
    'nothing observed, nothing claimed',
  );
  assert.equal(report.summary.exitCode, 2);
});

test('with endpoint probes off, the same target is unreachable through the MCP result alone', async () => {
  const url = `http://127.0.0.1:${await closedPort()}/mcp`;
  const [t] = await collectTarget({ kind: 'http', url }, 0, { limits, endpointProbes: false });
  assert.equal(t?.collection.status, 'unreachable');
  assert.equal(t?.facts.endpoint, undefined);
});
