import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../src/report/report.ts';

/** Helpers for end-to-end tests: run the real CLI in a child process (async: fixture servers
 * in the test process must keep answering while it runs). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures/servers/', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident set size of the CLI process, in bytes. */
  maxRss: number;
}

const RSS_HOOK =
  'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nMCP_WARDEN_MAXRSS_KB="+process.resourceUsage().maxRSS+"\\n"))';

/** Runs `mcp-warden <args>`; kills it after `killAfterMs` (a safety net, not an assertion). */
export function runCli(
  args: string[],
  opts: { env?: Record<string, string>; killAfterMs?: number; nodeArgs?: string[] } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        ...(opts.nodeArgs ?? []),
        '--import',
        'tsx',
        '--import',
        RSS_HOOK,
        'src/cli/main.ts',
        ...args,
      ],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...opts.env } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.killAfterMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const m = /\nMCP_WARDEN_MAXRSS_KB=(\d+)\n/.exec(stderr);
      resolve({
        code,
        stdout,
        stderr: stderr.replace(/\nMCP_WARDEN_MAXRSS_KB=\d+\n/, ''),
        maxRss: m ? Number(m[1]) * 1024 : Number.NaN,
      });
    });
  });
}

/** Runs `mcp-warden scan --format json <args>` and parses the report it prints. */
export async function scanJson(
  args: string[],
  opts: Parameters<typeof runCli>[1] = {},
): Promise<CliResult & { report: Report }> {
  const r = await runCli(['scan', '--format', 'json', ...args], opts);
  try {
    return { ...r, report: JSON.parse(r.stdout) as Report };
  } catch {
    // Say why there is no report (killed, crashed) instead of a bare JSON syntax error.
    throw new Error(`no JSON report (exit ${r.code}); stderr: ${r.stderr.slice(-2000)}`);
  }
}

/** The node command that runs a TypeScript fixture server. */
export function tsNode(file: string, ...args: string[]): string[] {
  return [process.execPath, '--import', 'tsx', `${FIXTURES}${file}`, ...args];
}

/**
 * Pids of living processes whose command line matches `pattern` (pgrep -f). Zombies are left
 * out: a killed process whose parent has not reaped it yet is dead, just not buried.
 */
export function livingMatches(pattern: string): number[] {
  let out = '';
  try {
    out = execFileSync('pgrep', ['-f', pattern], { encoding: 'utf8' });
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
  return out
    .split(/\s+/)
    .filter(Boolean)
    .map(Number)
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
      } catch {
        return false; // gone
      }
    });
}
