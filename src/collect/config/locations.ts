import type { ConfigClient, ConfigFormat, ConfigScope, OsLayout } from './facts.ts';

/**
 * Where each client keeps MCP configuration, as data: client → scope → OS layout → path pattern
 * → format → schema (which key path holds the servers). docs/clients.md is the human copy.
 *
 * Bases resolve under the audited home (`--home DIR` or the real one):
 *   home           ~ (Windows: %USERPROFILE%)
 *   xdg-config     ~/.config
 *   mac-app-support ~/Library/Application Support
 *   appdata        ~/AppData/Roaming (%APPDATA%)
 *   localappdata   ~/AppData/Local (%LOCALAPPDATA%)
 *   system         a system root (`/` or `--system-root DIR`); managed, admin-deployed files
 *   project        a project directory (found by `--root` walking, or Claude Code's project map)
 * Path segments may be `*` (one directory or file name) or `**` (bounded recursion).
 */
export type LocationBase =
  | 'home'
  | 'xdg-config'
  | 'mac-app-support'
  | 'appdata'
  | 'localappdata'
  | 'system'
  | 'project';

/** Which extractor reads the file (src/collect/config/extract.ts). */
export type ConfigSchema =
  | 'mcpServers'
  | 'vscode-mcp'
  | 'vscode-settings'
  | 'claude-json'
  | 'claude-settings'
  | 'claude-plugin'
  | 'zed'
  | 'codex'
  | 'opencode'
  | 'goose'
  | 'continue-config-yaml'
  | 'continue-config-json'
  | 'continue-block'
  | 'amazonq-agent'
  | 'mcpb-manifest';

export interface LocationSpec {
  client: ConfigClient;
  scope: ConfigScope;
  layouts: OsLayout[];
  base: LocationBase;
  path: string;
  format: ConfigFormat;
  schema: ConfigSchema;
  /** Citation: where this location and schema are documented. */
  source: string;
  /** False where no primary source confirmed the path; docs/clients.md says so too. */
  verified: boolean;
}

const ALL: OsLayout[] = ['macos', 'linux', 'windows'];
const POSIX: OsLayout[] = ['macos', 'linux'];

/** Where a VS Code-family editor keeps its user directory, per OS layout. */
function editorUserDirs(app: string): { layouts: OsLayout[]; base: LocationBase; dir: string }[] {
  const dirs: { layouts: OsLayout[]; base: LocationBase; dir: string }[] = [
    { layouts: ['macos'], base: 'mac-app-support', dir: `${app}/User` },
    { layouts: ['linux'], base: 'xdg-config', dir: `${app}/User` },
    { layouts: ['windows'], base: 'appdata', dir: `${app}/User` },
  ];
  // Remote development (SSH, WSL, containers): the editor's server keeps user data under
  // ~/.vscode-server/data/User (Cursor: ~/.cursor-server), where remote extensions such as
  // Cline store their settings. Convention, not verified against a primary source.
  const server = { Code: '.vscode-server', Cursor: '.cursor-server', Windsurf: '.windsurf-server' }[
    app
  ];
  if (server) dirs.push({ layouts: ['linux'], base: 'home', dir: `${server}/data/User` });
  return dirs;
}

// https://code.visualstudio.com/docs/copilot/reference/mcp-configuration: user mcp.json lives in
// the profile directory ("servers" key); older releases read the `mcp` key of settings.json.
function vscodeLocations(client: ConfigClient, app: string): LocationSpec[] {
  const src = 'https://code.visualstudio.com/docs/copilot/reference/mcp-configuration';
  return editorUserDirs(app).flatMap(({ layouts, base, dir }) => [
    {
      client,
      scope: 'user',
      layouts,
      base,
      path: `${dir}/mcp.json`,
      format: 'jsonc',
      schema: 'vscode-mcp',
      source: base === 'home' ? `${src} (remote server data dir: convention)` : src,
      verified: base !== 'home',
    },
    {
      client,
      scope: 'user',
      layouts,
      base,
      path: `${dir}/profiles/*/mcp.json`,
      format: 'jsonc',
      schema: 'vscode-mcp',
      source: `${src} (profiles: https://code.visualstudio.com/docs/configure/profiles)`,
      verified: true,
    },
    {
      client,
      scope: 'user',
      layouts,
      base,
      path: `${dir}/settings.json`,
      format: 'jsonc',
      schema: 'vscode-settings',
      source: `${src} (legacy "mcp" settings key; docker/docs commit 3712a39 notes the move)`,
      verified: true,
    },
  ]);
}

