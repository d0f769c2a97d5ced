import { readFileSync, statSync } from 'node:fs';
import { type Command, Option } from 'commander';
import type { AuditOptions } from '../../audit.ts';
import type { EndpointProbeOptions } from '../../collect/endpoint/options.ts';
import type { CollectLimits, ProgressEvent, TargetSpec } from '../../collect/spec.ts';
import type { TargetFacts } from '../../model/facts.ts';
import { escapeControl } from '../../util/escape.ts';
import { UsageError } from '../errors.ts';
import {
  emitReport,
  outputOptionsOf,
  type ReportCliOptions,
  type ReportOutputOptions,
  reportOptions,
} from '../output.ts';

type HttpSpec = Extract<TargetSpec, { kind: 'http' }>;
type Transport = NonNullable<HttpSpec['transport']>;

export interface ScanCliOptions extends ReportCliOptions {
  stdio?: boolean;
  env: string[];
  header: string[];
  bearerEnv?: string;
  transport: Transport;
  snapshot: string[];
  saveSnapshot?: string;
  targets?: string;
  concurrency: string;
  timeout?: string;
  totalTimeout?: string;
  endpointProbes: boolean;
  expectReadOnly?: boolean;
  probeRateLimit?: boolean;
  ca?: string;
}

const MAX_TARGETS_FILE = 1024 * 1024;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/**
 * Parses repeated `--header 'Name: value'` options. Error messages name the header, never its
 * value: a header is often a credential (C4).
 */
export function parseHeaders(raw: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of raw) {
    const i = h.indexOf(':');
    const name = (i > 0 ? h.slice(0, i) : '').trim();
    if (!HEADER_NAME.test(name)) {
      throw new UsageError("--header must look like 'Name: value' (with a valid header name)");
    }
    const value = h.slice(i + 1).trim();
    if (/[\r\n\0]/.test(value)) {
      throw new UsageError(`--header ${escapeControl(name)}: the value contains a line break`);
    }
    out[name] = value;
  }
  return out;
}

/** Reads a token from a named environment variable (tokens on argv leak into shell history). */
export function readBearerEnv(name: string | undefined, env = process.env): string | undefined {
  if (name === undefined) return undefined;
  if (!ENV_NAME.test(name)) throw new UsageError('--bearer-env takes a variable NAME, not a value');
  const v = env[name];
  if (!v) throw new UsageError(`--bearer-env: environment variable ${name} is not set or empty`);
  return v;
}

/** The child environment for --stdio: only the variables named with --env. */
export function passThroughEnv(names: readonly string[], env = process.env) {
  const out: Record<string, string> = {};
  for (const n of names) {
    if (!ENV_NAME.test(n)) {
      throw new UsageError(
        '--env takes a variable NAME to pass through (NAME=value would put a secret on the command line)',
      );
    }
    const v = env[n];
    if (v === undefined) throw new UsageError(`--env: environment variable ${n} is not set`);
    out[n] = v;
  }
  return out;
}

function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

function checkUrl(s: string, where: string): string {
  if (!isUrl(s) || !URL.canParse(s)) {
    throw new UsageError(`${where}: not an http(s) URL`);
  }
  return s;
}

/**
 * Reads a --targets file: one URL per line (`#` starts a comment), or a JSON array of
 * `{url, headers?, bearerEnv?, transport?}`. Shared --header/--bearer-env/--transport apply to
 * every line entry and are defaults for JSON entries.
 */
export function readTargetsFile(file: string, base: Omit<HttpSpec, 'url' | 'kind'>): HttpSpec[] {
  let text: string;
  try {
    if (statSync(file).size > MAX_TARGETS_FILE) {
      throw new UsageError(`--targets: file is larger than ${MAX_TARGETS_FILE} bytes`);
    }
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`--targets: cannot read ${escapeControl(file)}`);
  }
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    let doc: unknown;
    try {
      doc = JSON.parse(trimmed);
    } catch {
      throw new UsageError('--targets: the file starts with [ but is not valid JSON');
    }
    return (doc as unknown[]).map((e, i) => {
      const where = `--targets entry ${i + 1}`;
      if (!e || typeof e !== 'object') throw new UsageError(`${where}: not an object`);
      const rec = e as Record<string, unknown>;
      const spec: HttpSpec = { ...base, kind: 'http', url: checkUrl(String(rec.url ?? ''), where) };
      if (rec.headers !== undefined) {
        if (typeof rec.headers !== 'object' || rec.headers === null) {
          throw new UsageError(`${where}: headers must be an object`);
        }
        const extra = Object.entries(rec.headers).map(([k, v]) => `${k}: ${String(v)}`);
        spec.headers = { ...(base.headers ?? {}), ...parseHeaders(extra) };
      }
      if (rec.bearerEnv !== undefined) {
        const token = readBearerEnv(String(rec.bearerEnv));
        if (token) spec.bearerToken = token;
      }
      if (rec.transport !== undefined) {
        if (!['auto', 'streamable-http', 'sse'].includes(String(rec.transport))) {
          throw new UsageError(`${where}: transport must be auto, streamable-http or sse`);
        }
        spec.transport = rec.transport as Transport;
      }
      if (typeof rec.name === 'string') spec.name = rec.name;
      return spec;
    });
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((url, i) => ({
      ...base,
      kind: 'http' as const,
      url: checkUrl(url, `--targets line ${i + 1}`),
    }));
}

