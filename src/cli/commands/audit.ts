import type { Command } from 'commander';
import type { DiscoveredServer } from '../../collect/config/inventory.ts';
import type { TargetSpec } from '../../collect/spec.ts';
import type { TargetFacts } from '../../model/facts.ts';
import { escapeControl } from '../../util/escape.ts';
import { emitReport, parseFailOn, type ReportOutputOptions, reportOptions } from '../output.ts';
import { type DiscoveryCliOptions, discoverOptionsOf, discoveryOptions } from './discover.ts';

interface AuditCliOptions extends Omit<ReportOutputOptions, 'failOn'>, DiscoveryCliOptions {
  connect?: boolean;
  yes?: boolean;
  concurrency: string;
  failOn: string;
}

/** Asks on the terminal before running local server commands (design.md §5). */
async function confirmStdio(lines: string[]): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  process.stderr.write(
    `--connect will START these ${lines.length} local MCP server command(s) to scan them:\n`,
  );
  for (const l of lines) process.stderr.write(`  ${escapeControl(l)}\n`);
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question('Run them? [y/N] ');
    return /^y(?:es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

/** Registers `mcp-warden audit`. */
export function register(program: Command): void {
  const cmd = program
    .command('audit')
    .description(
      'discover MCP configs and audit them; with --connect also scan each discovered server',
    );
  discoveryOptions(cmd)
    .option('--connect', 'connect to each discovered server and scan what it exposes')
    .option('--yes', 'with --connect: start local (stdio) servers without asking')
    .option('--concurrency <n>', 'servers scanned at once', '4');
  for (const o of reportOptions()) cmd.addOption(o);
  cmd.action(async (opts: AuditCliOptions) => {
    const discoverOpts = discoverOptionsOf(opts);
    const failOn = parseFailOn(opts.failOn);
    const startedAt = new Date();
    const { discover } = await import('../../collect/config/discover.ts');
    const { configTargets } = await import('../../collect/config/targets.ts');
    const connect = await import('../../collect/config/connect.ts');
    const { displayTarget, distinctServers } = await import('../../collect/config/inventory.ts');
    const d = await discover(discoverOpts);
    const facts: TargetFacts[] = configTargets(d);
    const servers = distinctServers(d);
    const toScan: { server: DiscoveredServer; index: number; spec: TargetSpec }[] = [];
    servers.forEach((server, index) => {
      if (!opts.connect) {
        facts.push(connect.skippedServerTarget(server, index, 'run with --connect to scan it'));
        return;
      }
      const r = connect.specFor(server.entry, process.env);
      if (!r.ok) facts.push(connect.skippedServerTarget(server, index, r.reason));
      else toScan.push({ server, index, spec: r.spec });
    });

    const stdio = toScan.filter((s) => s.spec.kind === 'stdio');
    let allowStdio = opts.yes === true;
    if (!allowStdio && stdio.length > 0 && process.stdin.isTTY && process.stderr.isTTY) {
      allowStdio = await confirmStdio(stdio.map((s) => displayTarget(s.server.entry)));
    }
    const approved = toScan.filter((s) => {
      if (s.spec.kind !== 'stdio' || allowStdio) return true;
      facts.push(
        connect.skippedServerTarget(
          s.server,
          s.index,
          'local command not started without confirmation (use --yes or answer y)',
        ),
      );
      return false;
    });

    if (approved.length > 0) {
      const { collectTarget } = await import('../../collect/index.ts');
      const { DEFAULT_LIMITS } = await import('../../collect/spec.ts');
      const { mapLimit } = await import('../../util/concurrency.ts');
      const n = Math.max(1, Math.min(32, Number.parseInt(opts.concurrency, 10) || 4));
      const collected = await mapLimit(approved, n, (s) =>
        collectTarget(s.spec, 1000 + s.index, { limits: DEFAULT_LIMITS }),
      );
      facts.push(...collected.flat());
    }

    const { auditFacts } = await import('../../audit.ts');
    const report = await auditFacts(facts, { failOn, command: 'audit', startedAt });
    const out: ReportOutputOptions = { format: opts.format, failOn };
    if (opts.output) out.output = opts.output;
    if (opts.color === false) out.color = false;
    process.exitCode = emitReport(report, out);
  });
}