// Cline and Roo Code are VS Code extensions; their MCP settings live in the host editor's
// globalStorage. Paths confirmed by gist danielrosehill/ec279319741ed74143052ddce9132b1e (Linux)
// and the Cline/Roo docs ("cline_mcp_settings.json", "mcp_settings.json"); the macOS/Windows
// forms follow the VS Code user-dir convention.
const EXTENSION_HOSTS = ['Code', 'Code - Insiders', 'Cursor', 'Windsurf', 'VSCodium'];
function extensionLocations(
  client: ConfigClient,
  extensionId: string,
  file: string,
): LocationSpec[] {
  return EXTENSION_HOSTS.flatMap((host) =>
    editorUserDirs(host).map(({ layouts, base, dir }) => ({
      client,
      scope: 'extension' as const,
      layouts,
      base,
      path: `${dir}/globalStorage/${extensionId}/settings/${file}`,
      format: 'json' as const,
      schema: 'mcpServers' as const,
      source:
        'gist.github.com/danielrosehill/ec279319741ed74143052ddce9132b1e; docs.cline.bot MCP settings',
      verified: base !== 'home' && (host === 'Code' || host === 'Code - Insiders'),
    })),
  );
}

export const LOCATIONS: readonly LocationSpec[] = [
  // Claude Desktop. modelcontextprotocol.io quickstart and playwright.dev/mcp/clients/claude-desktop
  // list macOS and Windows; there is no official Linux build (aniongithub/mind-map PR 55), the
  // Linux path is the one community builds use.
  {
    client: 'claude-desktop',
    scope: 'user',
    layouts: ['macos'],
    base: 'mac-app-support',
    path: 'Claude/claude_desktop_config.json',
    format: 'json',
    schema: 'mcpServers',
    source:
      'https://modelcontextprotocol.io/quickstart/user; playwright.dev/mcp/clients/claude-desktop',
    verified: true,
  },
  {
    client: 'claude-desktop',
    scope: 'user',
    layouts: ['windows'],
    base: 'appdata',
    path: 'Claude/claude_desktop_config.json',
    format: 'json',
    schema: 'mcpServers',
    source:
      'https://modelcontextprotocol.io/quickstart/user; playwright.dev/mcp/clients/claude-desktop',
    verified: true,
  },
  {
    client: 'claude-desktop',
    scope: 'user',
    layouts: ['linux'],
    base: 'xdg-config',
    path: 'Claude/claude_desktop_config.json',
    format: 'json',
    schema: 'mcpServers',
    source: 'community Linux builds (no official Linux release)',
    verified: false,
  },

  // Claude Desktop extensions (.mcpb, formerly .dxt) unpack to "Claude Extensions/<id>/" with a
  // manifest.json whose server.mcp_config is the launch (anthropic.com/engineering/
  // desktop-extensions; Data-Wise/himalaya-mcp docs/reference/desktop-extensions.md). The
  // Windows path follows the same %APPDATA%\Claude convention, not separately verified.
  {
    client: 'claude-desktop',
    scope: 'extension',
    layouts: ['macos'],
    base: 'mac-app-support',
    path: 'Claude/Claude Extensions/*/manifest.json',
    format: 'json',
    schema: 'mcpb-manifest',
    source: 'https://www.anthropic.com/engineering/desktop-extensions',
    verified: true,
  },
  {
    client: 'claude-desktop',
    scope: 'extension',
    layouts: ['windows'],
    base: 'appdata',
    path: 'Claude/Claude Extensions/*/manifest.json',
    format: 'json',
    schema: 'mcpb-manifest',
    source: 'https://www.anthropic.com/engineering/desktop-extensions (Windows path by convention)',
    verified: false,
  },

  // Claude Code. https://code.claude.com/docs/en/mcp: user and local scopes in ~/.claude.json
  // (top-level mcpServers, projects[path].mcpServers), project scope in .mcp.json, managed
  // managed-mcp.json in system paths (perplexityai/bumblebee PR 42; fuushyn/armour ISSUES.md
  // quoting the docs for the system paths). Settings files carry permissions.allow (mcp__*).
  {
    client: 'claude-code',
    scope: 'user',
    layouts: ALL,
    base: 'home',
    path: '.claude.json',
    format: 'json',
    schema: 'claude-json',
    source: 'https://code.claude.com/docs/en/mcp (MCP installation scopes)',
    verified: true,
  },
  {
    client: 'claude-code',
    scope: 'user',
    layouts: ALL,
    base: 'home',
    path: '.claude/settings.json',
    format: 'json',
    schema: 'claude-settings',
    source: 'https://code.claude.com/docs/en/settings',
    verified: true,
  },
  {
    client: 'claude-code',
    scope: 'user',
    layouts: ALL,
    base: 'home',
    path: '.claude/settings.local.json',
    format: 'json',
    schema: 'claude-settings',
    source: 'https://code.claude.com/docs/en/settings',
    verified: true,
  },
  {
    client: 'claude-code',
    scope: 'extension',
    layouts: ALL,
    base: 'home',
    path: '.claude/plugins/**/.mcp.json',
    format: 'json',
    schema: 'mcpServers',
    source: 'https://code.claude.com/docs/en/plugins-reference (plugin MCP servers, .mcp.json)',
    verified: true,
  },
  {
    client: 'claude-code',
    scope: 'extension',
    layouts: ALL,
    base: 'home',
    path: '.claude/plugins/**/.claude-plugin/plugin.json',
    format: 'json',
    schema: 'claude-plugin',
    source: 'https://code.claude.com/docs/en/plugins-reference (mcpServers in plugin.json)',
    verified: true,
  },
  {
    client: 'claude-code',
    scope: 'managed',
    layouts: ['macos'],
    base: 'system',
    path: 'Library/Application Support/ClaudeCode/managed-mcp.json',
    format: 'json',
    schema: 'mcpServers',
    source: 'https://code.claude.com/docs/en/mcp#managed-mcp-configuration',
    verified: true,
  },
  {
    client: 'claude-code',
    scope: 'managed',
    layouts: ['linux'],
    base: 'system',
    path: 'etc/claude-code/managed-mcp.json',
    format: 'json',
    schema: 'mcpServers',
    source: 'https://code.claude.com/docs/en/mcp#managed-mcp-configuration',
    verified: true,
  },
  {
    client: 'claude-code',
    scope: 'managed',
    layouts: ['windows'],
    base: 'system',
    path: 'Program Files/ClaudeCode/managed-mcp.json',
    format: 'json',
    schema: 'mcpServers',
    source: 'https://code.claude.com/docs/en/mcp#managed-mcp-configuration',
    verified: true,
  },
  {
    client: 'claude-code',
    scope: 'managed',
    layouts: ['windows'],
    base: 'system',
    path: 'ProgramData/ClaudeCode/managed-mcp.json',
    format: 'json',
    schema: 'mcpServers',
    source: 'older Claude Code releases (C:\\ProgramData\\ClaudeCode); not re-verified',
    verified: false,
  },
  {
    client: 'claude-code',
    scope: 'managed',
    layouts: ['macos'],
    base: 'system',
    path: 'Library/Application Support/ClaudeCode/managed-settings.json',
    format: 'json',
    schema: 'claude-settings',
    source: 'https://code.claude.com/docs/en/settings (managed settings)',
    verified: true,
  },
  {
    client: 'claude-code',
    scope: 'managed',
    layouts: ['linux'],
    base: 'system',
    path: 'etc/claude-code/managed-settings.json',
    format: 'json',
    schema: 'claude-settings',
    source: 'https://code.claude.com/docs/en/settings (managed settings)',
    verified: true,
  },
  {
    client: 'claude-code',
    scope: 'managed',
    layouts: ['windows'],
    base: 'system',
    path: 'Program Files/ClaudeCode/managed-settings.json',
    format: 'json',
    schema: 'claude-settings',
    source: 'https://code.claude.com/docs/en/settings (managed settings)',
    verified: true,
  },
  {
    client: 'claude-code',
    scope: 'project',
    layouts: ALL,
    base: 'home',
    path: '.mcp.json',
    format: 'json',
    schema: 'mcpServers',
    source: 'https://code.claude.com/docs/en/mcp (project scope applies when claude runs in ~)',
    verified: false,
  },
  {
    client: 'claude-code',
    scope: 'project',
    layouts: ALL,
    base: 'project',
    path: '.mcp.json',
    format: 'json',
    schema: 'mcpServers',
    source: 'https://code.claude.com/docs/en/mcp (project scope)',
    verified: true,
  },
  {
    client: 'claude-code',
    scope: 'project',
    layouts: ALL,
    base: 'project',
    path: '.claude/settings.json',
    format: 'json',
    schema: 'claude-settings',
    source: 'https://code.claude.com/docs/en/settings',
    verified: true,
  },
  {
    client: 'claude-code',
    scope: 'project',
    layouts: ALL,
    base: 'project',
    path: '.claude/settings.local.json',
    format: 'json',
    schema: 'claude-settings',
    source: 'https://code.claude.com/docs/en/settings',
    verified: true,
  },

  // Cursor: https://cursor.com/docs/mcp (global ~/.cursor/mcp.json, Windows %USERPROFILE%,
  // project .cursor/mcp.json). LM Studio states it follows Cursor's notation.
  {
    client: 'cursor',
    scope: 'user',
    layouts: ALL,
    base: 'home',
    path: '.cursor/mcp.json',
    format: 'json',
    schema: 'mcpServers',
    source: 'https://cursor.com/docs/mcp (tableau/tableau-mcp and mescius docs agree)',
    verified: true,
  },
  {
    client: 'cursor',
    scope: 'project',
    layouts: ALL,
    base: 'project',
    path: '.cursor/mcp.json',
    format: 'json',
    schema: 'mcpServers',
    source: 'https://cursor.com/docs/mcp (tableau/tableau-mcp and mescius docs agree)',
    verified: true,
  },

  ...vscodeLocations('vscode', 'Code'),
  ...vscodeLocations('vscode-insiders', 'Code - Insiders'),
  {
    client: 'vscode',
    scope: 'project',
    layouts: ALL,
    base: 'project',
    path: '.vscode/mcp.json',
    format: 'jsonc',
    schema: 'vscode-mcp',
    source: 'https://code.visualstudio.com/docs/copilot/reference/mcp-configuration',
    verified: true,
  },
  {
    client: 'vscode',
    scope: 'project',
    layouts: ALL,
    base: 'project',
    path: '.vscode/settings.json',
    format: 'jsonc',
    schema: 'vscode-settings',
    source: 'https://code.visualstudio.com/docs/copilot/reference/mcp-configuration (legacy)',
    verified: true,
  },

  // GitHub Copilot CLI: the VS Code reference names `$COPILOT_HOME/mcp-config.json` with
  // `~/.copilot/mcp-config.json` as the fallback ("mcpServers" key).
  {
    client: 'copilot-cli',
    scope: 'user',
    layouts: ALL,
    base: 'home',
    path: '.copilot/mcp-config.json',
    format: 'json',
    schema: 'mcpServers',
    source:
      'https://code.visualstudio.com/docs/agents/reference/mcp-configuration (Copilot format)',
    verified: true,
  },

  // Windsurf: https://docs.windsurf.com/windsurf/cascade/mcp; %USERPROFILE% on Windows
  // (omar-haris/smart-coding-mcp docs, confluentinc/mcp-confluent docs). `serverUrl` for remote.
  {
    client: 'windsurf',
    scope: 'user',
    layouts: ALL,
    base: 'home',
    path: '.codeium/windsurf/mcp_config.json',
    format: 'json',
    schema: 'mcpServers',
    source: 'https://docs.windsurf.com/windsurf/cascade/mcp',
    verified: true,
  },

  ...extensionLocations('cline', 'saoudrizwan.claude-dev', 'cline_mcp_settings.json'),
  ...extensionLocations('roo-code', 'rooveterinaryinc.roo-cline', 'mcp_settings.json'),
  {
    client: 'roo-code',
    scope: 'project',
    layouts: ALL,
    base: 'project',
    path: '.roo/mcp.json',
    format: 'json',
    schema: 'mcpServers',
    source: 'https://docs.roocode.com/features/mcp/using-mcp-in-roo (project-level .roo/mcp.json)',
    verified: true,
  },

  // Continue: https://docs.continue.dev/customize/deep-dives/mcp: mcpServers list in
  // ~/.continue/config.yaml; block files (YAML, or Claude-style JSON) in .continue/mcpServers/.
  // config.json is the deprecated format (experimental.modelContextProtocolServers).
  {
    client: 'continue',
    scope: 'user',
    layouts: ALL,
    base: 'home',
    path: '.continue/config.yaml',
    format: 'yaml',
    schema: 'continue-config-yaml',
    source: 'https://docs.continue.dev/reference (config.yaml mcpServers)',
    verified: true,
  },
  {
    client: 'continue',
    scope: 'user',
    layouts: ALL,
    base: 'home',
    path: '.continue/config.json',
    format: 'jsonc',
    schema: 'continue-config-json',
    source: 'https://docs.continue.dev/reference/json-reference (deprecated)',
    verified: true,
  },
  ...(['yaml', 'yml', 'json'] as const).flatMap((ext) =>
    (['user', 'project'] as const).map(
      (scope): LocationSpec => ({
        client: 'continue',
        scope,
        layouts: ALL,
        base: scope === 'user' ? 'home' : 'project',
        path: `.continue/mcpServers/*.${ext}`,
        format: ext === 'json' ? 'jsonc' : 'yaml',
        schema: 'continue-block',
        source: 'continuedev/continue PR 8021 (docs/customize/deep-dives/mcp.mdx)',
        verified: true,
      }),
    ),
  ),

  // Zed: https://zed.dev/docs/ai/mcp (`context_servers` in settings.json). Zed keeps settings in
  // ~/.config/zed on macOS and Linux, %APPDATA%\Zed on Windows; project .zed/settings.json.
  {
    client: 'zed',
    scope: 'user',
    layouts: POSIX,
    base: 'xdg-config',
    path: 'zed/settings.json',
    format: 'jsonc',
    schema: 'zed',
    source: 'https://zed.dev/docs/ai/mcp; https://zed.dev/docs/configuring-zed',
    verified: true,
  },
  {
    client: 'zed',
    scope: 'user',
    layouts: ['windows'],
    base: 'appdata',
    path: 'Zed/settings.json',
    format: 'jsonc',
    schema: 'zed',
    source: 'https://zed.dev/docs/configuring-zed (Windows path not re-verified)',
    verified: false,
  },
  {
    client: 'zed',
    scope: 'project',
    layouts: ALL,
    base: 'project',
    path: '.zed/settings.json',
    format: 'jsonc',
    schema: 'zed',
    source: 'https://zed.dev/docs/configuring-zed (project settings)',
    verified: true,
  },

  // Gemini CLI: https://geminicli.com/docs/cli/configuration: user ~/.gemini/settings.json,
  // project .gemini/settings.json, system /etc/gemini-cli, /Library/Application Support/GeminiCli,
  // C:\ProgramData\gemini-cli. `trust: true` bypasses tool-call confirmation.
  {
    client: 'gemini-cli',
    scope: 'user',
    layouts: ALL,
    base: 'home',
    path: '.gemini/settings.json',
    format: 'jsonc',
    schema: 'mcpServers',
    source: 'https://geminicli.com/docs/cli/configuration',
    verified: true,
  },
  {
    client: 'gemini-cli',
    scope: 'project',
    layouts: ALL,
    base: 'project',
    path: '.gemini/settings.json',
    format: 'jsonc',
    schema: 'mcpServers',
    source: 'https://geminicli.com/docs/cli/configuration',
    verified: true,
  },
  {
    client: 'gemini-cli',
    scope: 'managed',
    layouts: ['linux'],
    base: 'system',
    path: 'etc/gemini-cli/settings.json',
    format: 'jsonc',
    schema: 'mcpServers',
    source: 'https://geminicli.com/docs/cli/configuration (system settings)',
    verified: true,
  },
  {
    client: 'gemini-cli',
    scope: 'managed',
    layouts: ['macos'],
    base: 'system',
    path: 'Library/Application Support/GeminiCli/settings.json',
    format: 'jsonc',
    schema: 'mcpServers',
    source: 'https://geminicli.com/docs/cli/configuration (system settings)',
    verified: true,
  },
  {
    client: 'gemini-cli',
    scope: 'managed',
    layouts: ['windows'],
    base: 'system',
    path: 'ProgramData/gemini-cli/settings.json',
    format: 'jsonc',
    schema: 'mcpServers',
    source: 'https://geminicli.com/docs/cli/configuration (system settings)',
    verified: true,
  },

  // Codex: https://developers.openai.com/codex/mcp: [mcp_servers.<name>] tables in
  // ~/.codex/config.toml ($CODEX_HOME), and .codex/config.toml in a trusted project
  // (docs.rs tuff-adapter-codex MCP_CONFIG_RELPATH, checked against Codex CLI 0.154.0).
  {
    client: 'codex',
    scope: 'user',
    layouts: ALL,
    base: 'home',
    path: '.codex/config.toml',
    format: 'toml',
    schema: 'codex',
    source: 'https://developers.openai.com/codex/mcp; openai/codex docs/config.md',
    verified: true,
  },
  {
    client: 'codex',
    scope: 'project',
    layouts: ALL,
    base: 'project',
    path: '.codex/config.toml',
    format: 'toml',
    schema: 'codex',
    source: 'docs.rs/tuff-adapter-codex MCP_CONFIG_RELPATH (Codex CLI 0.154.0)',
    verified: true,
  },

  // OpenCode: https://opencode.ai/docs/mcp-servers: `mcp` map (type local|remote, command array,
  // environment) in opencode.json(c), .opencode/opencode.json(c), ~/.config/opencode/.
  ...(['json', 'jsonc'] as const).flatMap((ext): LocationSpec[] => [
    {
      client: 'opencode',
      scope: 'user',
      layouts: ALL,
      base: 'xdg-config',
      path: `opencode/opencode.${ext}`,
      format: 'jsonc',
      schema: 'opencode',
      source: 'https://opencode.ai/docs/mcp-servers; https://opencode.ai/docs/config',
      verified: true,
    },
    {
      client: 'opencode',
      scope: 'project',
      layouts: ALL,
      base: 'project',
      path: `opencode.${ext}`,
      format: 'jsonc',
      schema: 'opencode',
      source: 'https://opencode.ai/docs/config',
      verified: true,
    },
    {
      client: 'opencode',
      scope: 'project',
      layouts: ALL,
      base: 'project',
      path: `.opencode/opencode.${ext}`,
      format: 'jsonc',
      schema: 'opencode',
      source: 'https://opencode.ai/docs/config',
      verified: true,
    },
  ]),

  // Amazon Q Developer: legacy ~/.aws/amazonq/mcp.json and workspace .amazonq/mcp.json
  // (dev.to/aws "Configuring MCP with Amazon Q CLI"); current CLI agents in
  // ~/.aws/amazonq/cli-agents/*.json, IDE agent ~/.aws/amazonq/agents/default.json
  // (docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/qdev-mcp.html).
  {
    client: 'amazon-q',
    scope: 'user',
    layouts: ALL,
    base: 'home',
    path: '.aws/amazonq/mcp.json',
    format: 'json',
    schema: 'mcpServers',
    source: 'dev.to/aws/configuring-model-context-protocol-mcp-with-amazon-q-cli-e80',
    verified: true,
  },
  {
    client: 'amazon-q',
    scope: 'user',
    layouts: ALL,
    base: 'home',
    path: '.aws/amazonq/cli-agents/*.json',
    format: 'json',
    schema: 'amazonq-agent',
    source: 'https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/qdev-mcp.html',
    verified: true,
  },
  {
    client: 'amazon-q',
    scope: 'user',
    layouts: ALL,
    base: 'home',
    path: '.aws/amazonq/agents/default.json',
    format: 'json',
    schema: 'amazonq-agent',
    source: 'https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/qdev-mcp.html',
    verified: true,
  },
  {
    client: 'amazon-q',
    scope: 'project',
    layouts: ALL,
    base: 'project',
    path: '.amazonq/mcp.json',
    format: 'json',
    schema: 'mcpServers',
    source: 'dev.classmethod.jp/articles/qdev-mcp-command (workspace config)',
    verified: true,
  },
  {
    client: 'amazon-q',
    scope: 'project',
    layouts: ALL,
    base: 'project',
    path: '.amazonq/cli-agents/*.json',
    format: 'json',
    schema: 'amazonq-agent',
    source: 'aws/amazon-q-developer-cli docs/agent-format.md (local agents); not re-verified',
    verified: false,
  },

  // Kiro: https://kiro.dev/docs/mcp/configuration (user ~/.kiro/settings/mcp.json, workspace
  // .kiro/settings/mcp.json; autoApprove lists).
  {
    client: 'kiro',
    scope: 'user',
    layouts: ALL,
    base: 'home',
    path: '.kiro/settings/mcp.json',
    format: 'json',
    schema: 'mcpServers',
    source: 'https://kiro.dev/docs/mcp/configuration',
    verified: true,
  },
  {
    client: 'kiro',
    scope: 'project',
    layouts: ALL,
    base: 'project',
    path: '.kiro/settings/mcp.json',
    format: 'json',
    schema: 'mcpServers',
    source: 'https://kiro.dev/docs/mcp/configuration',
    verified: true,
  },

  // Goose: https://block.github.io/goose/docs/guides/config-files: ~/.config/goose/config.yaml,
  // %APPDATA%\Block\goose\config\config.yaml; `extensions` map (cmd, args, envs, uri).
  {
    client: 'goose',
    scope: 'user',
    layouts: POSIX,
    base: 'xdg-config',
    path: 'goose/config.yaml',
    format: 'yaml',
    schema: 'goose',
    source: 'https://block.github.io/goose/docs/guides/config-files',
    verified: true,
  },
  {
    client: 'goose',
    scope: 'user',
    layouts: ['windows'],
    base: 'appdata',
    path: 'Block/goose/config/config.yaml',
    format: 'yaml',
    schema: 'goose',
    source: 'https://block.github.io/goose/docs/guides/config-files',
    verified: true,
  },

  // LM Studio: https://lmstudio.ai/docs/app/mcp says "the app's mcp.json" in Cursor notation
  // without naming the path; ~/.lmstudio/mcp.json is the LM Studio home used by the app.
  {
    client: 'lm-studio',
    scope: 'user',
    layouts: ALL,
    base: 'home',
    path: '.lmstudio/mcp.json',
    format: 'json',
    schema: 'mcpServers',
    source: 'https://lmstudio.ai/docs/app/mcp (path itself not stated in the docs)',
    verified: false,
  },
];

/** Locations whose base is a project directory: what `--root` looks for in each directory. */
export const PROJECT_LOCATIONS: readonly LocationSpec[] = LOCATIONS.filter(
  (l) => l.base === 'project',
);

/** Regex source for a location path pattern: `*` matches within one path segment. */
export function globSource(pattern: string): string {
  return pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
}