function seconds(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || n > 3600) {
    throw new UsageError(`${flag}: expected a number of seconds between 0 and 3600`);
  }
  return Math.round(n * 1000);
}

/** Builds the target specs and limits from the command line; throws UsageError when unclear. */
export function buildScanPlan(
  operands: readonly string[],
  opts: ScanCliOptions,
): { targets: TargetSpec[]; limits: Partial<CollectLimits>; concurrency: number } {
  const targets: TargetSpec[] = [];
  const headers = parseHeaders(opts.header);
  const bearerToken = readBearerEnv(opts.bearerEnv);
  const base: Omit<HttpSpec, 'url' | 'kind'> = { transport: opts.transport };
  if (Object.keys(headers).length > 0) base.headers = headers;
  if (bearerToken) base.bearerToken = bearerToken;

  if (opts.stdio) {
    if (operands.length === 0) {
      throw new UsageError(
        '--stdio needs the server command after --, e.g. --stdio -- npx my-server',
      );
    }
    if (isUrl(operands[0] ?? '')) {
      throw new UsageError('give either a URL or --stdio -- <command>, not both');
    }
    const [command, ...args] = operands as [string, ...string[]];
    const spec: TargetSpec = { kind: 'stdio', command, args };
    const env = passThroughEnv(opts.env);
    if (Object.keys(env).length > 0) spec.env = env;
    targets.push(spec);
  } else {
    if (opts.env.length > 0) throw new UsageError('--env applies to --stdio servers only');
    if (operands.length > 1) {
      throw new UsageError(
        'scan takes one URL; for a local server use --stdio -- <command> [args…], for many use --targets FILE',
      );
    }
    if (operands[0] !== undefined) {
      targets.push({ ...base, kind: 'http', url: checkUrl(operands[0], 'scan') });
    }
  }
  if (opts.targets) targets.push(...readTargetsFile(opts.targets, base));
  for (const file of opts.snapshot) targets.push({ kind: 'snapshot', file });
  if (targets.length === 0) {
    throw new UsageError(
      'nothing to scan: give a URL, --stdio -- <command>, --snapshot FILE or --targets FILE',
    );
  }
  const limits: Partial<CollectLimits> = {};
  const t = seconds(opts.timeout, '--timeout');
  if (t !== undefined) {
    limits.connectTimeoutMs = t;
    limits.requestTimeoutMs = t;
  }
  const total = seconds(opts.totalTimeout, '--total-timeout');
  if (total !== undefined) limits.totalTimeoutMs = total;
  const concurrency = Number(opts.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw new UsageError('--concurrency: expected an integer between 1 and 64');
  }
  return { targets, limits, concurrency };
}

/** A spinner on stderr when stderr is a terminal; silent otherwise (CI logs stay clean). */
async function progressReporter(): Promise<{
  onProgress?: (e: ProgressEvent) => void;
  stop: () => void;
}> {
  // A pseudo-terminal reporting zero columns sends ora into an endless line-clearing loop.
  const columns = process.stderr.columns ?? 0;
  if (!process.stderr.isTTY || columns < 20) return { stop: () => {} };
  const { default: ora } = await import('ora');
  const spinner = ora({ stream: process.stderr, text: 'starting' }).start();
  // One line only: a wrapped spinner line leaves debris when it is redrawn.
  const fit = (text: string) =>
    text.length > columns - 4 ? `${text.slice(0, columns - 5)}…` : text;
  return {
    onProgress: (e) => {
      // Labels are escaped by the collector; steps are ours.
      if (e.type === 'target-start') spinner.text = fit(`${e.label}: connecting`);
      else if (e.type === 'target-step') spinner.text = fit(`${e.label}: ${e.step}`);
      else spinner.text = fit(`${e.label}: ${e.status}`);
    },
    stop: () => spinner.stop(),
  };
}

/**
 * Runs the whole scan pipeline (collect → check → report) and writes the report. Shared by
 * `scan` and `demo`. Returns the exit code.
 */
