/**
 * npm run bench:logs — mcp-warden vs secretlint vs ripgrep on the same synthetic log corpus.
 *
 * Generates (once, cached under bench/.data/) a corpus with ../shared/gen-logs.mjs and its
 * ground-truth manifest, then runs each tool as a child process under /usr/bin/time -v and
 * prints, side by side: wall time, MiB/s, peak RSS, and (mcp-warden, secretlint) recall against
 * the manifest's planted secrets and how many planted decoys were flagged.
 *
 * Environment: LOGS_MB (default 200), LOGS_GZIP (fraction of days gzipped, default 0),
 * BENCH_TOOLS (comma list of mcp-warden,secretlint,ripgrep; default all).
 * Installs nothing: a missing tool is reported as not installed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GEN = fileURLToPath(new URL('../../shared/gen-logs.mjs', import.meta.url));
const MB = Number(process.env.LOGS_MB ?? 200);
const GZIP = Number(process.env.LOGS_GZIP ?? 0);
const TOOLS = (process.env.BENCH_TOOLS ?? 'mcp-warden,secretlint,ripgrep').split(',');
const DATA = join(ROOT, 'bench', '.data');
const NAME = `logs-${MB}mb${GZIP ? `-gz${GZIP}` : ''}`;
const CORPUS = join(DATA, NAME);
const MANIFEST = join(DATA, `${NAME}.manifest.json`);

interface ManifestSecret {
  file: string;
  line: number;
  lineEnd: number;
  type: string;
  value: string;
}
interface ManifestDecoy {
  file: string;
  line: number;
  kind: string;
  text: string;
}
interface Manifest {
  totals: { bytes: number; files: number; secrets: number; decoys: number };
  secrets: ManifestSecret[];
  decoys: ManifestDecoy[];
}

interface Run {
  tool: string;
  status: string;
  wallS?: number;
  /** User + system CPU seconds: unlike wall time, not inflated by other load on the machine. */
  cpuS?: number;
  peakRssMiB?: number;
  recall?: string;
  decoys?: string;
  other?: string;
  note?: string;
}

function ensureCorpus(): Manifest {
  if (!existsSync(MANIFEST) || !existsSync(CORPUS)) {
    mkdirSync(DATA, { recursive: true });
    process.stderr.write(`generating ${MB} MiB corpus in ${CORPUS} …\n`);
    const args = [GEN, '--out', CORPUS, '--mb', String(MB), '--manifest', MANIFEST];
    if (GZIP) args.push('--gzip', String(GZIP));
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) throw new Error('gen-logs.mjs failed');
  }
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
}

/** Runs a command under GNU time: wall seconds and peak RSS of the child and its threads. */
function timed(cmd: string, args: string[]) {
  const hasTime = existsSync('/usr/bin/time');
  const t0 = process.hrtime.bigint();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-v', cmd, ...args], {
        cwd: ROOT,
        maxBuffer: 1024 * 1024 * 1024,
        encoding: 'utf8',
      })
    : spawnSync(cmd, args, { cwd: ROOT, maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8' });
  const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '');
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '');
  return {
    status: r.status,
    error: r.error,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    wallS,
    peakRssMiB: rss ? Number(rss[1]) / 1024 : undefined,
    cpuS: user && sys ? Number(user[1]) + Number(sys[1]) : undefined,
  };
}

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

/** Lines (file → set of line numbers) a tool flagged, for location-based scoring. */
type Hits = Map<string, Set<number>>;

function addHit(h: Hits, file: string, line: number): void {
  const rel = file.startsWith(CORPUS) ? file.slice(CORPUS.length + 1) : file;
  let s = h.get(rel);
  if (!s) {
    s = new Set();
    h.set(rel, s);
  }
  s.add(line);
}

