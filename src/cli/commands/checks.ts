import { type Command, Option } from 'commander';
import { CHECKLIST } from '../../model/taxonomy.ts';

export function registerChecks(program: Command): void {
  program
    .command('checks')
    .description('list every check with its metadata')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['terminal', 'json'])
        .default('terminal'),
    )
    .action(async (opts: { format: string }) => {
      // The registry pulls in every engine; load it only for the command that lists it.
      const { CHECKS } = await import('../../checks/registry.ts');
      const metas = CHECKS.map((c) => c.meta);
      if (opts.format === 'json') {
        process.stdout.write(
          `${JSON.stringify({ schema: 'mcp-warden/checks@1', checks: metas }, null, 2)}\n`,
        );
        return;
      }
      for (const m of metas) {
        process.stdout.write(
          `${m.id.padEnd(36)} ${m.checklist.padEnd(4)} ${m.severity.padEnd(9)} ${m.title}\n` +
            `${''.padEnd(36)} ${CHECKLIST[m.checklist]} · ${m.patterns.join(', ')} · ${m.scope}\n`,
        );
      }
      process.stdout.write(`${metas.length} checks\n`);
    });
}
