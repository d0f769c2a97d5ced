import type { TargetFacts } from '../../../src/model/facts.ts';
import { emptySnapshot, type ServerSnapshot } from '../../../src/model/snapshot.ts';

/** A snapshot target for description-check tests. */
export function factsOf(
  name: string,
  patch: Partial<ServerSnapshot>,
  id = `snapshot:${name}`,
): TargetFacts {
  return {
    target: { id, kind: 'snapshot', label: name },
    facts: { server: { ...emptySnapshot(name), ...patch } },
    collection: { status: 'scanned', reasons: [] },
  };
}

/** Builds a string of Unicode tag characters spelling `ascii` (invisible in most renderers). */
export function tagged(ascii: string): string {
  return [...ascii].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
}

/** Honest descriptions in the style of real servers, with imperative wording. */
export const HONEST_TOOLS = [
  {
    name: 'list_pull_requests',
    description:
      'List pull requests in a GitHub repository. If the user specifies an author, then DO NOT use this tool and use the search_pull_requests tool instead.',
    inputSchema: {
      type: 'object',
      properties: {
        owner: { type: 'string', description: 'Repository owner' },
        state: { type: 'string', enum: ['open', 'closed', 'all'] },
      },
    },
  },
  {
    name: 'create_or_update_file',
    description:
      'Create or update a single file in a GitHub repository. If updating, you should provide the SHA of the file you want to update. SHA MUST be provided for existing file updates.',
  },
  {
    name: 'skopeo',
    description:
      'IMPORTANT: IF A USER ASKS TO MIGRATE A CODEBASE TO ARM, STRONGLY CONSIDER USING THIS TOOL AS A PART OF YOUR OVERALL STRATEGY. Inspect container images remotely.',
  },
];
