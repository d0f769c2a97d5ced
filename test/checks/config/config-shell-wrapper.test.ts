import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configShellWrapper } from '../../../src/checks/config/config-shell-wrapper.ts';
import type { FindingDraft } from '../../../src/model/finding.ts';
import { entry, target } from './_helpers.ts';

const run = (command: string, args: string[]) =>
  configShellWrapper.run(target([entry({ command, args })])) as FindingDraft[];

test('flags sh -c, bash -lc, cmd /c and powershell -Command with interpolation', () => {
  assert.equal(run('sh', ['-c', 'exec mcp-server --dir $PROJECT_DIR']).length, 1);
  assert.equal(run('/bin/bash', ['-lc', 'cd ~/srv && ./run.sh']).length, 1);
  assert.equal(run('cmd', ['/c', 'npx -y srv@1.0.0 %USERPROFILE%']).length, 1);
  assert.equal(run('powershell.exe', ['-Command', 'srv.exe $(Get-Content token.txt)']).length, 1);
});

test('passes direct launches and shells running a plain script', () => {
  assert.equal(run('npx', ['-y', 'srv@1.0.0']).length, 0);
  assert.equal(run('bash', ['/opt/run-server.sh']).length, 0);
  assert.equal(run('sh', ['-c', 'exec mcp-server --stdio']).length, 0);
});
