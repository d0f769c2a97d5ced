/**
 * The shared taxonomy of ../shared/design.md §2: every finding names one checklist item and the
 * attack patterns it evidences.
 */
export const CHECKLIST = {
  C1: 'Auth hygiene',
  C2: 'TLS everywhere',
  C3: 'Scoped tokens',
  C4: 'Log scrubbing',
  C5: 'Tool description review',
  C6: 'Supply chain vetting',
  C7: 'Tenant isolation',
  C8: 'Rate limit enforcement',
  C9: 'Secret storage',
  C10: 'Incident response plan',
} as const;

export type ChecklistId = keyof typeof CHECKLIST;
export const CHECKLIST_IDS = Object.keys(CHECKLIST) as ChecklistId[];

export const PATTERNS = {
  P1: 'Token exposure through logs and error telemetry',
  P2: 'Prompt injection via tool descriptions (tool poisoning)',
  P3: 'Capability escalation across tools (toxic flows)',
  P4: 'Supply chain via unvetted MCP servers',
  P5: 'Multi-tenant confusion',
  P6: 'Rate-limit bypass through AI-driven loops',
  P7: 'Credential persistence in assistant memory',
} as const;

export type PatternId = keyof typeof PATTERNS;
export const PATTERN_IDS = Object.keys(PATTERNS) as PatternId[];

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Higher is worse; used for thresholds and sorting. */
export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

export function isSeverity(s: string): s is Severity {
  return (SEVERITIES as readonly string[]).includes(s);
}

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
