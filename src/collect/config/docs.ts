import type { ConfigClient } from './facts.ts';
import { LOCATIONS, type LocationBase } from './locations.ts';

/** Display name and what was checked, per client (docs/clients.md). */
export const CLIENT_INFO: Record<ConfigClient, { name: string; checked: string }> = {
  'claude-desktop': {
    name: 'Claude Desktop',
    checked: 'MCP quickstart and Desktop Extensions (.mcpb manifest 0.3) docs, read 2026-11-24',
  },
  'claude-code': {
    name: 'Claude Code',
    checked: 'code.claude.com MCP, settings and plugins docs, read 2026-11-24',
  },
  cursor: { name: 'Cursor', checked: 'cursor.com/docs/mcp, read 2026-11-24' },
  vscode: {
    name: 'VS Code',
    checked: 'MCP configuration reference (servers key; legacy mcp setting), read 2026-11-24',
  },
  'vscode-insiders': {
    name: 'VS Code Insiders',
    checked: 'same reference as VS Code; "Code - Insiders" user dir',
  },
  'copilot-cli': {
    name: 'GitHub Copilot CLI',
    checked: 'VS Code MCP reference, portable Copilot format, read 2026-11-24',
  },
  windsurf: { name: 'Windsurf', checked: 'docs.windsurf.com cascade/mcp, read 2026-11-24' },
  cline: {
    name: 'Cline',
    checked: 'VS Code globalStorage layout (community guides); not run against a live install',
  },
  'roo-code': {
    name: 'Roo Code',
    checked: 'Roo docs (project .roo/mcp.json) and globalStorage layout',
  },
  continue: {
    name: 'Continue',
    checked: 'config.yaml reference and mcpServers block docs (continuedev/continue PR 8021)',
  },
  zed: { name: 'Zed', checked: 'zed.dev/docs/ai/mcp (context_servers), read 2026-11-24' },
  'gemini-cli': {
    name: 'Gemini CLI',
    checked: 'geminicli.com configuration and MCP server docs, read 2026-11-24',
  },
  codex: {
    name: 'OpenAI Codex CLI',
    checked:
      'Codex MCP docs; project config checked against Codex CLI 0.154.0 (docs.rs tuff-adapter-codex)',
  },
  opencode: {
    name: 'OpenCode',
    checked: 'opencode.ai MCP servers docs (v1 `mcp` map, v2 `mcp.servers`), read 2026-11-24',
  },
  'amazon-q': {
    name: 'Amazon Q Developer',
    checked: 'AWS Q Developer MCP docs (cli-agents, IDE default agent) and legacy mcp.json guides',
  },
  kiro: { name: 'Kiro', checked: 'kiro.dev/docs/mcp/configuration, read 2026-11-24' },
  goose: { name: 'Goose', checked: 'block.github.io/goose config-files guide, read 2026-11-24' },
  'lm-studio': {
    name: 'LM Studio',
    checked: 'lmstudio.ai/docs/app/mcp (LM Studio 0.3.17+); file path not stated there',
  },
};

const BASE_LABEL: Record<LocationBase, Record<string, string>> = {
  home: { macos: '~', linux: '~', windows: '~' },
  'xdg-config': { macos: '~/.config', linux: '$XDG_CONFIG_HOME (~/.config)', windows: '~/.config' },
  'mac-app-support': { macos: '~/Library/Application Support' },
  appdata: { windows: '%APPDATA%' },
  localappdata: { windows: '%LOCALAPPDATA%' },
  system: { macos: '', linux: '', windows: 'C:' },
  project: { macos: '<project>', linux: '<project>', windows: '<project>' },
};

