import type { Check } from './checks/check.ts';
import type { EndpointProbeOptions } from './collect/endpoint/options.ts';
import {
  type CollectContext,
  type CollectLimits,
  DEFAULT_LIMITS,
  type ProgressEvent,
  type TargetSpec,
} from './collect/spec.ts';
import type { TargetFacts } from './model/facts.ts';
import type { Severity } from './model/taxonomy.ts';
import {
  buildReport,
  type EndpointSummary,
  type Report,
  type ServerSummary,
  type TargetReport,
} from './report/report.ts';
import { runChecks } from './run/runner.ts';
import { mapLimit } from './util/concurrency.ts';
import { VERSION } from './version.ts';

export interface AuditOptions {
  targets: TargetSpec[];
  failOn?: Severity;
  limits?: Partial<CollectLimits>;
  /** How many targets are collected at once. */
  concurrency?: number;
  checks?: readonly Check[];
  onProgress?: (e: ProgressEvent) => void;
  /** Called with everything collected, before checks run (used by --save-snapshot). */
  onCollected?: (facts: TargetFacts[]) => void | Promise<void>;
  command?: string;
  signal?: AbortSignal;
  /** Probe HTTP targets from the outside too (auth, TLS, headers); default true. */
  endpointProbes?: boolean;
  /** Endpoint probe options (--expect-read-only, --probe-rate-limit, --ca). */
  endpoint?: EndpointProbeOptions;
}

function serverSummary(t: TargetFacts): ServerSummary | undefined {
  const s = t.facts.server;
  if (!s) return undefined;
  const summary: ServerSummary = {
    name: s.serverInfo?.name ?? s.name,
    counts: {
      tools: s.tools.length,
      prompts: s.prompts.length,
      resources: s.resources.length,
      resourceTemplates: s.resourceTemplates.length,
    },
  };
  if (typeof s.serverInfo?.version === 'string') summary.version = s.serverInfo.version;
  if (s.protocolVersion) summary.protocolVersion = s.protocolVersion;
  if (s.transport) summary.transport = s.transport;
  if (s.url) summary.url = s.url;
  return summary;
}

function endpointSummary(t: TargetFacts): EndpointSummary | undefined {
  const e = t.facts.endpoint;
  if (!e) return undefined;
  const summary: EndpointSummary = { url: e.url };
  if (e.reachable === false) return { ...summary, reachable: false };
  if (e.protocol) {
    summary.era = e.protocol.era;
    if (e.protocol.version) summary.protocolVersion = e.protocol.version;
    if (e.protocol.transport) summary.transport = e.protocol.transport;
    if (e.protocol.sessions !== undefined) summary.sessions = e.protocol.sessions;
  }
  if (e.auth?.required !== undefined) summary.authRequired = e.auth.required;
  if (e.tls) {
    summary.tls = {
      reachable: e.tls.reachable,
      versions: e.tls.versions.filter((v) => v.outcome === 'accepted').map((v) => v.version),
    };
  }
  if (e.requests) {
    summary.requests = { sent: e.requests.sent, cap: e.requests.cap, depth: e.requests.depth };
  }
  return summary;
}

/**
 * Runs checks over already-collected facts and builds the report (offline, no I/O). Without
 * `checks`, every registered check runs; the registry (every area's checks and engines) is
 * loaded only then, so a caller passing its own subset (e.g. only the log checks) never pays it.
 */
export async function auditFacts(
  facts: TargetFacts[],
  opts: { failOn?: Severity; checks?: readonly Check[]; command?: string; startedAt?: Date } = {},
): Promise<Report> {
  const startedAt = opts.startedAt ?? new Date();
  const checks = opts.checks ?? (await import('./checks/registry.ts')).CHECKS;
  const { findings, coverage } = await runChecks(facts, checks);
  const targets: TargetReport[] = facts.map((t) => {
    const tr: TargetReport = { ...t.target, coverage: coverage.get(t.target.id)! };
    const server = serverSummary(t);
    if (server) tr.server = server;
    const endpoint = endpointSummary(t);
    if (endpoint) tr.endpoint = endpoint;
    return tr;
  });
  return buildReport({
    version: VERSION,
    command: opts.command ?? 'audit',
    startedAt,
    targets,
    findings,
    failOn: opts.failOn ?? 'high',
  });
}

/**
 * Collects every target (bounded concurrency, every step under a time limit), runs every check
 * and returns the report. Never throws for a bad target: it becomes `unreachable` or `partial`.
 *
 * @example
 * const report = await audit({ targets: [{ kind: 'snapshot', file: 'tools.json' }] });
 * console.log(report.summary.exitCode);
 */
export async function audit(opts: AuditOptions): Promise<Report> {
  const startedAt = new Date();
  const { collectTarget } = await import('./collect/index.ts');
  const ctx: CollectContext = { limits: { ...DEFAULT_LIMITS, ...opts.limits } };
  if (opts.onProgress) ctx.onProgress = opts.onProgress;
  if (opts.signal) ctx.signal = opts.signal;
  if (opts.endpointProbes === false) ctx.endpointProbes = false;
  if (opts.endpoint) ctx.endpoint = opts.endpoint;
  const perTarget = await mapLimit(opts.targets, opts.concurrency ?? 4, (spec, i) =>
    collectTarget(spec, i, ctx),
  );
  const facts = perTarget.flat();
  await opts.onCollected?.(facts);
  const auditOpts: Parameters<typeof auditFacts>[1] = { startedAt };
  if (opts.failOn) auditOpts.failOn = opts.failOn;
  if (opts.checks) auditOpts.checks = opts.checks;
  if (opts.command) auditOpts.command = opts.command;
  return auditFacts(facts, auditOpts);
}
