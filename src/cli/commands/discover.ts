import type { Command } from 'commander';

/** Placeholder: the discover command is being built; replaced, not shipped. */
export function register(program: Command): void {
  program
    .command('discover')
    .description('(discover: not implemented yet)')
    .action(() => {
      process.stderr.write('discover: not implemented yet\n');
      process.exitCode = 2;
    });
}
