import type {
  ConfigFacts,
  ConfigFileMeta,
  ServerEntry,
} from '../../../src/collect/config/facts.ts';
import { derivePackage } from '../../../src/collect/config/package.ts';
import type { TargetFacts } from '../../../src/model/facts.ts';

/** A server entry with test defaults; the package is derived like discovery does. */
export function entry(over: Partial<ServerEntry> = {}): ServerEntry {
  const e: ServerEntry = {
    client: 'cursor',
    scope: 'user',
    file: '/home/u/.cursor/mcp.json',
    name: 'srv',
    keyPath: 'mcpServers.srv',
    transport: over.url !== undefined ? 'http' : 'stdio',
    args: [],
    env: {},
    headers: {},
    consent: {},
    ...over,
  };
  if (!('package' in over)) {
    const p = derivePackage(e.command, e.args);
    if (p) e.package = p;
  }
  return e;
}

/** A config target holding the given entries. */
export function target(
  entries: ServerEntry[],
  file: Partial<ConfigFileMeta> = {},
  settings: ConfigFacts['settings'] = [],
): TargetFacts {
  const meta: ConfigFileMeta = {
    path: entries[0]?.file ?? '/home/u/.cursor/mcp.json',
    client: entries[0]?.client ?? 'cursor',
    scope: entries[0]?.scope ?? 'user',
    format: 'json',
    layout: 'linux',
    size: 100,
    inRepository: false,
    source: 'test',
    ...file,
  };
  return {
    target: { id: `config:${meta.path}`, kind: 'config', label: meta.path },
    facts: { config: { file: meta, entries, settings } },
    collection: { status: 'scanned', reasons: [] },
  };
}
