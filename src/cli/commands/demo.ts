import type { Command } from 'commander';
import { outputOptionsOf, type ReportCliOptions, reportOptions } from '../output.ts';

interface DemoOptions extends ReportCliOptions {
  serve?: boolean;
  port: string;
}

/**
 * Registers `mcp-warden demo`: starts the deliberately vulnerable server of src/demo on
 * 127.0.0.1, scans it with the normal scan pipeline, prints the report and stops the server.
 * The demo server has high-severity problems on purpose, so the demo exits 1.
 */
export function register(program: Command): void {
  const cmd = program
    .command('demo')
    .description(
      'start a deliberately vulnerable MCP server on 127.0.0.1, scan it and print the report (exits 1: the findings are planted)',
    )
    .option('--serve', 'only run the vulnerable server (prints its URL; Ctrl-C stops it)')
    .option('--port <port>', 'port for --serve (default: any free port)', '0');
  for (const o of reportOptions()) cmd.addOption(o);
  cmd.action(async (opts: DemoOptions) => {
    const { startVulnerableServer } = await import('../../demo/vulnerable-server.ts');
    const port = Number(opts.port);
    const server = await startVulnerableServer(Number.isInteger(port) ? port : 0);
    if (opts.serve) {
      process.stderr.write(
        `mcp-warden demo: DELIBERATELY VULNERABLE MCP server at ${server.url} (Ctrl-C stops it)\n` +
          `scan it with: mcp-warden scan ${server.url}\n`,
      );
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await server.close();
      return;
    }
    const output = outputOptionsOf(opts);
    try {
      if (opts.format === 'terminal' && !opts.output) {
        process.stderr.write(
          `mcp-warden demo: scanning a deliberately vulnerable MCP server at ${server.url}\n\n`,
        );
      }
      const { runScan } = await import('./scan.ts');
      process.exitCode = await runScan([{ kind: 'http', url: server.url, name: 'demo' }], {
        output,
        command: 'demo',
      });
    } finally {
      await server.close();
    }
  });
}
