// Wall time of one full TLS probe (10 TLS connections + 2 HTTP requests, in parallel) against
// loopback fixtures. Target (issue 4): under 2 s per endpoint on loopback.
// Run: npx tsx bench/tls.ts [runs]
import { collectTls } from '../src/collect/endpoint/tls/index.ts';
import { makeTestPki } from '../test/fixtures/tls/pki.ts';
import {
  startHttpServer,
  startHttpsServer,
  startOpensslServer,
} from '../test/fixtures/tls/servers.ts';

const runs = Number(process.argv[2] ?? 20);
const pki = await makeTestPki();
const leaf = pki.leaves.good;
const modern = await startHttpsServer(
  { cert: leaf.cert, key: leaf.key },
  { hsts: 'max-age=31536000' },
);
const legacy = await startOpensslServer(leaf, [
  '-www',
  '-tls1',
  '-cipher',
  'ALL:eNULL:@SECLEVEL=0',
]);
const redirect = await startHttpServer((req, res) =>
  res.writeHead(301, { location: `https://127.0.0.1:${modern.port}${req.url}` }).end(),
);

async function measure(label: string, url: string): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await collectTls(new URL(url), { timeoutMs: 5_000, ca: pki.ca.cert, httpPort: redirect.port });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) =>
    times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
  console.log(`${label}: ${runs} runs, median ${q(0.5)} ms, p90 ${q(0.9)} ms, max ${q(1)} ms`);
}

try {
  await measure('node:https TLS 1.2/1.3 server', modern.url);
  await measure('openssl s_server TLS 1.0 + NULL/anon', legacy.url);
} finally {
  await Promise.all([modern.close(), legacy.close(), redirect.close()]);
  await pki.cleanup();
}
