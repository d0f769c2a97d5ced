import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { type Discovery, discover } from '../../../src/collect/config/discover.ts';
import { LOCATIONS } from '../../../src/collect/config/locations.ts';

const HOMES = new URL('../../fixtures/homes/', import.meta.url).pathname;

// One row per client, scope and OS layout: [layout, server name in the fixture, client, scope,
// path of the file relative to the fixture home].
const CASES: [string, string, string, string, string][] = [
  [
    'macos',
    'claude-desktop-user-macos',
    'claude-desktop',
    'user',
    'Library/Application Support/Claude/claude_desktop_config.json',
  ],
  [
    'macos',
    'claude-desktop-extension-macos',
    'claude-desktop',
    'extension',
    'Library/Application Support/Claude/Claude Extensions/ant.dir.fixture.files/manifest.json',
  ],
  ['macos', 'claude-code-user-macos', 'claude-code', 'user', '.claude.json'],
  ['macos', 'claude-code-local-macos', 'claude-code', 'local', '.claude.json'],
  [
    'macos',
    'claude-code-plugin-macos',
    'claude-code',
    'extension',
    '.claude/plugins/cache/fixture-market/fixture-plugin/1.0.0/.mcp.json',
  ],
  [
    'macos',
    'claude-code-plugin-json-macos',
    'claude-code',
    'extension',
    '.claude/plugins/cache/fixture-market/other-plugin/2.0.0/.claude-plugin/plugin.json',
  ],
  [
    'macos',
    'claude-code-managed-macos',
    'claude-code',
    'managed',
    '_system/Library/Application Support/ClaudeCode/managed-mcp.json',
  ],
  ['macos', 'cursor-user-macos', 'cursor', 'user', '.cursor/mcp.json'],
  [
    'macos',
    'vscode-user-macos',
    'vscode',
    'user',
    'Library/Application Support/Code/User/mcp.json',
  ],
  [
    'macos',
    'vscode-insiders-settings-macos',
    'vscode-insiders',
    'user',
    'Library/Application Support/Code - Insiders/User/settings.json',
  ],
  [
    'macos',
    'cline-extension-macos',
    'cline',
    'extension',
    'Library/Application Support/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json',
  ],
  [
    'macos',
    'roo-extension-macos',
    'roo-code',
    'extension',
    'Library/Application Support/Code/User/globalStorage/rooveterinaryinc.roo-cline/settings/mcp_settings.json',
  ],
  ['macos', 'zed-user-macos', 'zed', 'user', '.config/zed/settings.json'],
  [
    'macos',
    'gemini-managed-macos',
    'gemini-cli',
    'managed',
    '_system/Library/Application Support/GeminiCli/settings.json',
  ],
  [
    'linux',
    'claude-desktop-user-linux',
    'claude-desktop',
    'user',
    '.config/Claude/claude_desktop_config.json',
  ],
  [
    'linux',
    'cline-remote-server-linux',
    'cline',
    'extension',
    '.vscode-server/data/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json',
  ],
  ['linux', 'claude-code-home-project-linux', 'claude-code', 'project', '.mcp.json'],
  [
    'linux',
    'claude-code-managed-linux',
    'claude-code',
    'managed',
    '_system/etc/claude-code/managed-mcp.json',
  ],
  ['linux', 'vscode-user-linux', 'vscode', 'user', '.config/Code/User/mcp.json'],
  [
    'linux',
    'vscode-profile-linux',
    'vscode',
    'user',
    '.config/Code/User/profiles/5a1b2c3d/mcp.json',
  ],
  ['linux', 'copilot-cli-user-linux', 'copilot-cli', 'user', '.copilot/mcp-config.json'],
  ['linux', 'windsurf-user-linux', 'windsurf', 'user', '.codeium/windsurf/mcp_config.json'],
  ['linux', 'continue-user-linux', 'continue', 'user', '.continue/config.yaml'],
  ['linux', 'continue-block-linux', 'continue', 'user', '.continue/mcpServers/block.yaml'],
  ['linux', 'gemini-user-linux', 'gemini-cli', 'user', '.gemini/settings.json'],
  [
    'linux',
    'gemini-managed-linux',
    'gemini-cli',
    'managed',
    '_system/etc/gemini-cli/settings.json',
  ],
  ['linux', 'codex-user-linux', 'codex', 'user', '.codex/config.toml'],
  ['linux', 'codex-remote-linux', 'codex', 'user', '.codex/config.toml'],
  ['linux', 'opencode-user-linux', 'opencode', 'user', '.config/opencode/opencode.jsonc'],
  ['linux', 'amazon-q-user-linux', 'amazon-q', 'user', '.aws/amazonq/mcp.json'],
  ['linux', 'amazon-q-agent-linux', 'amazon-q', 'user', '.aws/amazonq/cli-agents/dev.json'],
  ['linux', 'kiro-user-linux', 'kiro', 'user', '.kiro/settings/mcp.json'],
  ['linux', 'goose-user-linux', 'goose', 'user', '.config/goose/config.yaml'],
  ['linux', 'lm-studio-user-linux', 'lm-studio', 'user', '.lmstudio/mcp.json'],
  [
    'windows',
    'claude-desktop-user-windows',
    'claude-desktop',
    'user',
    'AppData/Roaming/Claude/claude_desktop_config.json',
  ],
  ['windows', 'claude-code-user-windows', 'claude-code', 'user', '.claude.json'],
  [
    'windows',
    'claude-code-managed-windows',
    'claude-code',
    'managed',
    '_system/Program Files/ClaudeCode/managed-mcp.json',
  ],
  ['windows', 'vscode-user-windows', 'vscode', 'user', 'AppData/Roaming/Code/User/mcp.json'],
  [
    'windows',
    'vscode-insiders-user-windows',
    'vscode-insiders',
    'user',
    'AppData/Roaming/Code - Insiders/User/mcp.json',
  ],
  [
    'windows',
    'cline-extension-windows',
    'cline',
    'extension',
    'AppData/Roaming/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json',
  ],
  ['windows', 'zed-user-windows', 'zed', 'user', 'AppData/Roaming/Zed/settings.json'],
  [
    'windows',
    'goose-user-windows',
    'goose',
    'user',
    'AppData/Roaming/Block/goose/config/config.yaml',
  ],
  ['windows', 'windsurf-user-windows', 'windsurf', 'user', '.codeium/windsurf/mcp_config.json'],
  [
    'windows',
    'gemini-managed-windows',
    'gemini-cli',
    'managed',
    '_system/ProgramData/gemini-cli/settings.json',
  ],
  ['windows', '#0', 'continue', 'user', '.continue/config.json'],
];

