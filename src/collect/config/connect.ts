import { existsSync } from 'node:fs';
import type { TargetFacts } from '../../model/facts.ts';
import type { TargetSpec } from '../spec.ts';
import type { ServerEntry } from './facts.ts';
import { type DiscoveredServer, displayTarget } from './inventory.ts';
import { globSource, PROJECT_LOCATIONS } from './locations.ts';

export type Resolved = { ok: true; value: string } | { ok: false; reason: string };

/**
 * Resolves `${VAR}`, `${env:VAR}` and `$VAR` from the given environment, the way the clients
 * do at launch. `${input:…}` and other editor variables cannot be resolved outside the editor.
 */
export function resolvePlaceholders(
  value: string,
  env: Record<string, string | undefined>,
): Resolved {
  let missing: string | undefined;
  const out = value.replace(
    /\$\{(?:env:)?([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$\{([^}]+)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_m, name?: string, dflt?: string, other?: string, bare?: string) => {
      const key = name ?? bare;
      if (key) {
        const v = env[key];
        if (v !== undefined) return v;
        if (dflt !== undefined) return dflt;
        missing ??= `environment variable ${key} is not set`;
        return '';
      }
      missing ??= `\${${other}} needs the editor to resolve it`;
      return '';
    },
  );
  return missing ? { ok: false, reason: missing } : { ok: true, value: out };
}

function resolveMap(
  m: Record<string, string>,
  env: Record<string, string | undefined>,
): { ok: true; value: Record<string, string> } | { ok: false; reason: string } {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(m)) {
    const r = resolvePlaceholders(v, env);
    if (!r.ok) return r;
    out[k] = r.value;
  }
  return { ok: true, value: out };
}

const PROJECT_FILE_RES = PROJECT_LOCATIONS.map((l) => new RegExp(`^(.*)/${globSource(l.path)}$`));

/**
 * The project directory a project-scope config belongs to (clients start project servers there):
 * the file path minus the location's relative path, e.g. `/src/app/.vscode/mcp.json` → `/src/app`.
 */
export function projectRoot(e: ServerEntry): string | undefined {
  if (e.scope !== 'project') return undefined;
  const file = e.file.replace(/\\/g, '/');
  for (const re of PROJECT_FILE_RES) {
    const m = re.exec(file);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

export type SpecResult = { ok: true; spec: TargetSpec } | { ok: false; reason: string };

/** Builds the scan spec for a discovered server (stdio or http); placeholders resolved from env. */
export function specFor(e: ServerEntry, env: Record<string, string | undefined>): SpecResult {
  if (e.disabled) return { ok: false, reason: 'disabled in its config' };
  if (e.transport === 'stdio' && e.command) {
    const cmd = resolvePlaceholders(e.command, env);
    if (!cmd.ok) return cmd;
    const args: string[] = [];
    for (const a of e.args) {
      const r = resolvePlaceholders(a, env);
      if (!r.ok) return r;
      args.push(r.value);
    }
    const childEnv = resolveMap(e.env, env);
    if (!childEnv.ok) return childEnv;
    const spec: TargetSpec = {
      kind: 'stdio',
      command: cmd.value,
      args,
      env: childEnv.value,
      name: e.name,
    };
    const cwd = e.cwd ?? e.project ?? projectRoot(e);
    // A project path from another machine's image does not exist here: run from the default.
    if (cwd && !cwd.includes('${') && existsSync(cwd)) spec.cwd = cwd;
    return { ok: true, spec };
  }
  if ((e.transport === 'http' || e.transport === 'sse') && e.url) {
    const url = resolvePlaceholders(e.url, env);
    if (!url.ok) return url;
    const headers = resolveMap(e.headers, env);
    if (!headers.ok) return headers;
    return {
      ok: true,
      spec: {
        kind: 'http',
        url: url.value,
        headers: headers.value,
        transport: e.transport === 'sse' ? 'sse' : 'auto',
        name: e.name,
      },
    };
  }
  return { ok: false, reason: `transport ${e.transport} cannot be connected to` };
}

/** A coverage-only target for a server that was not scanned: never reported clean. */
export function skippedServerTarget(
  s: DiscoveredServer,
  index: number,
  reason: string,
): TargetFacts {
  const e = s.entry;
  const clients = [...new Set(s.seenIn.map((x) => x.client))].join(', ');
  return {
    target: {
      id: `server:${index + 1}`,
      kind: e.transport === 'stdio' ? 'stdio' : 'http',
      label: `${e.name} (${clients}): ${displayTarget(e)}`,
    },
    facts: {},
    collection: { status: 'skipped', reasons: [`not verified (not connected): ${reason}`] },
  };
}
