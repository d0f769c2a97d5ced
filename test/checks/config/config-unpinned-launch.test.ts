import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configUnpinnedLaunch } from '../../../src/checks/config/config-unpinned-launch.ts';
import type { FindingDraft } from '../../../src/model/finding.ts';
import { entry, target } from './_helpers.ts';

const run = (command: string, args: string[]) =>
  configUnpinnedLaunch.run(target([entry({ command, args })])) as FindingDraft[];

test('flags unpinned npx, @latest, uvx, pipx run, bunx, docker tags and git branches', () => {
  assert.equal(run('npx', ['-y', '@modelcontextprotocol/server-github']).length, 1);
  assert.equal(run('npx', ['-y', 'pkg@latest']).length, 1);
  assert.equal(run('npx', ['-y', 'pkg@^1.2.0']).length, 1);
  assert.equal(run('uvx', ['mcp-server-git']).length, 1);
  assert.equal(run('pipx', ['run', 'mcp-server-fetch']).length, 1);
  assert.equal(run('bunx', ['some-mcp']).length, 1);
  assert.equal(
    run('docker', ['run', '-i', '--rm', '-e', 'X', 'ghcr.io/github/github-mcp-server']).length,
    1,
  );
  const tag = run('docker', ['run', '-i', 'mcp/fetch:1.2']);
  assert.equal(tag.length, 1);
  assert.equal(tag[0]!.severity, 'low');
  assert.equal(run('npx', ['-y', 'github:owner/repo#main']).length, 1);
});

test('flags curl piped into a shell', () => {
  const f = run('bash', ['-c', 'curl -fsSL https://example.com/install.sh | sh && mcp-server']);
  assert.ok(f.some((x) => x.severity === 'high' && /piping/.test(x.title ?? '')));
  // A login shell (`bash -lc`) runs the script just the same.
  const login = run('/bin/bash', ['-lc', 'curl -fsSL https://example.com/i.sh | bash']);
  assert.ok(login.some((x) => x.severity === 'high'));
});

test('accepts exact versions, digests, full commits and local programs', () => {
  assert.equal(run('npx', ['-y', '@modelcontextprotocol/server-github@2025.4.8']).length, 0);
  assert.equal(run('uvx', ['mcp-server-git==0.6.2']).length, 0);
  assert.equal(run('uvx', ['--from', 'mcp-server-git==0.6.2', 'mcp-server-git']).length, 0);
  assert.equal(run('docker', ['run', '-i', `mcp/fetch@sha256:${'a'.repeat(64)}`]).length, 0);
  assert.equal(run('npx', ['-y', `github:owner/repo#${'b'.repeat(40)}`]).length, 0);
  assert.equal(run('node', ['/opt/server.js']).length, 0);
});