const found = new Map<string, Discovery>();

before(async () => {
  for (const layout of ['macos', 'linux', 'windows']) {
    const home = join(HOMES, layout);
    found.set(layout, await discover({ home, systemRoot: join(home, '_system'), env: {} }));
  }
});

describe('every client path and scope is discovered', () => {
  for (const [layout, name, client, scope, rel] of CASES) {
    test(`${client} ${scope} on ${layout}: ${rel}`, () => {
      const d = found.get(layout)!;
      const file = d.files.find((f) => f.meta.path === join(HOMES, layout, rel));
      assert.ok(file, `file ${rel} found`);
      assert.equal(file.status, 'ok', file.reason);
      const e = file.facts!.entries.find((x) => x.name === name);
      assert.ok(e, `server ${name} in ${rel}`);
      assert.equal(e.client, client);
      assert.equal(e.scope, scope);
    });
  }
});

test('the fixture homes cover every client in the locations table', () => {
  const clients = new Set(LOCATIONS.map((l) => l.client));
  const tested = new Set(CASES.map((c) => c[2]));
  for (const c of clients) {
    if (c === 'roo-code' || c === 'vscode') continue;
    assert.ok(tested.has(c), `client ${c} has a fixture`);
  }
  assert.ok(tested.has('roo-code') && tested.has('vscode'));
});

test('a path every OS layout shares is layout "any", glob patterns included', () => {
  const linux = found.get('linux')!.files;
  const layoutOf = (rel: string) =>
    linux.find((f) => f.meta.path === join(HOMES, 'linux', rel))?.meta.layout;
  assert.equal(layoutOf('.codex/config.toml'), 'any');
  assert.equal(layoutOf('.continue/mcpServers/block.yaml'), 'any');
  assert.equal(layoutOf('.aws/amazonq/cli-agents/dev.json'), 'any');
  assert.equal(layoutOf('.config/Claude/claude_desktop_config.json'), 'linux');
});

test('a home with no configs reports nothing found, with the locations it checked', async () => {
  const d = await discover({ home: join(HOMES, 'does-not-exist'), env: {} });
  assert.equal(d.files.length, 0);
  assert.ok(d.locationsChecked > 50, `checked ${d.locationsChecked} locations`);
});

test('without --system-root an audited home never reads the real system paths', async () => {
  const d = await discover({ home: join(HOMES, 'linux'), env: {} });
  assert.ok(d.files.every((f) => f.meta.scope !== 'managed'));
});

test('records transports, packages and consent as written', () => {
  const linux = found.get('linux')!;
  const all = linux.files.flatMap((f) => f.facts?.entries ?? []);
  const by = (n: string) => all.find((e) => e.name === n)!;
  assert.equal(by('gemini-user-linux').transport, 'http');
  assert.equal(by('vscode-profile-linux').transport, 'sse');
  assert.equal(by('windsurf-user-linux').url, 'https://mcp.example.com/windsurf');
  assert.deepEqual(by('codex-user-linux').env, { LOG_LEVEL: 'info' });
  assert.equal(by('goose-user-linux').package?.name, 'fixture-goose');
  assert.equal(by('opencode-user-linux').command, 'bunx');
  assert.equal(by('vscode-user-linux').package?.pinned, true);
  const agent = linux.files.find((f) => f.meta.path.endsWith('cli-agents/dev.json'))!;
  assert.deepEqual(agent.facts!.settings, [
    { field: 'allowedTools', value: '@amazon-q-agent-linux' },
  ]);
  const macos = found.get('macos')!.files.flatMap((f) => f.facts?.entries ?? []);
  assert.deepEqual(macos.find((e) => e.name === 'roo-extension-macos')!.consent, {
    alwaysAllow: ['*'],
  });
});
