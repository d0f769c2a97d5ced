import type { Command } from 'commander';

/** Placeholder: the audit command is being built; replaced, not shipped. */
export function register(program: Command): void {
  program
    .command('audit')
    .description('(audit: not implemented yet)')
    .action(() => {
      process.stderr.write('audit: not implemented yet\n');
      process.exitCode = 2;
    });
}
