import type { FactKind, TargetFacts } from '../model/facts.ts';
import type { FindingDraft } from '../model/finding.ts';
import type { ChecklistId, PatternId, Severity } from '../model/taxonomy.ts';

/**
 * A check's metadata is its documentation: docs/checks.md and the README table are generated
 * from it (npm run docs).
 */
export interface CheckMeta {
  /** kebab-case, equal to the file name. */
  id: string;
  title: string;
  /** What it looks for and why it matters (the incident, spec section or CVE behind it). */
  description: string;
  checklist: ChecklistId;
  patterns: PatternId[];
  /** OWASP MCP Top 10 items, e.g. `MCP03:2025 Tool Poisoning`. */
  owasp?: string[];
  /** Default severity; a finding may raise or lower it. */
  severity: Severity;
  remediation: string;
  /** Fact kinds this check reads; it is reported "not run" for a target that lacks one. */
  requires: FactKind[];
  /**
   * At least one of these must be present as well (e.g. a URL judged from whichever of the MCP
   * listing or the endpoint probes was collected), so a check needs no twin per fact kind.
   */
  requiresAnyOf?: FactKind[];
  /**
   * `target`: runs once per target on that target's facts.
   * `scan`: runs once over all targets (cross-server checks such as name collisions).
   */
  scope: 'target' | 'scan';
  references?: string[];
}

export interface TargetCheck {
  meta: CheckMeta & { scope: 'target' };
  run(facts: TargetFacts): FindingDraft[] | Promise<FindingDraft[]>;
}

export interface ScanCheck {
  meta: CheckMeta & { scope: 'scan' };
  /** Findings must set `target` (or are attributed to the pseudo-target `scan`). */
  run(all: TargetFacts[]): FindingDraft[] | Promise<FindingDraft[]>;
}

export type Check = TargetCheck | ScanCheck;

/** Identity helper that keeps the literal `scope` type for the registry. */
export function defineCheck<C extends Check>(check: C): C {
  return check;
}
