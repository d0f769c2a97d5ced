import { join } from 'node:path';
import type { LogSourceKind } from './facts.ts';

/** A place an MCP client writes logs or its own history, resolved for one OS and home. */
export interface WellKnownLocation {
  client: string;
  /** A directory, a file, or a glob. */
  path: string;
  kind: LogSourceKind;
}

export interface LocationEnv {
  platform: NodeJS.Platform;
  home: string;
  /** %APPDATA% on Windows (defaults to <home>\AppData\Roaming). */
  appData?: string;
}

/**
 * The well-known log and history locations of MCP clients. Sources (checked 2026-11):
 * - Claude Desktop: modelcontextprotocol.io/docs/tools/debugging (`~/Library/Logs/Claude/mcp*.log`);
 *   Windows `%APPDATA%\Claude\logs`, Linux `~/.config/Claude/logs` (server guides, e.g. pgEdge docs).
 * - Claude Code: `~/.claude/projects/<slug>/<session>.jsonl` transcripts hold every tool output,
 *   `~/.claude/history.jsonl` every prompt (community format notes; Anthropic documents the
 *   location, not the format).
 * - Codex CLI: `~/.codex/sessions/YYYY/MM/DD/rollout-*.jsonl` (openai/codex issue 2288),
 *   `~/.codex/log/`, `~/.codex/history.jsonl`.
 * - Gemini CLI: `~/.gemini/tmp/<project_hash>/` chats and checkpoints (geminicli.com/docs/cli).
 * - Goose: `~/.local/state/goose/logs/`, Windows `%APPDATA%\Block\goose\data\logs`
 *   (block.github.io/goose/docs/guides/logs).
 * - Cline / Roo Code / Kilo Code: VS Code `globalStorage/<extension id>/tasks/<id>/`
 *   (docs.cline.bot/troubleshooting/task-history-recovery), and `~/.cline/data/tasks`.
 * - VS Code, Cursor, Windsurf: the Electron user-data `logs/` folder, where the extension host
 *   and MCP output channels are written per window.
 */
export function wellKnownLocations(env: LocationEnv): WellKnownLocation[] {
  const { home, platform } = env;
  const out: WellKnownLocation[] = [];
  const add = (client: string, path: string, kind: LogSourceKind) =>
    out.push({ client, path, kind });
  const appData = env.appData ?? join(home, 'AppData', 'Roaming');
  // Electron apps keep user data in one place per OS.
  const userData = (app: string): string =>
    platform === 'darwin'
      ? join(home, 'Library', 'Application Support', app)
      : platform === 'win32'
        ? join(appData, app)
        : join(home, '.config', app);

  if (platform === 'darwin') add('Claude Desktop', join(home, 'Library/Logs/Claude'), 'log');
  else if (platform === 'win32') add('Claude Desktop', join(appData, 'Claude', 'logs'), 'log');
  else add('Claude Desktop', join(home, '.config/Claude/logs'), 'log');

  add('Claude Code', join(home, '.claude', 'projects'), 'assistant-history');
  add('Claude Code', join(home, '.claude', 'history.jsonl'), 'assistant-history');
  add('Codex CLI', join(home, '.codex', 'log'), 'log');
  add('Codex CLI', join(home, '.codex', 'sessions'), 'assistant-history');
  add('Codex CLI', join(home, '.codex', 'archived_sessions'), 'assistant-history');
  add('Codex CLI', join(home, '.codex', 'history.jsonl'), 'assistant-history');
  add('Gemini CLI', join(home, '.gemini', 'tmp'), 'assistant-history');
  if (platform === 'win32') add('Goose', join(appData, 'Block', 'goose', 'data', 'logs'), 'log');
  else add('Goose', join(home, '.local', 'state', 'goose', 'logs'), 'log');

  for (const [client, app] of [
    ['VS Code', 'Code'],
    ['VS Code Insiders', 'Code - Insiders'],
    ['Cursor', 'Cursor'],
    ['Windsurf', 'Windsurf'],
  ] as const) {
    add(client, join(userData(app), 'logs'), 'log');
  }
  for (const [client, ext] of [
    ['Cline', 'saoudrizwan.claude-dev'],
    ['Roo Code', 'rooveterinaryinc.roo-cline'],
    ['Kilo Code', 'kilocode.kilo-code'],
  ] as const) {
    add(client, join(userData('Code'), 'User', 'globalStorage', ext, 'tasks'), 'assistant-history');
  }
  add('Cline', join(home, '.cline', 'data', 'tasks'), 'assistant-history');
  return out;
}