export async function runScan(
  targets: TargetSpec[],
  opts: {
    output: ReportOutputOptions;
    limits?: Partial<CollectLimits>;
    concurrency?: number;
    saveSnapshot?: string;
    endpointProbes?: boolean;
    endpoint?: EndpointProbeOptions;
    command?: string;
  },
): Promise<number> {
  const { audit } = await import('../../audit.ts');
  const progress = await progressReporter();
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let saved: number | undefined;
  try {
    const auditOpts: AuditOptions = {
      targets,
      failOn: opts.output.failOn,
      command: opts.command ?? 'scan',
      signal: abort.signal,
      endpointProbes: opts.endpointProbes !== false,
    };
    if (opts.limits) auditOpts.limits = opts.limits;
    if (opts.endpoint) auditOpts.endpoint = opts.endpoint;
    if (opts.concurrency) auditOpts.concurrency = opts.concurrency;
    if (progress.onProgress) auditOpts.onProgress = progress.onProgress;
    if (opts.saveSnapshot) {
      const file = opts.saveSnapshot;
      auditOpts.onCollected = async (facts: TargetFacts[]) => {
        const { saveSnapshotFile } = await import('../../collect/snapshot/save.ts');
        saved = await saveSnapshotFile(file, facts);
      };
    }
    const report = await audit(auditOpts);
    progress.stop();
    if (saved !== undefined && opts.saveSnapshot) {
      process.stderr.write(
        `mcp-warden: saved ${saved} server snapshot(s) to ${escapeControl(opts.saveSnapshot)}\n`,
      );
    }
    return emitReport(report, opts.output);
  } finally {
    progress.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Endpoint probe options from the CLI; the --ca file is read here (bounded) so errors are usage errors. */
function endpointOptions(opts: ScanCliOptions): EndpointProbeOptions {
  const out: EndpointProbeOptions = {};
  if (opts.expectReadOnly) out.expectReadOnly = true;
  if (opts.probeRateLimit) out.probeRateLimit = true;
  if (opts.ca) {
    let pem: string;
    try {
      if (statSync(opts.ca).size > MAX_TARGETS_FILE) throw new Error('too large');
      pem = readFileSync(opts.ca, 'utf8');
    } catch {
      throw new UsageError(`--ca: cannot read ${escapeControl(opts.ca)} (a PEM file up to 1 MB)`);
    }
    if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
      throw new UsageError(`--ca: ${escapeControl(opts.ca)} holds no PEM certificate`);
    }
    out.ca = pem;
  }
  return out;
}

/** Registers `mcp-warden scan`. */
export function register(program: Command): void {
  const cmd = program
    .command('scan')
    .description(
      'connect to MCP servers (Streamable HTTP, HTTP+SSE, stdio) or replay snapshots, and audit what they expose',
    )
    .argument('[target...]', 'a server URL; with --stdio, the server command and its arguments')
    .option('--stdio', 'run the server command given after -- and speak MCP over its stdin/stdout')
    .option(
      '--env <NAME>',
      'pass this environment variable to the --stdio server (repeatable)',
      collect,
      [],
    )
    .option(
      '--header <header>',
      "send 'Name: value' with every HTTP request (repeatable)",
      collect,
      [],
    )
    .option('--bearer-env <VAR>', 'send Authorization: Bearer <value of $VAR>')
    .addOption(
      new Option('--transport <transport>', 'HTTP transport')
        .choices(['auto', 'streamable-http', 'sse'])
        .default('auto'),
    )
    .option(
      '--snapshot <file>',
      'replay a saved snapshot or tools/list JSON (repeatable)',
      collect,
      [],
    )
    .option('--save-snapshot <file>', 'write what was collected to a snapshot file')
    .option('--targets <file>', 'scan every URL in this file (one per line, or a JSON array)')
    .option('--concurrency <n>', 'targets collected at once', '4')
    .option('--timeout <seconds>', 'connect and per-request timeout (default 10 s / 15 s)')
    .option('--total-timeout <seconds>', 'time budget per target (default 60 s)')
    .option(
      '--no-endpoint-probes',
      'do not probe HTTP endpoints from the outside (auth, TLS, headers)',
    )
    .option('--expect-read-only', 'the token should only read: report tools it unlocks that write')
    .option('--probe-rate-limit', 'send a bounded burst (30 requests) to see whether it is limited')
    .option('--ca <file>', 'PEM file of private CA certificates to trust for TLS');
  for (const o of reportOptions()) cmd.addOption(o);
  cmd.action(async (operands: string[], opts: ScanCliOptions) => {
    const plan = buildScanPlan(operands, opts);
    const run: Parameters<typeof runScan>[1] = {
      output: outputOptionsOf(opts),
      limits: plan.limits,
      concurrency: plan.concurrency,
      endpointProbes: opts.endpointProbes,
      endpoint: endpointOptions(opts),
    };
    if (opts.saveSnapshot) run.saveSnapshot = opts.saveSnapshot;
    process.exitCode = await runScan(plan.targets, run);
  });
}
