import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startSloppyServer } from '../../fixtures/endpoints/sloppy-server.ts';

const bin = new URL('../../../bin/mcp-warden.mjs', import.meta.url).pathname;

function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

test("the user's token never appears in the report, stderr or a saved snapshot", async () => {
  // A sloppy server echoes tokens in its errors: the worst case for our own C4 hygiene.
  const token = ['cli', 'hygiene', 'token', 'f00dfeed', 'c0ffee42'].join('-');
  const server = await startSloppyServer({ token });
  const dir = mkdtempSync(join(tmpdir(), 'mcpw-token-'));
  try {
    const snap = join(dir, 'snap.json');
    const { code, out, err } = await runCli(
      [
        'scan',
        server.url,
        '--bearer-env',
        'MCPW_TEST_TOKEN',
        '--format',
        'json',
        '--expect-read-only',
        '--save-snapshot',
        snap,
      ],
      { MCPW_TEST_TOKEN: token },
    );
    assert.equal(code, 1, `findings expected; stderr: ${err.slice(0, 500)}`);
    const report = JSON.parse(out) as { findings: { rule: string }[] };
    const rules = new Set(report.findings.map((f) => f.rule));
    assert.ok(rules.has('token-accepted-in-query'));
    assert.ok(rules.has('read-only-token-unlocks-writes'));
    for (const [what, text] of [
      ['report', out],
      ['stderr', err],
      ['snapshot', readFileSync(snap, 'utf8')],
    ] as const) {
      assert.ok(!text.includes(token), `the token leaked into the ${what}`);
      assert.ok(!text.includes('f00dfeed'), `part of the token leaked into the ${what}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await server.close();
  }
});
