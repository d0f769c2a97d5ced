import type { ConsentSetting, ServerEntry } from './facts.ts';
import type { ConfigSchema } from './locations.ts';
import { type EntryContext, isObj, normalizeServer, type Obj, own } from './normalize.ts';

export interface Extracted {
  entries: ServerEntry[];
  settings: ConsentSetting[];
  truncated?: string;
  /** Claude Code: project directories named in ~/.claude.json (their .mcp.json applies). */
  projectDirs?: string[];
}

type Base = Omit<EntryContext, 'name' | 'keyPath'>;

const MAX_ENTRIES = 1000;

function quoteKey(k: string): string {
  return /^[A-Za-z_][\w-]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`;
}

class Collector {
  entries: ServerEntry[] = [];
  settings: ConsentSetting[] = [];
  truncated: string | undefined;
  projectDirs: string[] | undefined;

  add(raw: unknown, base: Base, name: string, keyPath: string): void {
    if (this.entries.length >= MAX_ENTRIES) {
      this.truncated = `more than ${MAX_ENTRIES} server entries; the rest were not read`;
      return;
    }
    const e = normalizeServer(raw, { ...base, name, keyPath });
    if (e) this.entries.push(e);
  }

  map(container: unknown, base: Base, prefix: string): void {
    if (!isObj(container)) return;
    for (const name of Object.keys(container)) {
      this.add(container[name], base, name, `${prefix}${quoteKey(name)}`);
    }
  }

  list(container: unknown, base: Base, prefix: string): void {
    if (!Array.isArray(container)) return;
    container.forEach((raw, i) => {
      const name =
        isObj(raw) && typeof own(raw, 'name') === 'string' ? (own(raw, 'name') as string) : `#${i}`;
      this.add(raw, base, name, `${prefix}[${i}]`);
    });
  }

  setting(field: string, value: unknown): void {
    if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') {
      this.settings.push({ field, value: String(value).slice(0, 200) });
    }
  }

  result(): Extracted {
    const r: Extracted = { entries: this.entries, settings: this.settings };
    if (this.truncated) r.truncated = this.truncated;
    if (this.projectDirs) r.projectDirs = this.projectDirs;
    return r;
  }
}

function path(o: unknown, ...keys: string[]): unknown {
  let cur = o;
  for (const k of keys) {
    if (!isObj(cur)) return undefined;
    cur = own(cur, k);
  }
  return cur;
}

/** Claude Code permission rules that pre-approve MCP tools (`mcp__server__tool`, `mcp__*`). */
function claudePermissions(c: Collector, doc: Obj, prefix: string): void {
  const allow = path(doc, 'permissions', 'allow');
  if (Array.isArray(allow)) {
    for (const rule of allow.slice(0, 1000)) {
      if (typeof rule === 'string' && /^mcp__/i.test(rule))
        c.setting(`${prefix}permissions.allow`, rule);
    }
  }
  const mode = path(doc, 'permissions', 'defaultMode');
  if (mode === 'bypassPermissions') c.setting(`${prefix}permissions.defaultMode`, mode);
  if (own(doc, 'enableAllProjectMcpServers') === true) {
    c.setting(`${prefix}enableAllProjectMcpServers`, true);
  }
}

/**
 * Pulls server entries and consent settings out of a parsed config, per schema. Unknown shapes
 * yield nothing rather than throwing: a config that parses but holds no servers is still listed
 * in coverage as checked.
 */
