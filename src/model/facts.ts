import type { ServerSnapshot } from './snapshot.ts';
import type { CoverageStatus, Target } from './target.ts';

/**
 * Facts are what collectors return and checks read. Each area owns the shape of its fact kind;
 * a check declares which kinds it needs, and the runner skips it (with a reason) when absent.
 */
export interface FactMap {
  /** What one MCP server showed the model (tools/list and friends). */
  server: ServerSnapshot;
  /** External endpoint probes (HTTP, TLS, auth): src/collect/endpoint. */
  endpoint: import('../collect/endpoint/facts.ts').EndpointFacts;
  /** Discovered client configuration entries: src/collect/config. */
  config: import('../collect/config/facts.ts').ConfigFacts;
  /** Log scan results: src/collect/logs. */
  logs: import('../collect/logs/facts.ts').LogFacts;
}

export type FactKind = keyof FactMap;

export interface TargetFacts {
  target: Target;
  facts: Partial<FactMap>;
  /** The collector's view of coverage before checks run. */
  collection: { status: CoverageStatus; reasons: string[] };
  /**
   * Fact kinds the collector tried to gather for this target. A check needing one of these that
   * is absent is reported "not run" with a reason; other missing kinds simply do not apply.
   */
  expected?: FactKind[];
}
