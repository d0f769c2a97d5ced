/**
 * External endpoint audit benchmark (npm run bench:external).
 *
 * 1. One loopback fixture endpoint, scanned directly and through a TCP proxy that adds 50 ms each
 *    way (100 ms per round trip, plus one RTT per new connection): wall time, requests and the
 *    longest chain of dependent requests ("sequential round trips") of the probe layer, parallel
 *    vs. one-request-at-a-time (baseline); and the full scan (MCP listing + probes + checks).
 * 2. A fleet of loopback endpoints served by a child process: endpoints per minute with
 *    concurrency 1 (baseline, on a sample) and concurrency N.
 *
 * Usage: npm run bench:external [-- --fleet 300 --concurrency 32 --runs 3]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { audit } from '../src/audit.ts';
import { closeSharedAgent } from '../src/collect/endpoint/http.ts';
import { probeEndpoint } from '../src/collect/endpoint/index.ts';
import type { EndpointProbeOptions } from '../src/collect/endpoint/options.ts';
import { DEFAULT_LIMITS, type TargetSpec } from '../src/collect/spec.ts';
import { startHardenedServer } from '../test/fixtures/endpoints/hardened-server.ts';
import { startSloppyServer } from '../test/fixtures/endpoints/sloppy-server.ts';

const SLOPPY_TOKEN = ['bench', 'sloppy', 'token', '0123456789'].join('-');

interface Endpoint {
  url: string;
  token: string;
  kind: 'hardened' | 'sloppy';
}

/**
 * Child mode: serve N fixture endpoints (behind delay proxies when `rtt` > 0), print them as
 * JSON, stay up until stdin closes.
 */
