import { availableParallelism } from 'node:os';
import { type Command, Option } from 'commander';
import pc from 'picocolors';
import type { LogFacts } from '../../collect/logs/facts.ts';
import type { RotationAdvice } from '../../engines/secrets/types.ts';
import type { Report } from '../../report/report.ts';
import { escapeControl, truncate } from '../../util/escape.ts';
import { UsageError } from '../errors.ts';
import { emitReport, parseFailOn, type ReportOutputOptions, reportOptions } from '../output.ts';

interface LogsCliOptions extends Omit<ReportOutputOptions, 'failOn'> {
  failOn: string;
  since?: string;
  until?: string;
  home?: string;
  state?: string;
  newOnly?: boolean;
  workers?: string;
}

/** `mcp-warden logs [PATH…]`: leaked tokens and secrets in logs, transcripts and telemetry. */
export function register(program: Command): void {
  const cmd = program
    .command('logs')
    .description(
      'find leaked tokens and secrets in log files, directories, globs or stdin (-); with no path, ' +
        'the well-known log and history locations of MCP clients on this machine',
    )
    .argument('[paths...]', 'files, directories, globs (quote them), or - for stdin')
    .option('--since <when>', 'only lines at or after: 30d, 12h, 90m, 2w, 2026-10-01 or ISO 8601')
    .option('--until <when>', 'only lines at or before (same forms as --since)')
    .option('--home <dir>', 'resolve the well-known locations under this home directory')
    .option('--state <file>', 'remember what was scanned: a daily run reads only what is new')
    .option('--new-only', 'with --state: report only secrets no earlier run reported')
    .addOption(
      new Option(
        '--workers <n>',
        'scanning threads: main + n-1 workers (0 or 1: main only)',
      ).argParser((v) => v),
    );
  for (const o of reportOptions()) cmd.addOption(o);
  cmd.action(async (paths: string[], opts: LogsCliOptions) => {
    const failOn = parseFailOn(opts.failOn);
    const { parseTimeBound } = await import('../../collect/logs/window.ts');
    const now = Date.now();
    const window: { sinceMs?: number; untilMs?: number } = {};
    if (opts.since !== undefined) {
      const v = parseTimeBound(opts.since, now);
      if (v === undefined) throw new UsageError(`--since: cannot read "${opts.since}"`);
      window.sinceMs = v;
    }
    if (opts.until !== undefined) {
      const v = parseTimeBound(opts.until, now);
      if (v === undefined) throw new UsageError(`--until: cannot read "${opts.until}"`);
      window.untilMs = v;
    }
    if (window.sinceMs !== undefined && window.untilMs !== undefined) {
      if (window.sinceMs > window.untilMs) throw new UsageError('--since is after --until');
    }
    // A state file records byte offsets: lines after --until would be marked read, unseen.
    if (opts.state && window.untilMs !== undefined) {
      throw new UsageError('--state cannot be combined with --until');
    }
    if (opts.newOnly && !opts.state) throw new UsageError('--new-only needs --state');
    let workers: number | undefined;
    if (opts.workers !== undefined) {
      workers = Number(opts.workers);
      if (!Number.isInteger(workers) || workers < 0 || workers > 64) {
        throw new UsageError('--workers: an integer from 0 to 64');
      }
    }
    if (paths.filter((p) => p === '-').length > 1) throw new UsageError('- (stdin) given twice');

    // Worker threads take ~0.25 s each to load the TypeScript engine: start them now, so that
    // they load while this thread loads the rest of the command (collectLogs decides whether
    // the scan is big enough to use them, and closes them).
    const poolSize = (workers ?? availableParallelism()) - 1;
    const pool =
      poolSize > 0 && paths.some((p) => p !== '-')
        ? import('../../collect/logs/pool.ts').then(async ({ ScanPool }) =>
            (await ScanPool.create(poolSize)).warm(),
          )
        : undefined;
    const startedAt = new Date();
    // Only the log checks, not the whole registry: loading every area's checks and engines
    // costs ~0.45 s of CPU, a quarter of a 200 MiB scan (auditFacts loads it only by default).
    const [{ collectLogs }, { auditFacts }, { logChecks }] = await Promise.all([
      import('../../collect/logs/collect.ts'),
      import('../../audit.ts'),
      import('../../checks/logs/index.ts'),
    ]);
    const collectOpts: Parameters<typeof collectLogs>[0] = { paths, window };
    if (opts.home) collectOpts.home = opts.home;
    if (opts.state) collectOpts.statePath = opts.state;
    if (opts.newOnly) collectOpts.newOnly = true;
    if (workers !== undefined) collectOpts.workers = workers;
    if (pool) collectOpts.pool = pool;
    let target: Awaited<ReturnType<typeof collectLogs>>;
    try {
      target = await collectLogs(collectOpts);
    } catch (err) {
      // A corrupt state file is the user's to fix, not an internal error.
      if (opts.state && err instanceof Error && /state|JSON/i.test(err.message)) {
        throw new UsageError(`--state ${opts.state}: ${err.message}`);
      }
      throw err;
    } finally {
      await pool?.then((p) => p.close());
    }
    const report = await auditFacts([target], {
      checks: logChecks,
      command: 'logs',
      failOn,
      startedAt,
    });
    const out: ReportOutputOptions = { format: opts.format, failOn };
    if (opts.output) out.output = opts.output;
    if (opts.color !== undefined) out.color = opts.color;
    const code = emitReport(report, out);
    if (opts.format === 'terminal' && !opts.output && target.facts.logs) {
      const color = opts.color !== false && process.stdout.isTTY === true && !process.env.NO_COLOR;
      process.stdout.write(renderLogsAppendix(target.facts.logs, report, { color }));
    }
    process.exitCode = code;
  });
}

