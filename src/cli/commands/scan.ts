import type { Command } from 'commander';

/** Placeholder: the scan command is being built; replaced, not shipped. */
export function register(program: Command): void {
  program
    .command('scan')
    .description('(scan: not implemented yet)')
    .action(() => {
      process.stderr.write('scan: not implemented yet\n');
      process.exitCode = 2;
    });
}
