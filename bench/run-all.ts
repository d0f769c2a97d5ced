/**
 * `npm run bench`: every benchmark in turn, each printing its figures beside its own baseline
 * (serial vs parallel probes, secretlint and ripgrep beside the log scanner, …). Pass names to
 * run a subset: `npm run bench -- logs external`.
 */
import { spawnSync } from 'node:child_process';

const BENCHES: { name: string; file: string; what: string }[] = [
  {
    name: 'external',
    file: 'bench/external.ts',
    what: 'endpoint audit: loopback, 100 ms RTT, fleet',
  },
  { name: 'tls', file: 'bench/tls.ts', what: 'TLS probe wall time per endpoint' },
  { name: 'secrets', file: 'bench/secrets-engine.ts', what: 'secret engine MiB/s and recall' },
  {
    name: 'descriptions',
    file: 'scripts/eval-descriptions.ts',
    what: 'detector quality and items/s',
  },
  {
    name: 'logs',
    file: 'bench/logs.ts',
    what: 'logs: mcp-warden vs secretlint vs ripgrep, 200 MiB',
  },
];

const wanted = process.argv.slice(2);
const selected = wanted.length ? BENCHES.filter((b) => wanted.includes(b.name)) : BENCHES;
if (selected.length === 0) {
  console.error(`unknown bench; choose from: ${BENCHES.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const b of selected) {
  console.log(`\n=== ${b.name}: ${b.what} (${b.file}) ===\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', b.file], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed += 1;
    console.log(`\n${b.name}: exited ${r.status ?? r.signal}`);
  }
}
process.exit(failed ? 1 : 0);