function score(m: Manifest, hits: Hits, hashes: Set<string>, totalFindings: number) {
  let found = 0;
  const byType = new Map<string, { n: number; found: number }>();
  const secretLines = new Set<string>();
  for (const s of m.secrets) {
    for (let l = s.line; l <= s.lineEnd; l++) secretLines.add(`${s.file}:${l}`);
    const lines = hits.get(s.file);
    let ok = hashes.has(sha(s.value));
    if (!ok && lines) for (let l = s.line; l <= s.lineEnd && !ok; l++) ok = lines.has(l);
    const t = byType.get(s.type) ?? { n: 0, found: 0 };
    t.n++;
    if (ok) {
      t.found++;
      found++;
    }
    byType.set(s.type, t);
  }
  let decoys = 0;
  for (const d of m.decoys) {
    const value = d.text.slice(d.text.indexOf('=') + 1);
    const onLine = hits.get(d.file)?.has(d.line) && !secretLines.has(`${d.file}:${d.line}`);
    if (hashes.has(sha(value)) || onLine) decoys++;
  }
  const missed = [...byType.entries()]
    .filter(([, v]) => v.found < v.n)
    .map(([k, v]) => `${k} ${v.found}/${v.n}`);
  let other = 0;
  for (const [file, lines] of hits) {
    for (const l of lines) if (!secretLines.has(`${file}:${l}`)) other++;
  }
  return {
    recall: `${pct(found, m.secrets.length)} (${found}/${m.secrets.length})`,
    decoys: `${decoys}/${m.decoys.length}`,
    other: `${other} lines (${totalFindings} findings)`,
    missed,
  };
}

/** A finished run with its timings and its score against the manifest. */
function scored(tool: string, r: ReturnType<typeof timed>, sc: ReturnType<typeof score>): Run {
  return {
    tool,
    status: 'ok',
    wallS: r.wallS,
    cpuS: r.cpuS,
    peakRssMiB: r.peakRssMiB,
    recall: sc.recall,
    decoys: sc.decoys,
    other: sc.other,
    note: sc.missed.length ? `missed: ${sc.missed.join(', ')}` : '',
  };
}

function runWarden(m: Manifest): Run {
  const out = join(DATA, `${NAME}.mcp-warden.json`);
  const r = timed(process.execPath, [
    join(ROOT, 'bin', 'mcp-warden.mjs'),
    'logs',
    CORPUS,
    '--format',
    'json',
    '--output',
    out,
    '--fail-on',
    'critical',
  ]);
  if (r.status !== 0 && r.status !== 1) {
    return { tool: 'mcp-warden', status: `failed (exit ${r.status})`, note: r.stderr.slice(-400) };
  }
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    findings: { details?: Record<string, unknown> }[];
  };
  const hits: Hits = new Map();
  const hashes = new Set<string>();
  for (const f of report.findings) {
    const d = f.details ?? {};
    for (const k of ['firstSeen', 'lastSeen'] as const) {
      const s = d[k] as { file: string; line: number } | undefined;
      if (s) addHit(hits, s.file, s.line);
    }
    for (const f of (d['files'] as { file: string; lines?: number[] }[] | undefined) ?? []) {
      for (const l of f.lines ?? []) addHit(hits, f.file, l);
    }
    if (typeof d['hashPrefix'] === 'string') hashes.add(d['hashPrefix']);
  }
  // Findings carry a 16-hex hash prefix, never the hash: compare on it.
  const sc = scoreWithPrefix(m, hits, hashes, report.findings.length);
  return scored('mcp-warden', r, sc);
}

function scoreWithPrefix(m: Manifest, hits: Hits, prefixes: Set<string>, n: number) {
  const full = new Set<string>();
  const all = [
    ...m.secrets.map((s) => s.value),
    ...m.decoys.map((d) => d.text.slice(d.text.indexOf('=') + 1)),
  ];
  for (const v of all) {
    const h = sha(v);
    if (prefixes.has(h.slice(0, 16))) full.add(h);
  }
  return score(m, hits, full, n);
}

