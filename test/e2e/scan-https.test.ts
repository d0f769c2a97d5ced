import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Report } from '../../src/report/report.ts';
import { startV2HttpServer } from '../fixtures/servers/v2-http.ts';
import { hasOpenssl, makeTestPki, type TestPki } from '../fixtures/tls/pki.ts';
import { scanJson } from './_cli.ts';

/* An HTTPS server whose certificate comes from a private test CA: --ca makes it trusted. */
const skip = !hasOpenssl() && 'the openssl CLI is not installed';
let pki: TestPki | undefined;
let server: { url: string; close: () => Promise<void> } | undefined;
before(async () => {
  if (skip) return;
  pki = await makeTestPki();
  server = await startV2HttpServer({
    tls: { cert: pki.leaves.good.cert, key: pki.leaves.good.key },
  });
});
after(async () => {
  await server?.close();
  await pki?.cleanup();
});

async function scan(extra: string[]): Promise<Report> {
  return (await scanJson(['--no-endpoint-probes', ...extra, server!.url])).report;
}

test('an HTTPS server signed by a private CA is trusted with --ca', { skip }, async () => {
  const report = await scan(['--ca', pki!.ca.certFile]);
  const t = report.targets[0];
  assert.equal(t?.coverage.status, 'scanned', JSON.stringify(t?.coverage));
  assert.equal(t?.server?.protocolVersion, '2026-07-28');
  assert.ok(!report.findings.some((f) => f.rule === 'plain-http-transport'));
});

test('without --ca the certificate is not trusted: unreachable, verification stays on', {
  skip,
}, async () => {
  const report = await scan([]);
  assert.equal(report.targets[0]?.coverage.status, 'unreachable');
  assert.match(report.targets[0]?.coverage.reasons.join(' ') ?? '', /UNABLE_TO_VERIFY|certificate/);
});
