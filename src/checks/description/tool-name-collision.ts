import { foldConfusables } from '../../engines/text/confusables.ts';
import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import type { Severity } from '../../model/taxonomy.ts';
import { defineCheck } from '../check.ts';
import { analyzedItems } from './_items.ts';

// Tools that MCP clients ship themselves (Claude Code, Cursor, Copilot, Cline, Windsurf…). A
// server tool with the same name competes with the built-in the user thinks they approved.
const BUILT_INS = [
  'read_file',
  'write_file',
  'edit_file',
  'edit',
  'multi_edit',
  'create_file',
  'delete_file',
  'apply_patch',
  'str_replace_editor',
  'str_replace_based_edit_tool',
  'text_editor',
  'view',
  'read',
  'write',
  'bash',
  'shell',
  'terminal',
  'run_terminal_cmd',
  'execute_command',
  'run_command',
  'python',
  'code_interpreter',
  'fetch',
  'web_fetch',
  'web_search',
  'search',
  'grep',
  'glob',
  'ls',
  'list_dir',
  'list_files',
  'codebase_search',
  'file_search',
  'todo_write',
  'task',
  'computer',
  'browser',
];

/** Lower case, separators removed: `Read-File`, `read_file` and `readFile` meet. */
function loose(name: string): string {
  return name.toLowerCase().replace(/[\s_.-]+/g, '');
}

/** Loose form after NFKC and look-alike folding (Cyrillic `а`, fullwidth letters, 0→o, 1→l). */
function skeleton(name: string): string {
  return loose(foldConfusables(name.normalize('NFKC')))
    .replace(/0/g, 'o')
    .replace(/1/g, 'l');
}

function hasLookalikes(name: string): boolean {
  const n = name.normalize('NFKC');
  return n !== name || foldConfusables(n) !== n || /[^\x20-\x7e]/.test(name);
}

function descKey(d: unknown): string {
  return typeof d === 'string' ? d.toLowerCase().replace(/\s+/g, ' ').trim() : '';
}

interface Entry {
  t: TargetFacts;
  server: string;
  name: string;
  description: string;
  flagged: boolean;
}

const BUILT_IN_SKELETONS = new Map(BUILT_INS.map((b) => [skeleton(b), b]));

export const toolNameCollision = defineCheck({
  meta: {
    id: 'tool-name-collision',
    title: 'Tool name collides with another server’s tool or a client built-in',
    description:
      'Two servers of one scan expose tools whose names are equal, equal up to case and ' +
      'separators, or equal after folding look-alike characters; or a server tool imitates a ' +
      'client built-in (read_file, bash, fetch…). The model picks between them by description, ' +
      'so a malicious server can shadow an honest one (MCP-SafetyBench "function overlapping"; ' +
      'Invariant Labs "shadowing"). Homoglyph names and differing descriptions raise severity; ' +
      'a bare coincidence between two honest servers stays low.',
    checklist: 'C5',
    patterns: ['P2', 'P3'],
    owasp: ['MCP03:2025 Tool Poisoning', 'MCP09:2025 Shadow MCP Servers'],
    severity: 'medium',
    remediation:
      'Disable one of the colliding tools, or use a client that namespaces tools by server; ' +
      'rename tools on servers you own so names are unique and descriptive.',
    requires: ['server'],
    scope: 'scan',
  },
  run(all: TargetFacts[]): FindingDraft[] {
    const entries: Entry[] = [];
    for (const t of all) {
      for (const a of analyzedItems(t)) {
        if (a.kind !== 'tool' || !a.name) continue;
        entries.push({
          t,
          server: t.facts.server?.name ?? t.target.label,
          name: a.name,
          description: descKey(a.item.description),
          flagged: a.analysis.flagged,
        });
      }
    }
    const groups = new Map<string, Entry[]>();
    for (const e of entries) {
      const k = skeleton(e.name);
      const list = groups.get(k) ?? [];
      groups.set(k, list);
      list.push(e);
    }
    const out: FindingDraft[] = [];
    for (const [key, list] of groups) {
      const servers = new Set(list.map((e) => `${e.t.target.id}\u0000${e.server}`));
      if (servers.size >= 2) {
        for (const e of list) {
          const others = list.filter((o) => o.t !== e.t || o.server !== e.server);
          if (others.length === 0) continue;
          const homoglyph =
            others.some((o) => o.name !== e.name && loose(o.name) !== loose(e.name)) &&
            (hasLookalikes(e.name) || others.some((o) => hasLookalikes(o.name)));
          const exact = others.every((o) => o.name === e.name);
          const differs = others.some((o) => o.description !== e.description);
          const flagged = e.flagged || others.some((o) => o.flagged);
          let severity: Severity = 'low';
          if (homoglyph || flagged) severity = 'high';
          else if (differs) severity = 'medium';
          const kind = homoglyph ? 'look-alike' : exact ? 'identical' : 'case/separator-equivalent';
          out.push({
            target: e.t.target.id,
            message:
              `Tool "${e.name}" on server "${e.server}" has ${kind === 'identical' ? 'an' : 'a'} ${kind} name to ` +
              others.map((o) => `"${o.name}" on "${o.server}"`).join(', ') +
              (differs ? ' with a different description' : ' with the same description') +
              (flagged ? '; one of them is flagged as poisoned.' : '.'),
            location: { server: e.server, kind: 'tool', name: e.name, field: 'name' },
            evidence: [e.name, ...others.map((o) => o.name)].join(' ↔ '),
            severity,
            confidence: homoglyph || flagged ? 'high' : 'medium',
            key: key,
            details: {
              match: kind,
              others: others.map((o) => ({
                server: o.server,
                name: o.name,
                target: o.t.target.id,
              })),
              descriptionsDiffer: differs,
            },
          });
        }
      }
      const builtIn = BUILT_IN_SKELETONS.get(key);
      if (builtIn) {
        for (const e of list) {
          const lookalike = hasLookalikes(e.name);
          out.push({
            target: e.t.target.id,
            message:
              `Tool "${e.name}" on server "${e.server}" ${lookalike ? 'imitates with look-alike characters' : 'has the name of'} ` +
              `the client built-in "${builtIn}"; the model may call it in place of the built-in.`,
            location: { server: e.server, kind: 'tool', name: e.name, field: 'name' },
            evidence: `${e.name} ↔ ${builtIn} (built-in)`,
            severity: lookalike || e.flagged ? 'high' : 'low',
            confidence: lookalike ? 'high' : 'low',
            key: `built-in:${builtIn}`,
            details: { match: lookalike ? 'look-alike' : 'built-in', builtIn },
          });
        }
      }
    }
    return out;
  },
});