function runSecretlint(m: Manifest): Run {
  const bin = join(ROOT, 'node_modules', '.bin', 'secretlint');
  if (!existsSync(bin)) return { tool: 'secretlint', status: 'not installed (npm ci)' };
  const rc = join(DATA, 'secretlintrc.json');
  writeFileSync(
    rc,
    JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }),
  );
  const out = join(DATA, `${NAME}.secretlint.json`);
  // --output: a 200 MiB JSON report on a pipe is cut short when the CLI exits.
  const r = timed(bin, [
    `${CORPUS}/**/*`,
    '--secretlintrc',
    rc,
    '--format',
    'json',
    '--output',
    out,
    '--no-color',
  ]);
  if (r.error) return { tool: 'secretlint', status: `failed: ${r.error.message}` };
  let results: { filePath: string; messages: { loc: { start: { line: number } } }[] }[];
  try {
    results = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    return {
      tool: 'secretlint',
      status: `failed (exit ${r.status})`,
      wallS: r.wallS,
      cpuS: r.cpuS,
      peakRssMiB: r.peakRssMiB,
      note: r.stderr.slice(-300),
    };
  }
  const hits: Hits = new Map();
  let n = 0;
  for (const f of results) {
    for (const msg of f.messages) {
      n++;
      addHit(hits, f.filePath, msg.loc.start.line);
    }
  }
  const sc = score(m, hits, new Set(), n);
  return scored('secretlint 11.7.1', r, sc);
}

async function runRipgrep(): Promise<Run> {
  const which = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' });
  if (which.status !== 0)
    return { tool: 'ripgrep', status: 'not installed (apt-get install ripgrep)' };
  // The same literal keywords that gate mcp-warden's rules.
  const { SECRET_RULES } = await import('../src/engines/secrets/rules/index.ts');
  const keywords = [...new Set(SECRET_RULES.flatMap((r) => r.keywords))];
  const args = ['-c', '-i', '-F', '--no-messages', '-z'];
  for (const k of keywords) args.push('-e', k);
  args.push(CORPUS);
  const r = timed('rg', args);
  const lines = r.stdout
    .split('\n')
    .filter(Boolean)
    .reduce((a, l) => a + Number(l.slice(l.lastIndexOf(':') + 1) || 0), 0);
  return {
    tool: `ripgrep (${keywords.length} literals)`,
    status: 'ok',
    wallS: r.wallS,
    cpuS: r.cpuS,
    peakRssMiB: r.peakRssMiB,
    note: `${lines} lines with a keyword (no validation, no recall)`,
  };
}

function fmt(n: number | undefined, digits = 1): string {
  return n === undefined ? '—' : n.toFixed(digits);
}

const m = ensureCorpus();
const mib = m.totals.bytes / 1024 / 1024;
const runs: Run[] = [];
if (TOOLS.includes('mcp-warden')) runs.push(runWarden(m));
if (TOOLS.includes('secretlint')) runs.push(runSecretlint(m));
if (TOOLS.includes('ripgrep')) runs.push(await runRipgrep());

const head = [
  'tool',
  'wall s',
  'MiB/s',
  'CPU s',
  'MiB/CPU-s',
  'peak RSS MiB',
  'recall',
  'decoys flagged',
  'other',
];
const rows = runs.map((r) =>
  r.status !== 'ok'
    ? [r.tool, r.status, '', '', '', '', '', '', '']
    : [
        r.tool,
        fmt(r.wallS, 2),
        r.wallS ? fmt(mib / r.wallS) : '—',
        fmt(r.cpuS, 2),
        r.cpuS ? fmt(mib / r.cpuS) : '—',
        fmt(r.peakRssMiB, 0),
        r.recall ?? '—',
        r.decoys ?? '—',
        r.other ?? '—',
      ],
);
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(
  `corpus: ${resolve(CORPUS)} — ${mib.toFixed(1)} MiB, ${m.totals.files} files, ` +
    `${m.secrets.length} planted secrets, ${m.decoys.length} decoys`,
);
console.log(line(head));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
for (const r of runs) if (r.note) console.log(`${r.tool}: ${r.note}`);
const load = (await import('node:os')).loadavg()[0]!;
console.log(
  `targets: recall ≥ 99%, no decoy flagged, ≥ 150 MiB/s, peak RSS ≤ 300 MiB · ` +
    `${(await import('node:os')).availableParallelism()} cores, load average ${load.toFixed(1)} ` +
    '(wall-clock MiB/s is only meaningful on an idle machine; MiB/CPU-s is not affected by load)',
);
