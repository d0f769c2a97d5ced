import { statSync, writeFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import type { DiscoverOptions } from '../../collect/config/discover.ts';
import { UsageError } from '../errors.ts';

/** The flags `discoveryOptions` adds. */
export interface DiscoveryCliOptions {
  home?: string;
  root?: string[];
  systemRoot?: string;
}

interface DiscoverCliOptions extends DiscoveryCliOptions {
  format: 'table' | 'json' | 'csv';
  output?: string;
}

/** Rejects a --home / --root / --system-root that is not a directory. */
function requireDir(flag: string, dir: string | undefined): void {
  if (dir === undefined) return;
  let ok = false;
  try {
    ok = statSync(dir).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) throw new UsageError(`${flag}: not a directory: ${dir}`);
}

/** Options shared by `discover` and `audit`. */
export function discoveryOptions(cmd: Command): Command {
  return cmd
    .option('--home <dir>', "audit this home directory instead of the current user's")
    .option('--root <dir...>', 'walk these directory trees for project-level MCP configs')
    .option(
      '--system-root <dir>',
      'root for managed (system-wide) config files; default / unless --home is given',
    );
}

/** Checks the discovery flags (each must be a directory) and turns them into discover() options. */
export function discoverOptionsOf(opts: DiscoveryCliOptions): DiscoverOptions {
  requireDir('--home', opts.home);
  requireDir('--system-root', opts.systemRoot);
  for (const r of opts.root ?? []) requireDir('--root', r);
  return {
    ...(opts.home !== undefined ? { home: opts.home } : {}),
    ...(opts.root ? { roots: opts.root } : {}),
    ...(opts.systemRoot !== undefined ? { systemRoot: opts.systemRoot } : {}),
    env: process.env,
  };
}

/** Registers `mcp-warden discover`. */
export function register(program: Command): void {
  const cmd = program
    .command('discover')
    .description(
      'list every MCP server configured for 18 clients (every scope and OS layout), grouped, with the locations that could not be read',
    );
  discoveryOptions(cmd)
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['table', 'json', 'csv'])
        .default('table'),
    )
    .option('-o, --output <file>', 'write the inventory to a file instead of stdout')
    .action(async (opts: DiscoverCliOptions) => {
      const discoverOpts = discoverOptionsOf(opts);
      const { discover } = await import('../../collect/config/discover.ts');
      const inv = await import('../../collect/config/inventory.ts');
      const d = await discover(discoverOpts);
      const inventory = inv.buildInventory(d);
      const text =
        opts.format === 'json'
          ? inv.renderInventoryJson(inventory)
          : opts.format === 'csv'
            ? inv.renderInventoryCsv(inventory)
            : inv.renderInventoryTable(inventory);
      if (opts.output) writeFileSync(opts.output, text);
      else process.stdout.write(text);
      // A config that exists but could not be read or parsed, or a search cut short, is
      // incomplete coverage (exit 2).
      process.exitCode = inventory.failed.length > 0 || inventory.gaps.length > 0 ? 2 : 0;
    });
}
