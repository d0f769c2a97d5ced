import type { Finding } from '../model/finding.ts';
import type { Coverage, CoverageStatus, Target } from '../model/target.ts';
import {
  CHECKLIST_IDS,
  type ChecklistId,
  SEVERITIES,
  type Severity,
  severityRank,
} from '../model/taxonomy.ts';

export const REPORT_SCHEMA = 'mcp-warden/report@1';

/** A summary of what a server target exposed, for the report header. */
export interface ServerSummary {
  name: string;
  version?: string;
  protocolVersion?: string;
  transport?: string;
  url?: string;
  counts: { tools: number; prompts: number; resources: number; resourceTemplates: number };
}

/** What the external probes learned about an endpoint's protocol and how hard they pushed. */
export interface EndpointSummary {
  url: string;
  /** False when no probe got an HTTP answer; nothing else is then reported. */
  reachable?: boolean;
  era?: string;
  protocolVersion?: string;
  transport?: string;
  sessions?: boolean;
  authRequired?: boolean;
  tls?: { reachable: boolean; versions?: string[] };
  requests?: { sent: number; cap: number; depth: number };
}

export interface TargetReport extends Target {
  coverage: Coverage;
  server?: ServerSummary;
  endpoint?: EndpointSummary;
}

export interface ReportSummary {
  findings: number;
  bySeverity: Record<Severity, number>;
  byChecklist: Partial<Record<ChecklistId, number>>;
  targets: Record<CoverageStatus, number>;
  failOn: Severity;
  /** 0 clean, 1 findings at or above failOn, 2 incomplete coverage (design.md §4). */
  exitCode: 0 | 1 | 2;
}

/** The one report model; every output format renders it (docs/report-format.md). */
export interface Report {
  schema: typeof REPORT_SCHEMA;
  tool: { name: 'mcp-warden'; version: string };
  command: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  targets: TargetReport[];
  findings: Finding[];
  summary: ReportSummary;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      CHECKLIST_IDS.indexOf(a.checklist) - CHECKLIST_IDS.indexOf(b.checklist) ||
      a.rule.localeCompare(b.rule) ||
      a.fingerprint.localeCompare(b.fingerprint),
  );
}

export function exitCodeFor(
  findings: readonly Finding[],
  targets: readonly TargetReport[],
  failOn: Severity,
): 0 | 1 | 2 {
  if (findings.some((f) => severityRank(f.severity) >= severityRank(failOn))) return 1;
  if (targets.length === 0) return 2;
  if (targets.some((t) => t.coverage.status !== 'scanned')) return 2;
  return 0;
}

export function buildReport(input: {
  version: string;
  command: string;
  startedAt: Date;
  targets: TargetReport[];
  findings: Finding[];
  failOn: Severity;
}): Report {
  const finished = new Date();
  const findings = sortFindings(input.findings);
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byChecklist: Partial<Record<ChecklistId, number>> = {};
  for (const f of findings) {
    bySeverity[f.severity] += 1;
    byChecklist[f.checklist] = (byChecklist[f.checklist] ?? 0) + 1;
  }
  const targetsByStatus: Record<CoverageStatus, number> = {
    scanned: 0,
    partial: 0,
    unreachable: 0,
    skipped: 0,
  };
  for (const t of input.targets) targetsByStatus[t.coverage.status] += 1;
  return {
    schema: REPORT_SCHEMA,
    tool: { name: 'mcp-warden', version: input.version },
    command: input.command,
    startedAt: input.startedAt.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - input.startedAt.getTime(),
    targets: input.targets,
    findings,
    summary: {
      findings: findings.length,
      bySeverity,
      byChecklist,
      targets: targetsByStatus,
      failOn: input.failOn,
      exitCode: exitCodeFor(findings, input.targets, input.failOn),
    },
  };
}
