import type { ToolInfo } from '../../model/snapshot.ts';

// Verbs whose tools change or destroy state; matched on name segments (snake, kebab, camel).
const DESTRUCTIVE = new Set([
  'delete',
  'remove',
  'drop',
  'destroy',
  'purge',
  'wipe',
  'truncate',
  'erase',
  'kill',
  'terminate',
  'revoke',
  'rm',
  'uninstall',
  'reset',
]);
const WRITE = new Set([
  'create',
  'write',
  'update',
  'set',
  'put',
  'post',
  'insert',
  'add',
  'edit',
  'modify',
  'patch',
  'send',
  'publish',
  'deploy',
  'exec',
  'execute',
  'run',
  'push',
  'merge',
  'commit',
  'upload',
  'move',
  'rename',
  'approve',
  'transfer',
  'pay',
  'invite',
  'grant',
  'assign',
  'close',
  'archive',
  'restart',
  'stop',
  'start',
  'apply',
  'install',
  'email',
  'charge',
  'refund',
  'book',
  'order',
]);

function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export interface ToolCapability {
  destructive: boolean;
  writes: boolean;
  /** Why, for evidence: the word or annotation that decided. */
  reason?: string;
}

/**
 * A small, explainable reading of what a tool does: its annotations (MCP tool annotations are
 * hints, "not guaranteed to be faithful") and the verbs in its name and the first words of its
 * description.
 */
export function toolCapability(tool: ToolInfo): ToolCapability {
  const words = nameWords(tool.name);
  const desc = typeof tool.description === 'string' ? tool.description.slice(0, 200) : '';
  const descVerb = /^\s*(\w+)/.exec(desc)?.[1]?.toLowerCase().replace(/s$/, '') ?? '';
  const d = words.find((w) => DESTRUCTIVE.has(w)) ?? (DESTRUCTIVE.has(descVerb) ? descVerb : '');
  if (d)
    return { destructive: true, writes: true, reason: `"${d}" in the tool's name or description` };
  const w = words.find((x) => WRITE.has(x)) ?? (WRITE.has(descVerb) ? descVerb : '');
  if (w)
    return { destructive: false, writes: true, reason: `"${w}" in the tool's name or description` };
  const a = tool.annotations ?? {};
  if (a.destructiveHint === true)
    return { destructive: true, writes: true, reason: 'destructiveHint: true' };
  if (a.readOnlyHint === false)
    return { destructive: false, writes: true, reason: 'readOnlyHint: false' };
  return { destructive: false, writes: false };
}
