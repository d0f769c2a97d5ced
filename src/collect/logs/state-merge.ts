import type { LogFileCoverage, LogSecret } from './facts.ts';
import type { LogState, ResumePlan } from './state.ts';

/** What `mergeState` needs to know of each file this run planned. */
export interface PlannedFile {
  file: string;
  plan: ResumePlan;
}

/**
 * Joins this run's secrets with the state: a secret seen before keeps its first report date;
 * a secret recorded in a file this run skipped or resumed (so it was not re-read) is carried
 * over, marked `fromState`. `newOnly` drops both kinds from the result. The state always learns
 * every secret of this run.
 */
export function mergeState(
  found: LogSecret[],
  state: LogState,
  jobs: readonly PlannedFile[],
  files: LogFileCoverage[],
  newOnly: boolean,
): LogSecret[] {
  const now = new Date().toISOString();
  const out: LogSecret[] = [];
  const seen = new Set<string>();
  for (const s of found) {
    seen.add(s.hash);
    const prev = state.secrets[s.hash];
    const { previouslyReportedAt: _p, fromState: _f, ...plain } = s;
    state.secrets[s.hash] = { ...plain, firstReportedAt: prev?.firstReportedAt ?? now };
    if (prev) {
      if (newOnly) continue;
      s.previouslyReportedAt = prev.firstReportedAt;
    }
    out.push(s);
  }
  // Files not fully re-read this run: their earlier secrets still stand.
  const notReread = new Set<string>();
  for (const f of files)
    if (f.status === 'skipped' && f.reason?.includes('--state')) notReread.add(f.file);
  for (const j of jobs) if (j.plan.action === 'resume') notReread.add(j.file);
  const reread = new Set(jobs.filter((j) => j.plan.action === 'full').map((j) => j.file));
  for (const [hash, prev] of Object.entries(state.secrets)) {
    if (seen.has(hash)) continue;
    const still = prev.files.filter((f) => notReread.has(f.file));
    if (still.length === 0) {
      // Every file that held it was re-read without it (rotated away): forget it.
      if (prev.files.every((f) => reread.has(f.file))) delete state.secrets[hash];
      continue;
    }
    if (newOnly) continue;
    const { firstReportedAt, ...rest } = prev;
    out.push({ ...rest, previouslyReportedAt: firstReportedAt, fromState: true });
  }
  return out;
}
