/**
 * Facts gathered by discovering MCP client configurations (issue 5: inventory and config audit).
 * One target per config file; `entries` are the servers that file defines. Env and header values
 * are kept so checks can look for literal secrets; renderers and findings never print them.
 */
export type ConfigClient =
  | 'claude-desktop'
  | 'claude-code'
  | 'cursor'
  | 'vscode'
  | 'vscode-insiders'
  | 'copilot-cli'
  | 'windsurf'
  | 'cline'
  | 'roo-code'
  | 'continue'
  | 'zed'
  | 'gemini-cli'
  | 'codex'
  | 'opencode'
  | 'amazon-q'
  | 'kiro'
  | 'goose'
  | 'lm-studio';

/** `local` is Claude Code's per-project entry kept in the user's ~/.claude.json. */
export type ConfigScope = 'managed' | 'user' | 'local' | 'project' | 'extension';

export type ConfigFormat = 'json' | 'jsonc' | 'toml' | 'yaml';

export type OsLayout = 'macos' | 'linux' | 'windows';

export type ServerTransport = 'stdio' | 'http' | 'sse' | 'unknown';

/** A launchable artefact derived from a server's command line. */
export interface PackageRef {
  ecosystem: 'npm' | 'pypi' | 'docker' | 'git';
  /** The launcher that fetches it: `npx`, `uvx`, `pipx`, `bunx`, `docker`… */
  launcher: string;
  name: string;
  /** Version, tag or commit as written; absent when none was given. */
  version?: string;
  /** True only for an exact version, a digest or a full commit id. */
  pinned: boolean;
}

/** One MCP server as one client sees it. */
export interface ServerEntry {
  client: ConfigClient;
  scope: ConfigScope;
  /** Absolute path of the config file that defines it. */
  file: string;
  name: string;
  /** Where in the file, e.g. `mcpServers.github` or `projects["/src/app"].mcpServers.db`. */
  keyPath: string;
  /** Claude Code per-project entries: the project directory they apply to. */
  project?: string;
  transport: ServerTransport;
  command?: string;
  args: string[];
  url?: string;
  /** Values kept for checks only; never printed. */
  env: Record<string, string>;
  /** Values kept for checks only; never printed. */
  headers: Record<string, string>;
  cwd?: string;
  disabled?: boolean;
  package?: PackageRef;
  /** Raw consent settings as written: autoApprove, alwaysAllow, trust, tools… */
  consent: Record<string, unknown>;
}

/** A client-level setting that widens consent (auto-approval, blanket permissions). */
export interface ConsentSetting {
  /** Key path in the file, e.g. `permissions.allow` or `approval_policy`. */
  field: string;
  value: string;
}

export interface ConfigFileMeta {
  path: string;
  client: ConfigClient;
  scope: ConfigScope;
  format: ConfigFormat;
  /** Which OS path convention found it (`any` for project files found by --root). */
  layout: OsLayout | 'any';
  size: number;
  /** POSIX permission bits (`mode & 0o777`); absent where they mean nothing (Windows). */
  mode?: number;
  /** Found by walking a repository tree (--root): it runs for whoever opens the repo. */
  inRepository: boolean;
  /** Where this location is documented. */
  source: string;
}

export interface ConfigFacts {
  file: ConfigFileMeta;
  entries: ServerEntry[];
  settings: ConsentSetting[];
  /** Set when a limit cut the file short (too many entries). */
  truncated?: string;
}