async function serve(n: number, rtt: number): Promise<void> {
  const eps: Endpoint[] = [];
  const closers: (() => Promise<void>)[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) {
      const h = await startHardenedServer({ rateLimit: 1_000_000 });
      eps.push({ url: h.url, token: h.token, kind: 'hardened' });
      closers.push(h.close);
    } else {
      const s = await startSloppyServer({ token: SLOPPY_TOKEN });
      eps.push({ url: s.url, token: SLOPPY_TOKEN, kind: 'sloppy' });
      closers.push(s.close);
    }
  }
  if (rtt > 0) {
    for (const e of eps) {
      const p = await delayProxy(Number(new URL(e.url).port), rtt / 2);
      e.url = `http://127.0.0.1:${p.port}/mcp`;
      closers.push(() => new Promise((r) => p.server.close(() => r())));
    }
  }
  process.stdout.write(`${JSON.stringify(eps)}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    // Proxied keep-alive sockets may hold a close open: exit after a short grace period anyway.
    setTimeout(() => process.exit(0), 1000);
    void Promise.all(closers.map((c) => c())).then(() => process.exit(0));
  });
}

/** A TCP proxy adding `oneWayMs` to every chunk in each direction and one RTT to each connect. */
function delayProxy(
  targetPort: number,
  oneWayMs: number,
): Promise<{ port: number; server: Server }> {
  const server = createServer((client: Socket) => {
    const pending: Buffer[] = [];
    let upstream: Socket | undefined;
    const later = (fn: () => void) => setTimeout(fn, oneWayMs);
    client.on('data', (c: Buffer) => {
      if (upstream) later(() => upstream?.write(c as Uint8Array));
      else pending.push(c);
    });
    client.on('end', () => later(() => upstream?.end()));
    client.on('error', () => upstream?.destroy());
    // The TCP handshake to a distant server costs one round trip before any byte flows.
    setTimeout(() => {
      upstream = createConnection({ host: '127.0.0.1', port: targetPort });
      upstream.on('connect', () => {
        for (const c of pending.splice(0)) later(() => upstream?.write(c as Uint8Array));
      });
      upstream.on('data', (c: Buffer) => later(() => client.write(c as Uint8Array)));
      upstream.on('end', () => later(() => client.end()));
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream?.destroy());
    }, 2 * oneWayMs);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      resolve({ port: typeof a === 'object' && a ? a.port : 0, server });
    }),
  );
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function probeOnce(ep: Endpoint, opts: EndpointProbeOptions) {
  await closeSharedAgent(); // every run starts without warm connections
  const t0 = performance.now();
  const r = await probeEndpoint(
    { kind: 'http', url: ep.url, bearerToken: ep.token },
    { limits: DEFAULT_LIMITS, endpoint: opts },
  );
  const ms = performance.now() - t0;
  return { ms, sent: r.facts?.requests?.sent ?? 0, depth: r.facts?.requests?.depth ?? 0 };
}

async function fullScanOnce(ep: Endpoint): Promise<{ ms: number; status: string }> {
  await closeSharedAgent();
  const t0 = performance.now();
  const report = await audit({
    targets: [{ kind: 'http', url: ep.url, bearerToken: ep.token }],
    concurrency: 1,
  });
  return { ms: performance.now() - t0, status: report.targets[0]?.coverage.status ?? '?' };
}

async function fleet(
  eps: Endpoint[],
  concurrency: number,
): Promise<{ ms: number; cpu: number; perMin: number; statuses: Record<string, number> }> {
  const targets: TargetSpec[] = eps.map((e) => ({
    kind: 'http',
    url: e.url,
    bearerToken: e.token,
  }));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const report = await audit({ targets, concurrency });
  const ms = performance.now() - t0;
  const cu = process.cpuUsage(c0);
  const cpu = (cu.user + cu.system) / 1000;
  const statuses: Record<string, number> = {};
  for (const t of report.targets)
    statuses[t.coverage.status] = (statuses[t.coverage.status] ?? 0) + 1;
  return { ms, cpu, perMin: (eps.length / ms) * 60_000, statuses };
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      serve: { type: 'string' },
      fleet: { type: 'string', default: '300' },
      concurrency: { type: 'string', default: '32' },
      runs: { type: 'string', default: '3' },
      rtt: { type: 'string' },
    },
  });
  if (values.serve) return serve(Number(values.serve), Number(values.rtt ?? 0));
  const runs = Number(values.runs);
  const rtt = Number(values.rtt ?? 100);

  const hardened = await startHardenedServer({ rateLimit: 1_000_000 });
  const sloppy = await startSloppyServer({ token: SLOPPY_TOKEN });
  const single: Endpoint[] = [
    { url: hardened.url, token: hardened.token, kind: 'hardened' },
    { url: sloppy.url, token: SLOPPY_TOKEN, kind: 'sloppy' },
  ];
  const proxies = await Promise.all(
    single.map((e) => delayProxy(Number(new URL(e.url).port), rtt / 2)),
  );
  const viaProxy = single.map((e, i) => ({
    ...e,
    url: `http://127.0.0.1:${proxies[i]?.port}/mcp`,
  }));

  console.log(`\nSingle endpoint (median of ${runs} runs; probes = HTTP probe layer only)\n`);
  console.log(
    `${pad('endpoint', 10)}${pad('network', 16)}${pad('mode', 22)}${pad('wall', 10)}${pad('requests', 10)}sequential round trips`,
  );
  for (const [label, eps] of [
    ['loopback', single],
    [`+${rtt} ms RTT`, viaProxy],
  ] as const) {
    for (const ep of eps) {
      for (const [mode, opts] of [
        ['probes, serial', { serialProbes: true }],
        ['probes, parallel', {}],
      ] as const) {
        const rs = [];
        for (let i = 0; i < runs; i++) rs.push(await probeOnce(ep, opts));
        console.log(
          `${pad(ep.kind, 10)}${pad(label, 16)}${pad(mode, 22)}${pad(fmt(median(rs.map((r) => r.ms))), 10)}${pad(median(rs.map((r) => r.sent)), 10)}${median(rs.map((r) => r.depth))}`,
        );
      }
      try {
        const rs = [];
        for (let i = 0; i < runs; i++) rs.push(await fullScanOnce(ep));
        console.log(
          `${pad(ep.kind, 10)}${pad(label, 16)}${pad('full scan (audit)', 22)}${pad(fmt(median(rs.map((r) => r.ms))), 10)}${pad('-', 10)}- (coverage ${rs[0]?.status})`,
        );
      } catch (err) {
        console.log(
          `${pad(ep.kind, 10)}${pad(label, 16)}full scan failed: ${(err as Error).message}`,
        );
      }
    }
  }
  await Promise.all(proxies.map((p) => new Promise((r) => p.server.close(r))));
  await hardened.close();
  await sloppy.close();

  // Fleet: endpoints served by a child process so the scanner's CPU is measured on its own.
  const n = Number(values.fleet);
  const conc = Number(values.concurrency);
  console.log('\nFleet: loopback endpoints (half hardened, half sloppy), full scan (audit)\n');
  console.log(
    `${pad('network', 16)}${pad('concurrency', 14)}${pad('endpoints', 12)}${pad('wall', 12)}${pad('endpoints/min', 16)}${pad('scanner CPU', 14)}coverage`,
  );
  for (const [label, count, delay, sampleSize] of [
    ['loopback', n, 0, 20],
    [`+${rtt} ms RTT`, Math.min(n, 100), rtt, 10],
  ] as const) {
    const child: ChildProcess = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        new URL(import.meta.url).pathname,
        '--serve',
        String(count),
        '--rtt',
        String(delay),
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    const line = await new Promise<string>((resolve) => {
      createInterface({ input: child.stdout! }).once('line', resolve);
    });
    const eps = JSON.parse(line) as Endpoint[];
    for (const [c, set] of [
      [1, eps.slice(0, sampleSize)],
      [conc, eps],
    ] as const) {
      await closeSharedAgent();
      const r = await fleet(set, c);
      console.log(
        `${pad(label, 16)}${pad(c, 14)}${pad(set.length, 12)}${pad(fmt(r.ms), 12)}${pad(Math.round(r.perMin), 16)}${pad(fmt(r.cpu), 14)}${JSON.stringify(r.statuses)}`,
      );
    }
    child.stdin?.end();
  }
  console.log('\nTargets: < 5 s loopback, < 15 s at 100 ms RTT, >= 500 endpoints/min.');
  console.log(
    `Machine load average (1/5/15 min): ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}`,
  );
  await closeSharedAgent();
}

await main();