const LOG_RULES = new Set(['secret-in-logs', 'secret-in-assistant-history']);

const safe = (s: unknown, max = 200): string => truncate(escapeControl(String(s ?? '')), max);

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/**
 * What the generic report does not show: how much was read, and one rotation checklist per
 * provider with the redacted secrets it covers. Every value is escaped (paths are hostile).
 */
export function renderLogsAppendix(
  facts: LogFacts,
  report: Report,
  opts: { color: boolean },
): string {
  const c = pc.createColors(opts.color);
  const out: string[] = [];
  const t = facts.totals;
  const secs = Math.max(t.durationMs, 1) / 1000;
  const count = (st: string) => facts.files.filter((f) => f.status === st).length;
  out.push(
    c.bold('Log scan: ') +
      `${t.files} files read (${count('skipped')} skipped, ${count('unreadable')} unreadable), ` +
      `${mib(t.bytesScanned)}, ${t.lines.toLocaleString('en-US')} lines in ${secs.toFixed(1)} s ` +
      `(${(t.bytesScanned / 1024 / 1024 / secs).toFixed(1)} MiB/s)`,
  );
  if (facts.window) {
    out.push(
      `Window: ${facts.window.since ?? 'any time'} → ${facts.window.until ?? 'now'}` +
        `; ${facts.files.reduce((a, f) => a + f.outsideWindow, 0)} matches outside it ignored`,
    );
  }
  if (facts.locations) {
    for (const l of facts.locations) {
      out.push(c.dim(`  ${l.found ? 'found ' : 'absent'}  ${safe(l.client, 40)}: ${safe(l.path)}`));
    }
  }
  const byProvider = new Map<string, { advice: RotationAdvice; secrets: string[] }>();
  for (const f of report.findings) {
    if (!LOG_RULES.has(f.rule)) continue;
    const advice = f.details?.['rotation'] as RotationAdvice | undefined;
    if (!advice) continue;
    const e = byProvider.get(advice.provider) ?? { advice, secrets: [] };
    e.secrets.push(String(f.details?.['redacted'] ?? ''));
    byProvider.set(advice.provider, e);
  }
  if (byProvider.size > 0) {
    // Steps every provider shares (audit, re-distribute, purge the logs) are printed once.
    const lists = [...byProvider.values()].map((e) => e.advice.steps);
    const common = lists[0]!.filter((st) => lists.every((l) => l.includes(st)));
    out.push('', c.bold('Rotation checklist (rotate first, then clean the logs)'));
    for (const [provider, { advice, secrets }] of byProvider) {
      const n = secrets.length;
      out.push(`  ${c.bold(safe(provider, 60))} — ${n} secret${n === 1 ? '' : 's'}`);
      for (const s of secrets.slice(0, 5)) out.push(c.dim(`      ${safe(s, 120)}`));
      if (n > 5) out.push(c.dim(`      … and ${n - 5} more`));
      out.push(`    revoke at: ${safe(advice.revokeAt, 200)}`);
      const own = advice.steps.filter((st) => !common.includes(st));
      for (const [i, step] of own.entries()) out.push(`    ${i + 1}. ${safe(step, 300)}`);
      if (advice.docs) out.push(c.dim(`    docs: ${safe(advice.docs, 200)}`));
    }
    if (common.length > 0) {
      out.push(`  ${c.bold('Then, for every provider above:')}`);
      for (const [i, step] of common.entries()) out.push(`    ${i + 1}. ${safe(step, 300)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
