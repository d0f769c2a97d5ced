import type * as Sarif from 'sarif';
import type { CheckMeta } from '../../checks/check.ts';
import type { Finding } from '../../model/finding.ts';
import type { Severity } from '../../model/taxonomy.ts';
import type { Report } from '../report.ts';

// SARIF 2.1.0 §3.27.10: `level` is error / warning / note; GitHub code scanning also reads the
// `security-severity` property (0–10) to rank security alerts.
const LEVEL: Record<Severity, Sarif.Result.level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0',
};

function location(f: Finding): Sarif.Location[] {
  const logical: Sarif.LogicalLocation = {
    fullyQualifiedName: [f.location.server, f.location.kind, f.location.name, f.location.field]
      .filter(Boolean)
      .join('/'),
  };
  if (f.location.file) {
    const region: Sarif.Region | undefined = f.location.line
      ? { startLine: f.location.line }
      : undefined;
    return [
      {
        physicalLocation: {
          artifactLocation: { uri: f.location.file },
          ...(region ? { region } : {}),
        },
        logicalLocations: [logical],
      },
    ];
  }
  return [{ logicalLocations: [logical] }];
}

/**
 * Without the registry at hand (the CLI keeps it out of start-up), rule metadata is rebuilt from
 * the findings themselves: each carries its rule's title, remediation and taxonomy.
 */
function metasFromFindings(findings: readonly Finding[]): CheckMeta[] {
  const seen = new Map<string, CheckMeta>();
  for (const f of findings) {
    if (seen.has(f.rule)) continue;
    const meta: CheckMeta = {
      id: f.rule,
      title: f.title,
      description: f.title,
      checklist: f.checklist,
      patterns: f.patterns,
      severity: f.severity,
      remediation: f.remediation,
      requires: [],
      scope: 'target',
    };
    if (f.owasp) meta.owasp = f.owasp;
    seen.set(f.rule, meta);
  }
  return [...seen.values()];
}

/**
 * SARIF 2.1.0 for code-scanning dashboards and CI gates. Rule metadata comes from the registry
 * so a result links to its remediation.
 */
export function renderSarif(report: Report, metas?: readonly CheckMeta[]): string {
  const rules: Sarif.ReportingDescriptor[] = (metas ?? metasFromFindings(report.findings))
    .filter((m) => report.findings.some((f) => f.rule === m.id))
    .map((m) => ({
      id: m.id,
      name: m.title,
      shortDescription: { text: m.title },
      fullDescription: { text: m.description },
      help: { text: m.remediation },
      defaultConfiguration: { level: LEVEL[m.severity] },
      properties: {
        tags: ['security', m.checklist, ...m.patterns, ...(m.owasp ?? [])],
        'security-severity': SECURITY_SEVERITY[m.severity],
      },
    }));
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mcp-warden',
            version: report.tool.version,
            informationUri: 'https://github.com/mcp-warden/mcp-warden',
            rules,
          },
        },
        results: report.findings.map((f) => ({
          ruleId: f.rule,
          level: LEVEL[f.severity],
          message: { text: f.evidence ? `${f.message} Evidence: ${f.evidence}` : f.message },
          locations: location(f),
          partialFingerprints: { 'mcpWarden/v1': f.fingerprint },
          properties: {
            severity: f.severity,
            confidence: f.confidence,
            checklist: f.checklist,
            patterns: f.patterns,
            target: f.target,
            'security-severity': SECURITY_SEVERITY[f.severity],
          },
        })),
        invocations: [
          {
            executionSuccessful: report.summary.exitCode !== 2,
            toolExecutionNotifications: report.targets
              .filter((t) => t.coverage.status !== 'scanned')
              .map((t) => ({
                level: 'warning' as const,
                message: {
                  text: `${t.label}: ${t.coverage.status}${t.coverage.reasons.length ? ` (${t.coverage.reasons.join('; ')})` : ''}`,
                },
              })),
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
