import assert from 'node:assert/strict';
import { test } from 'node:test';
import { derivePackage } from '../../../src/collect/config/package.ts';

const cases: [string, string[], Record<string, unknown> | undefined][] = [
  [
    'npx',
    ['-y', '@scope/pkg@1.2.3', '--flag'],
    { ecosystem: 'npm', name: '@scope/pkg', version: '1.2.3', pinned: true },
  ],
  ['npx', ['--yes', '@scope/pkg'], { ecosystem: 'npm', name: '@scope/pkg', pinned: false }],
  ['npx.cmd', ['-y', 'pkg@latest'], { name: 'pkg', version: 'latest', pinned: false }],
  ['npx', ['-p', 'pkg@2.0.0', 'bin-name'], { name: 'pkg', version: '2.0.0', pinned: true }],
  ['npm', ['exec', '--', 'pkg@1.0.0'], { launcher: 'npm exec', name: 'pkg', pinned: true }],
  ['pnpm', ['dlx', 'pkg'], { launcher: 'pnpm dlx', name: 'pkg', pinned: false }],
  ['bun', ['x', 'pkg@1.0.0'], { launcher: 'bunx', pinned: true }],
  [
    'uvx',
    ['mcp-server-git==0.6.2'],
    { ecosystem: 'pypi', name: 'mcp-server-git', version: '0.6.2', pinned: true },
  ],
  ['uvx', ['mcp-server-git@0.6.2'], { ecosystem: 'pypi', pinned: true }],
  ['uvx', ['--from', 'git+https://github.com/o/r', 'srv'], { ecosystem: 'git', pinned: false }],
  ['uv', ['tool', 'run', 'pkg>=1.0'], { ecosystem: 'pypi', version: '>=1.0', pinned: false }],
  ['pipx', ['run', 'pkg'], { launcher: 'pipx run', pinned: false }],
  [
    'docker',
    ['run', '-i', '--rm', '-e', 'TOKEN', '-v', '/a:/b', 'ghcr.io/o/img:1.0', 'arg'],
    { ecosystem: 'docker', name: 'ghcr.io/o/img', version: '1.0', pinned: false },
  ],
  ['docker', ['run', 'localhost:5000/img'], { name: 'localhost:5000/img', pinned: false }],
  ['docker', ['run', `img@sha256:${'a'.repeat(64)}`], { name: 'img', pinned: true }],
  ['npx', ['-y', `github:o/r#${'f'.repeat(40)}`], { ecosystem: 'git', pinned: true }],
  ['node', ['server.js'], undefined],
];

for (const [cmd, args, want] of cases) {
  test(`derives ${cmd} ${args.join(' ')}`, () => {
    const got = derivePackage(cmd, args);
    if (want === undefined) return assert.equal(got, undefined);
    assert.ok(got);
    for (const [k, v] of Object.entries(want))
      assert.deepEqual((got as unknown as Record<string, unknown>)[k], v, k);
  });
}
