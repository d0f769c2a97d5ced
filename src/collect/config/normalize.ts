import type { ConfigClient, ServerEntry, ServerTransport } from './facts.ts';
import { derivePackage } from './package.ts';

/** Bounds on what one hostile config entry can make us keep. */
export const ENTRY_LIMITS = { maxArgs: 256, maxString: 8192, maxMapKeys: 256 } as const;

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own enumerable keys only: a parsed `__proto__` key never leaks through a prototype. */
export function own(o: Obj, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.slice(0, ENTRY_LIMITS.maxString);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

function strList(v: unknown): string[] {
  if (typeof v === 'string') return [v.slice(0, ENTRY_LIMITS.maxString)];
  if (!Array.isArray(v)) return [];
  return v
    .slice(0, ENTRY_LIMITS.maxArgs)
    .map(str)
    .filter((s): s is string => s !== undefined);
}

function strMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObj(v)) return out;
  for (const k of Object.keys(v).slice(0, ENTRY_LIMITS.maxMapKeys)) {
    const s = str(v[k]);
    if (s !== undefined) out[k] = s;
  }
  return out;
}

const CONSENT_KEYS = [
  'autoApprove',
  'alwaysAllow',
  'trust',
  'tools',
  'allowedTools',
  'permissions',
  'approval',
  'approval_mode',
  'default_tools_approval_mode',
  'enabled_tools',
  'includeTools',
];

function consentOf(raw: Obj): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of CONSENT_KEYS) {
    const v = own(raw, k);
    if (v === undefined) continue;
    if (typeof v === 'boolean' || typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = strList(v);
    else if (isObj(v)) out[k] = strMap(v);
  }
  return out;
}

function transportOf(raw: Obj, client: ConfigClient, hasCommand: boolean): ServerTransport {
  const t = (str(own(raw, 'type')) ?? str(own(raw, 'transport')) ?? '').toLowerCase();
  if (['stdio', 'local', 'command'].includes(t)) return 'stdio';
  if (['sse'].includes(t)) return 'sse';
  if (
    ['http', 'streamable-http', 'streamablehttp', 'streamable_http', 'remote', 'ws'].includes(t)
  ) {
    return 'http';
  }
  if (hasCommand) return 'stdio';
  if (own(raw, 'httpUrl') !== undefined) return 'http';
  const url = str(own(raw, 'url')) ?? str(own(raw, 'serverUrl')) ?? str(own(raw, 'uri'));
  if (url !== undefined) {
    // Gemini CLI: `url` is the SSE endpoint, `httpUrl` Streamable HTTP (geminicli.com mcp-server).
    if (client === 'gemini-cli') return 'sse';
    if (/\/sse\/?(?:[?#]|$)/i.test(url)) return 'sse';
    return 'http';
  }
  return 'unknown';
}

/** Where an entry was found: the identifying fields of the ServerEntry it becomes. */
export type EntryContext = Pick<
  ServerEntry,
  'client' | 'scope' | 'file' | 'name' | 'keyPath' | 'project'
>;

/**
 * Normalises one server entry of any client's schema: `command`+`args` (or OpenCode's command
 * array, Goose's `cmd`), `env`/`environment`/`envs`, `url`/`serverUrl`/`httpUrl`/`uri`,
 * `headers`/`http_headers`, `disabled`/`enabled`, and the raw consent keys.
 */
export function normalizeServer(raw: unknown, ctx: EntryContext): ServerEntry | undefined {
  if (!isObj(raw)) return undefined;
  // Continue's deprecated config.json nests the launch under `transport`.
  const launch = isObj(own(raw, 'transport')) ? (own(raw, 'transport') as Obj) : raw;
  let command: string | undefined;
  let args: string[] = [];
  const cmdRaw = own(launch, 'command') ?? own(launch, 'cmd');
  if (Array.isArray(cmdRaw)) {
    const parts = strList(cmdRaw);
    command = parts[0];
    args = parts.slice(1);
  } else {
    command = str(cmdRaw);
  }
  args = [...args, ...strList(own(launch, 'args'))].slice(0, ENTRY_LIMITS.maxArgs);
  const url =
    str(own(launch, 'httpUrl')) ??
    str(own(launch, 'url')) ??
    str(own(launch, 'serverUrl')) ??
    str(own(launch, 'uri'));
  const env = {
    ...strMap(own(raw, 'env')),
    ...strMap(own(raw, 'environment')),
    ...strMap(own(raw, 'envs')),
    ...strMap(own(launch, 'env')),
  };
  const headers = {
    ...strMap(own(raw, 'headers')),
    ...strMap(own(raw, 'http_headers')),
    ...strMap(
      own(launch, 'requestOptions') && isObj(own(launch, 'requestOptions'))
        ? own(own(launch, 'requestOptions') as Obj, 'headers')
        : undefined,
    ),
  };
  const entry: ServerEntry = {
    client: ctx.client,
    scope: ctx.scope,
    file: ctx.file,
    name: ctx.name.slice(0, 200),
    keyPath: ctx.keyPath.slice(0, 400),
    transport: transportOf(
      launch === raw ? raw : { ...raw, ...launch },
      ctx.client,
      command !== undefined,
    ),
    args,
    env,
    headers,
    consent: consentOf(raw),
  };
  if (ctx.project) entry.project = ctx.project;
  if (command !== undefined) entry.command = command;
  if (url !== undefined && command === undefined) entry.url = url;
  const cwd = str(own(raw, 'cwd'));
  if (cwd !== undefined) entry.cwd = cwd;
  if (own(raw, 'disabled') === true || own(raw, 'enabled') === false) entry.disabled = true;
  const pkg = derivePackage(command, args);
  if (pkg) entry.package = pkg;
  return entry;
}