export function extract(doc: unknown, schema: ConfigSchema, base: Base): Extracted {
  const c = new Collector();
  if (!isObj(doc)) return c.result();
  switch (schema) {
    case 'mcpServers':
    case 'claude-plugin':
      // Per-server consent keys (autoApprove, alwaysAllow, trust) are kept by normalizeServer.
      c.map(own(doc, 'mcpServers'), base, 'mcpServers');
      break;
    case 'vscode-mcp':
      c.map(own(doc, 'servers'), base, 'servers');
      break;
    case 'vscode-settings': {
      const mcp = own(doc, 'mcp');
      c.map(path(mcp, 'servers'), base, 'mcp.servers');
      // chat.tools.autoApprove (later chat.tools.global.autoApprove) approves every tool call.
      for (const key of ['chat.tools.autoApprove', 'chat.tools.global.autoApprove']) {
        if (own(doc, key) === true) c.setting(key, true);
      }
      break;
    }
    case 'claude-json': {
      c.map(own(doc, 'mcpServers'), base, 'mcpServers');
      const projects = own(doc, 'projects');
      if (isObj(projects)) c.projectDirs = Object.keys(projects).slice(0, 5000);
      if (isObj(projects)) {
        for (const dir of Object.keys(projects).slice(0, 5000)) {
          const p = projects[dir];
          if (!isObj(p)) continue;
          c.map(
            own(p, 'mcpServers'),
            { ...base, scope: 'local', project: dir },
            `projects${quoteKey(dir)}.mcpServers`,
          );
          claudePermissions(c, p, `projects${quoteKey(dir)}.`);
          const allowed = own(p, 'allowedTools');
          if (Array.isArray(allowed)) {
            for (const t of allowed.slice(0, 1000)) {
              if (typeof t === 'string' && /^mcp__/i.test(t))
                c.setting(`projects${quoteKey(dir)}.allowedTools`, t);
            }
          }
        }
      }
      claudePermissions(c, doc, '');
      break;
    }
    case 'claude-settings':
      claudePermissions(c, doc, '');
      break;
    case 'zed':
      c.map(own(doc, 'context_servers'), base, 'context_servers');
      break;
    case 'codex':
      c.map(own(doc, 'mcp_servers'), base, 'mcp_servers');
      // approval_policy = "never" runs every tool call without asking (developers.openai.com/codex).
      if (own(doc, 'approval_policy') === 'never') c.setting('approval_policy', 'never');
      if (own(doc, 'sandbox_mode') === 'danger-full-access')
        c.setting('sandbox_mode', 'danger-full-access');
      break;
    case 'opencode': {
      const mcp = own(doc, 'mcp');
      // v2 docs nest servers under mcp.servers; v1 puts them directly under mcp.
      if (isObj(mcp) && isObj(own(mcp, 'servers'))) c.map(own(mcp, 'servers'), base, 'mcp.servers');
      else c.map(mcp, base, 'mcp');
      const perm = own(doc, 'permission');
      if (perm === 'allow') c.setting('permission', 'allow');
      break;
    }
    case 'goose': {
      const ext = own(doc, 'extensions');
      if (isObj(ext)) {
        for (const name of Object.keys(ext)) {
          const e = ext[name];
          if (!isObj(e)) continue;
          const type = own(e, 'type');
          if (type === 'builtin' || type === 'platform') continue;
          const cfg = isObj(own(e, 'config'))
            ? { ...(own(e, 'config') as Obj), enabled: own(e, 'enabled') }
            : e;
          c.add(cfg, base, name, `extensions${quoteKey(name)}`);
        }
      } else c.list(ext, base, 'extensions');
      // GOOSE_MODE: auto approves every tool call (block.github.io/goose config-files).
      if (own(doc, 'GOOSE_MODE') === 'auto') c.setting('GOOSE_MODE', 'auto');
      break;
    }
    case 'continue-config-yaml':
      c.list(own(doc, 'mcpServers'), base, 'mcpServers');
      break;
    case 'continue-config-json':
      c.list(
        path(doc, 'experimental', 'modelContextProtocolServers'),
        base,
        'experimental.modelContextProtocolServers',
      );
      break;
    case 'continue-block': {
      const servers = own(doc, 'mcpServers');
      if (Array.isArray(servers)) c.list(servers, base, 'mcpServers');
      else c.map(servers, base, 'mcpServers');
      break;
    }
    case 'mcpb-manifest': {
      const cfg = path(doc, 'server', 'mcp_config');
      const name =
        typeof own(doc, 'name') === 'string' ? (own(doc, 'name') as string) : 'extension';
      if (isObj(cfg)) c.add(cfg, base, name, 'server.mcp_config');
      break;
    }
    case 'amazonq-agent': {
      c.map(own(doc, 'mcpServers'), base, 'mcpServers');
      const allowed = own(doc, 'allowedTools');
      if (Array.isArray(allowed)) {
        for (const t of allowed.slice(0, 1000)) {
          // "@server" or "*" pre-approve every tool of that server (amazon-q-developer-cli agent-format.md).
          if (typeof t === 'string' && (t === '*' || /^@[^/]+(?:\/\*)?$/.test(t)))
            c.setting('allowedTools', t);
        }
      }
      break;
    }
  }
  return c.result();
}
