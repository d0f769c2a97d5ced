import type { TargetCheck } from '../../../src/checks/check.ts';
import type { EndpointFacts } from '../../../src/collect/endpoint/facts.ts';
import type { TargetFacts } from '../../../src/model/facts.ts';
import type { FindingDraft } from '../../../src/model/finding.ts';
import type { ServerSnapshot, ToolInfo } from '../../../src/model/snapshot.ts';

/** Endpoint facts for check tests: a minimal well-configured base plus overrides. */
export function endpoint(over: Partial<EndpointFacts> = {}): EndpointFacts {
  return { url: 'https://mcp.example.com/mcp', scheme: 'https', loopback: false, ...over };
}

/** Runs a target check on endpoint facts (and optional tools) synchronously. */
export function run(
  check: { meta: { scope: string } },
  e: EndpointFacts,
  tools?: ToolInfo[],
  server: Partial<ServerSnapshot> = {},
): FindingDraft[] {
  const t: TargetFacts = {
    target: { id: 'http:1', kind: 'http', label: e.url },
    facts: {
      endpoint: e,
      ...(tools
        ? {
            server: {
              name: 's',
              tools,
              prompts: [],
              resources: [],
              resourceTemplates: [],
              ...server,
            },
          }
        : {}),
    },
    collection: { status: 'scanned', reasons: [] },
  };
  return (check as TargetCheck).run(t) as FindingDraft[];
}
