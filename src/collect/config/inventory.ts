import { escapeControl, truncate } from '../../util/escape.ts';
import type { Discovery } from './discover.ts';
import type { PackageRef, ServerEntry } from './facts.ts';
import { redactArgs, redactUrl } from './values.ts';

export const INVENTORY_SCHEMA = 'mcp-warden/inventory@1';

export interface InventorySighting {
  client: string;
  scope: string;
  file: string;
  name: string;
  keyPath: string;
  project?: string;
  disabled?: boolean;
}

/** One server, possibly seen by several clients (same launch command or same URL). */
export interface InventoryGroup {
  id: number;
  names: string[];
  transport: string;
  /** Command line or URL, credentials stripped and secret-looking args redacted. */
  target: string;
  package?: string;
  seenIn: InventorySighting[];
}

export interface Inventory {
  schema: typeof INVENTORY_SCHEMA;
  home: string;
  roots: string[];
  locationsChecked: number;
  filesFound: number;
  servers: number;
  groups: InventoryGroup[];
  failed: { file: string; client: string; scope: string; status: string; reason: string }[];
  gaps: string[];
}

/** `name@version` for display; `name` when unversioned. */
function packageLabel(p: PackageRef | undefined): string | undefined {
  if (!p) return undefined;
  if (!p.version) return p.name;
  return p.ecosystem === 'docker' && p.version.startsWith('sha256:')
    ? `${p.name}@${p.version}`
    : p.ecosystem === 'docker'
      ? `${p.name}:${p.version}`
      : `${p.name}@${p.version}`;
}

/** The server's launch (command + redacted args) or URL (credentials stripped), for display. */
export function displayTarget(e: ServerEntry): string {
  if (e.url !== undefined) return redactUrl(e.url);
  return [e.command ?? '', ...redactArgs(e.args)].join(' ').trim();
}

/** What makes two entries the same server: the URL (without query) or the exact launch line. */
export function serverIdentity(e: ServerEntry): string {
  if (e.url !== undefined) {
    try {
      const u = new URL(e.url);
      return `url:${u.protocol}//${u.host}${u.pathname}`;
    } catch {
      return `url:${e.url}`;
    }
  }
  return `cmd:${JSON.stringify([e.command ?? '', ...e.args])}`;
}

/** One distinct server found in configs, and every place it was seen. */
export interface DiscoveredServer {
  entry: ServerEntry;
  seenIn: ServerEntry[];
}

/** Distinct servers (same launch line or URL counts once), in discovery order. */
export function distinctServers(d: Discovery): DiscoveredServer[] {
  const map = new Map<string, DiscoveredServer>();
  for (const f of d.files) {
    for (const e of f.facts?.entries ?? []) {
      const k = serverIdentity(e);
      const s = map.get(k);
      if (s) s.seenIn.push(e);
      else map.set(k, { entry: e, seenIn: [e] });
    }
  }
  return [...map.values()];
}

function sighting(e: ServerEntry): InventorySighting {
  const s: InventorySighting = {
    client: e.client,
    scope: e.scope,
    file: e.file,
    name: e.name,
    keyPath: e.keyPath,
  };
  if (e.project) s.project = e.project;
  if (e.disabled) s.disabled = true;
  return s;
}

/** Groups every discovered entry by what it launches or connects to. */
export function buildInventory(d: Discovery): Inventory {
  const groups = distinctServers(d).map(({ entry: e, seenIn }, i) => {
    const g: InventoryGroup = {
      id: i + 1,
      names: [...new Set(seenIn.map((x) => x.name))],
      transport: e.transport,
      target: displayTarget(e),
      seenIn: seenIn.map(sighting),
    };
    const pkg = packageLabel(e.package);
    if (pkg) g.package = pkg;
    return g;
  });
  return {
    schema: INVENTORY_SCHEMA,
    home: d.home,
    roots: d.roots,
    locationsChecked: d.locationsChecked,
    filesFound: d.files.length,
    servers: groups.reduce((n, g) => n + g.seenIn.length, 0),
    groups,
    failed: d.files
      .filter((f) => f.status !== 'ok')
      .map((f) => ({
        file: f.meta.path,
        client: f.meta.client,
        scope: f.meta.scope,
        status: f.status,
        reason: f.reason ?? f.status,
      })),
    gaps: d.gaps,
  };
}

const clean = (s: string, max = 120): string => truncate(escapeControl(s), max);

/** A plain-text table: one block per server group, then the coverage section. */
export function renderInventoryTable(inv: Inventory): string {
  const lines: string[] = [];
  lines.push(
    `MCP servers: ${inv.groups.length} distinct, ${inv.servers} entries in ${inv.filesFound} config files`,
  );
  lines.push('');
  inv.groups.forEach((g) => {
    const pkg = g.package ? `  [${clean(g.package, 80)}]` : '';
    lines.push(`${g.id}. ${clean(g.names.join(', '), 80)}  (${g.transport})${pkg}`);
    lines.push(`   ${clean(g.target, 160)}`);
    for (const s of g.seenIn) {
      const proj = s.project ? ` project ${clean(s.project, 80)}` : '';
      const dis = s.disabled ? ' (disabled)' : '';
      lines.push(
        `   - ${s.client} ${s.scope}${proj}: ${clean(s.file, 240)} → ${clean(s.keyPath, 80)}${dis}`,
      );
    }
  });
  if (inv.groups.length === 0) lines.push('No MCP servers found in the locations checked.');
  lines.push('');
  lines.push(
    `Coverage: ${inv.locationsChecked} locations checked, ${inv.filesFound} config files found, ${inv.failed.length} failed`,
  );
  for (const f of inv.failed) {
    lines.push(`  ✗ ${f.client} ${f.scope}: ${clean(f.file, 240)}: ${clean(f.reason, 160)}`);
  }
  for (const g of inv.gaps) lines.push(`  ! ${clean(g, 200)}`);
  return `${lines.join('\n')}\n`;
}

function csvCell(s: string): string {
  // A leading = + - @ makes spreadsheets evaluate the cell (CSV injection, OWASP).
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV: one row per sighting, with its group id. Coverage failures as rows with status. */
export function renderInventoryCsv(inv: Inventory): string {
  const rows = [
    [
      'group',
      'client',
      'scope',
      'file',
      'server',
      'transport',
      'target',
      'package',
      'status',
      'reason',
    ],
  ];
  for (const g of inv.groups) {
    for (const s of g.seenIn) {
      rows.push([
        String(g.id),
        s.client,
        s.scope,
        s.file,
        s.name,
        g.transport,
        g.target,
        g.package ?? '',
        s.disabled ? 'disabled' : 'ok',
        '',
      ]);
    }
  }
  for (const f of inv.failed)
    rows.push(['', f.client, f.scope, f.file, '', '', '', '', f.status, f.reason]);
  return `${rows.map((r) => r.map((c) => csvCell(escapeControl(c))).join(',')).join('\n')}\n`;
}

/** JSON, with every string escaped of control characters. */
export function renderInventoryJson(inv: Inventory): string {
  return `${JSON.stringify(inv, (_k, v) => (typeof v === 'string' ? escapeControl(v) : v), 2)}\n`;
}
