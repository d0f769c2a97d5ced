import type { Check, CheckMeta, ScanCheck, TargetCheck } from '../checks/check.ts';
import type { FactKind, TargetFacts } from '../model/facts.ts';
import { type Finding, type FindingDraft, fingerprint } from '../model/finding.ts';
import { type Coverage, worseStatus } from '../model/target.ts';
import { safeLine } from '../util/escape.ts';

export interface RunOptions {
  /** Per-check time limit for asynchronous checks. */
  checkTimeoutMs?: number;
}

export interface RunResult {
  findings: Finding[];
  coverage: Map<string, Coverage>;
}

const MAX_EVIDENCE = 400;
const MAX_MESSAGE = 600;

class CheckTimeout extends Error {}

async function withTimeout<T>(work: () => T | Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      Promise.resolve().then(work),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new CheckTimeout(`timed out after ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    if (timer) clearTimeout(timer);
  }
}

function finalize(meta: CheckMeta, draft: FindingDraft, targetId: string): Finding {
  const evidence = safeLine(draft.evidence ?? '', MAX_EVIDENCE);
  const finding: Finding = {
    rule: meta.id,
    title: draft.title ?? meta.title,
    severity: draft.severity ?? meta.severity,
    confidence: draft.confidence ?? 'high',
    checklist: meta.checklist,
    patterns: draft.patterns ?? meta.patterns,
    target: targetId,
    location: draft.location,
    message: safeLine(draft.message, MAX_MESSAGE),
    evidence,
    remediation: meta.remediation,
    fingerprint: fingerprint(meta.id, targetId, draft.location, draft.key),
  };
  if (meta.owasp) finding.owasp = meta.owasp;
  if (draft.details) finding.details = draft.details;
  return finding;
}

function errorText(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return safeLine(msg, 300);
}

/** The fact kinds a check lacks on this target: every absent `requires`, or all of `requiresAnyOf` when none is there. */
function missingFacts(meta: CheckMeta, t: TargetFacts): FactKind[] {
  const missing = meta.requires.filter((k) => t.facts[k] === undefined);
  const any = meta.requiresAnyOf ?? [];
  if (any.length > 0 && any.every((k) => t.facts[k] === undefined)) missing.push(...any);
  return missing;
}

/**
 * Runs every applicable check on every target. Each check is isolated: a throw or a timeout is
 * recorded as that check failing for that target (coverage becomes partial), never a crashed scan.
 */
export async function runChecks(
  targets: readonly TargetFacts[],
  checks: readonly Check[],
  opts: RunOptions = {},
): Promise<RunResult> {
  const timeout = opts.checkTimeoutMs ?? 30_000;
  const findings: Finding[] = [];
  const coverage = new Map<string, Coverage>();
  for (const t of targets) {
    coverage.set(t.target.id, {
      status: t.collection.status,
      reasons: [...t.collection.reasons],
      checksRun: [],
      checksNotRun: [],
      checksFailed: [],
    });
  }

  // Nothing was collected from an unreachable or skipped target: no check runs on it.
  const live = targets.filter(
    (t) => t.collection.status !== 'unreachable' && t.collection.status !== 'skipped',
  );
  for (const t of live) {
    const cov = coverage.get(t.target.id)!;
    for (const check of checks) {
      if (check.meta.scope !== 'target') continue;
      const missing = missingFacts(check.meta, t);
      if (missing.length > 0) {
        // A fact kind the target never has (an endpoint check on a snapshot) is not a gap; one
        // the collector tried and failed to gather is.
        const gaps = missing.filter((k) => t.expected?.includes(k));
        if (gaps.length > 0) {
          cov.checksNotRun.push({
            check: check.meta.id,
            reason: `not collected: ${gaps.join(', ')}`,
          });
          cov.status = worseStatus(cov.status, 'partial');
        }
        continue;
      }
      try {
        const drafts = await withTimeout(() => (check as TargetCheck).run(t), timeout);
        for (const d of drafts) findings.push(finalize(check.meta, d, t.target.id));
        cov.checksRun.push(check.meta.id);
      } catch (err) {
        cov.checksFailed.push({ check: check.meta.id, reason: errorText(err) });
        cov.status = worseStatus(cov.status, 'partial');
        cov.reasons.push(`check ${check.meta.id} failed: ${errorText(err)}`);
      }
    }
  }

  for (const check of checks) {
    if (check.meta.scope !== 'scan') continue;
    const applicable = live.filter((t) => missingFacts(check.meta, t).length === 0);
    if (applicable.length === 0) continue;
    try {
      const drafts = await withTimeout(() => (check as ScanCheck).run(applicable), timeout);
      for (const d of drafts) findings.push(finalize(check.meta, d, d.target ?? 'scan'));
      for (const t of applicable) coverage.get(t.target.id)?.checksRun.push(check.meta.id);
    } catch (err) {
      for (const t of applicable) {
        const cov = coverage.get(t.target.id)!;
        cov.checksFailed.push({ check: check.meta.id, reason: errorText(err) });
        cov.status = worseStatus(cov.status, 'partial');
      }
    }
  }
  return { findings, coverage };
}
