import { Command, CommanderError } from 'commander';
import { escapeControl } from '../util/escape.ts';
import { VERSION } from '../version.ts';
import { registerChecks } from './commands/checks.ts';
import { UsageError } from './errors.ts';

const program = new Command();
program
  .name('mcp-warden')
  .description('Security auditor and runtime guard for MCP deployments')
  .version(VERSION)
  .showHelpAfterError()
  .exitOverride();

registerChecks(program);

async function loadOptionalCommands(): Promise<void> {
  // Each command lives in its own module so the heavy ones load only when used.
  const mods = await Promise.all([
    import('./commands/scan.ts'),
    import('./commands/demo.ts'),
    import('./commands/discover.ts'),
    import('./commands/audit.ts'),
    import('./commands/logs.ts'),
  ]);
  for (const m of mods) m.register(program);
}

try {
  await loadOptionalCommands();
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else if (err instanceof UsageError) {
    process.stderr.write(`mcp-warden: ${escapeControl(err.message)}\n`);
    process.exitCode = 2;
  } else {
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(`mcp-warden: internal error: ${escapeControl(msg)}\n`);
    process.exitCode = 2;
  }
}