function shown(base: LocationBase, layouts: string[], path: string): string {
  const labels = [...new Set(layouts.map((l) => BASE_LABEL[base][l] ?? ''))];
  const prefix = labels.length === 1 ? labels[0] : labels.join(' or ');
  return `${prefix}/${path}`;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

/**
 * docs/clients.md, generated from the locations table so the two cannot drift
 * (test/collect/config/docs.test.ts fails when the committed copy is stale).
 */
export function clientsMarkdown(): string {
  const lines: string[] = [
    '# Where MCP clients keep their configuration',
    '',
    '<!-- Generated from src/collect/config/locations.ts by clientsMarkdown() in',
    '     src/collect/config/docs.ts. Do not edit by hand. -->',
    '',
    '`mcp-warden discover` and `mcp-warden audit` read every location below, for all three OS',
    'path conventions at once (so a mounted disk image of any OS can be audited with',
    '`--home DIR`). Project locations are looked for in every directory under `--root DIR`',
    '(skipping `node_modules`, `.git`, `vendor`, `dist`, `build`, `.venv` and similar trees) and,',
    "on a live machine, in the project directories named in Claude Code's `~/.claude.json`.",
    '`~` is the home directory (`%USERPROFILE%` on Windows); `%APPDATA%` is',
    '`~/AppData/Roaming` under the audited home.',
    'System (managed) locations are read under `/` on a live machine, or under',
    '`--system-root DIR` when auditing another home.',
    '',
    'A file that exists but cannot be read (permissions, a directory in its place, too large) or',
    'parsed is listed in the coverage section with the reason and makes the command exit 2.',
    '',
    '"Verified" means the path and schema were confirmed against the cited source on the date',
    'given; "no" marks a path taken from convention or community sources that we could not',
    'confirm. Not verified against live installs of each client.',
    '',
  ];
  const clients = [...new Set(LOCATIONS.map((l) => l.client))];
  for (const client of clients) {
    const info = CLIENT_INFO[client];
    lines.push(`## ${info.name} (\`${client}\`)`, '', `Checked: ${info.checked}.`, '');
    lines.push('| scope | OS | path | format | servers under | verified | source |');
    lines.push('|---|---|---|---|---|---|---|');
    const rows = LOCATIONS.filter((l) => l.client === client);
    const seen = new Set<string>();
    for (const l of rows) {
      const os = l.base === 'project' ? 'any' : l.layouts.join(', ');
      const p = shown(l.base, l.layouts, l.path);
      const key = `${l.scope}|${os}|${p}`;
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(
        `| ${l.scope} | ${os} | \`${cell(p)}\` | ${l.format} | ${SCHEMA_KEY[l.schema]} | ${l.verified ? 'yes' : 'no'} | ${cell(l.source)} |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

const SCHEMA_KEY: Record<(typeof LOCATIONS)[number]['schema'], string> = {
  mcpServers: '`mcpServers`',
  'vscode-mcp': '`servers`',
  'vscode-settings': '`mcp.servers` (+ `chat.tools.autoApprove`)',
  'claude-json': '`mcpServers`, `projects[dir].mcpServers`',
  'claude-settings': '`permissions.allow` (mcp__ rules), `enableAllProjectMcpServers`',
  'claude-plugin': '`mcpServers`',
  zed: '`context_servers`',
  codex: '`[mcp_servers.<name>]` (+ `approval_policy`)',
  opencode: '`mcp` / `mcp.servers`',
  goose: '`extensions` (+ `GOOSE_MODE`)',
  'continue-config-yaml': '`mcpServers` (list)',
  'continue-config-json': '`experimental.modelContextProtocolServers`',
  'continue-block': '`mcpServers` (list or map)',
  'amazonq-agent': '`mcpServers` (+ `allowedTools`)',
  'mcpb-manifest': '`server.mcp_config`',
};

/**
 * The README's one-row-per-client summary of the same table: where the user-level and project
 * configs live and what the location was checked against.
 */
export function clientsSummaryMarkdown(): string {
  const lines = [
    '| client | user / system config | project config | checked against |',
    '|---|---|---|---|',
  ];
  const clients = [...new Set(LOCATIONS.map((l) => l.client))];
  for (const client of clients) {
    const rows = LOCATIONS.filter((l) => l.client === client);
    const paths = (pick: (l: (typeof rows)[number]) => boolean): string =>
      [
        ...new Set(rows.filter(pick).map((l) => `\`${cell(shown(l.base, l.layouts, l.path))}\``)),
      ].join('<br>') || '—';
    const info = CLIENT_INFO[client];
    lines.push(
      `| ${info.name} | ${paths((l) => l.base !== 'project')} | ${paths((l) => l.base === 'project')} | ${cell(info.checked)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
