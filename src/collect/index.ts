import type { TargetFacts } from '../model/facts.ts';
import type { CollectContext, TargetSpec } from './spec.ts';

/**
 * Collects one target spec into facts (a snapshot file may hold several servers, hence an
 * array). Never throws: failures become `unreachable` / `partial` coverage with the reason.
 */
export async function collectTarget(
  spec: TargetSpec,
  index: number,
  _ctx: CollectContext,
): Promise<TargetFacts[]> {
  // Placeholder until the MCP collector lands (issue 2); replaced, not shipped.
  return [
    {
      target: { id: `${spec.kind}:${index + 1}`, kind: spec.kind, label: spec.kind },
      facts: {},
      collection: { status: 'skipped', reasons: ['collector not implemented yet'] },
    },
  ];
}
