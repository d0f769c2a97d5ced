import type { TargetFacts } from '../../model/facts.ts';
import type { LogFacts } from './facts.ts';

const MAX_REASONS = 25;

/**
 * One `logs` target from the facts, with the collector's view of coverage: each file not read
 * (bounded list), skipped files grouped by why, and which well-known locations exist.
 */
export function toTarget(facts: LogFacts): TargetFacts {
  const reasons: string[] = [...facts.problems];
  const bad = facts.files.filter((f) => f.status === 'unreadable' || f.status === 'partial');
  for (const f of bad.slice(0, MAX_REASONS))
    reasons.push(`${f.status}: ${f.file}: ${f.reason ?? ''}`);
  if (bad.length > MAX_REASONS)
    reasons.push(`… and ${bad.length - MAX_REASONS} more files not fully read`);
  const skipped = new Map<string, number>();
  for (const f of facts.files) {
    if (f.status !== 'skipped') continue;
    // Grouped by kind: the per-file detail (a time range) stays in the file's own coverage.
    const why = (f.reason ?? 'skipped').replace(/ \(.*\)$/, '');
    skipped.set(why, (skipped.get(why) ?? 0) + 1);
  }
  for (const [why, n] of skipped) reasons.push(`${n} file${n === 1 ? '' : 's'} skipped: ${why}`);
  if (facts.locations) {
    const found = facts.locations.filter((l) => l.found);
    const absent = [
      ...new Set(facts.locations.filter((l) => !l.found).map((l) => l.client)),
    ].filter((c) => !found.some((l) => l.client === c));
    reasons.push(
      found.length === 0
        ? `no well-known MCP client log location exists here (${facts.locations.length} looked at)`
        : `well-known locations found: ${found.map((l) => `${l.client} ${l.path}`).join('; ')}`,
    );
    if (absent.length > 0) reasons.push(`no logs here from: ${absent.join(', ')}`);
  }
  // A file skipped as unchanged (--state) or older than --since is covered: its content was
  // either read before or is outside the window. Nothing at all to read is `skipped`.
  if (facts.files.length === 0) reasons.push('no log file found to scan');
  const covered = facts.files.filter((f) => f.status !== 'unreadable');
  let status: TargetFacts['collection']['status'] = 'scanned';
  if (bad.length > 0 || facts.problems.length > 0) status = 'partial';
  if (covered.length === 0) status = bad.length > 0 ? 'unreachable' : 'skipped';
  const label =
    facts.roots.length > 3
      ? `${facts.roots.slice(0, 3).join(', ')} (+${facts.roots.length - 3})`
      : facts.roots.join(', ');
  return {
    target: { id: 'logs', kind: 'logs', label: `logs: ${label}` },
    facts: { logs: facts },
    collection: { status, reasons },
    expected: ['logs'],
  };
}
