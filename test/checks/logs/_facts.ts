import type { LogFacts, LogSecret } from '../../../src/collect/logs/facts.ts';
import type { TargetFacts } from '../../../src/model/facts.ts';

/** A distinct secret as the collector reports it (hash and redacted form only, as always). */
export function secret(over: Partial<LogSecret> = {}): LogSecret {
  const file = over.firstSeen?.file ?? '/var/log/app/api.log';
  return {
    hash: 'ab'.repeat(32),
    rule: 'github-pat',
    family: 'github',
    title: 'GitHub personal access token (classic)',
    redacted: 'ghp_…(40 chars, sha256:abababab)',
    confidence: 'high',
    validated: true,
    count: 3,
    firstSeen: { file, line: 10, ts: '2026-11-01T10:00:00.000Z', tsSource: 'line' },
    lastSeen: { file, line: 99, ts: '2026-11-20T10:00:00.000Z', tsSource: 'line' },
    files: [{ file, count: 3, source: 'log', lines: [10, 50, 99] }],
    filesTotal: 1,
    sources: ['log'],
    ...over,
  };
}

export function logTarget(
  secrets: LogSecret[],
  scannedAt = '2026-11-24T00:00:00.000Z',
): TargetFacts {
  const facts: LogFacts = {
    scannedAt,
    roots: ['/var/log/app'],
    files: [],
    secrets,
    totals: { files: 1, bytesScanned: 1000, lines: 100, durationMs: 5 },
    problems: [],
  };
  return {
    target: { id: 'logs', kind: 'logs', label: 'logs: /var/log/app' },
    facts: { logs: facts },
    collection: { status: 'scanned', reasons: [] },
    expected: ['logs'],
  };
}
