import type { Command } from 'commander';

/** Placeholder: the demo command is being built; replaced, not shipped. */
export function register(program: Command): void {
  program
    .command('demo')
    .description('(demo: not implemented yet)')
    .action(() => {
      process.stderr.write('demo: not implemented yet\n');
      process.exitCode = 2;
    });
}
