import type { Command } from 'commander';

/** Placeholder: the logs command is being built; replaced, not shipped. */
export function register(program: Command): void {
  program
    .command('logs')
    .description('(logs: not implemented yet)')
    .action(() => {
      process.stderr.write('logs: not implemented yet\n');
      process.exitCode = 2;
    });
}
