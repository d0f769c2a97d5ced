/**
 * The library entry: audit(), the types and the check registry. Kept light: no MCP client,
 * web server or database is loaded until a collector needs it (test/meta/light-import.test.ts).
 */
export { type AuditOptions, audit, auditFacts } from './audit.ts';
export type { Check, CheckMeta, ScanCheck, TargetCheck } from './checks/check.ts';
export { CHECKS, getCheck } from './checks/registry.ts';
export { discover } from './collect/config/discover.ts';
export type { ConfigFacts, ServerEntry } from './collect/config/facts.ts';
export { buildInventory, type Inventory } from './collect/config/inventory.ts';
export { configTargets } from './collect/config/targets.ts';
export type { EndpointFacts } from './collect/endpoint/facts.ts';
export type { EndpointProbeOptions } from './collect/endpoint/options.ts';
export { collectTarget } from './collect/index.ts';
export { type CollectLogsOptions, collectLogs } from './collect/logs/collect.ts';
export type { LogFacts, LogSecret } from './collect/logs/facts.ts';
export { loadSnapshotFile, SNAPSHOT_SCHEMA } from './collect/snapshot/load.ts';
export { saveSnapshotFile, snapshotDocument } from './collect/snapshot/save.ts';
export type { CollectLimits, TargetSpec } from './collect/spec.ts';
export { DEFAULT_LIMITS } from './collect/spec.ts';
export {
  hashSecret,
  redact,
  rotationAdvice,
  SECRET_RULES,
  scanText,
} from './engines/secrets/index.ts';
export type { SecretMatch } from './engines/secrets/types.ts';
export { analyzeItem, analyzeText } from './engines/text/index.ts';
export type { AnalyzableItem, ItemAnalysis, TextAnalysis } from './engines/text/types.ts';
export type { FactKind, FactMap, TargetFacts } from './model/facts.ts';
export type { Finding, FindingDraft, Location } from './model/finding.ts';
export type { ServerSnapshot, ToolInfo } from './model/snapshot.ts';
export type { Coverage, CoverageStatus, Target } from './model/target.ts';
export {
  CHECKLIST,
  type ChecklistId,
  PATTERNS,
  type PatternId,
  type Severity,
} from './model/taxonomy.ts';
export { renderJson } from './report/renderers/json.ts';
export { renderMarkdown } from './report/renderers/markdown.ts';
export { renderSarif } from './report/renderers/sarif.ts';
export { renderTerminal } from './report/renderers/terminal.ts';
export { REPORT_SCHEMA, type Report } from './report/report.ts';
