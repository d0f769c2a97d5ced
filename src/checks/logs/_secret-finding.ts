import type { LogFacts, LogSecret, LogSighting } from '../../collect/logs/facts.ts';
import { rotationAdvice } from '../../engines/secrets/index.ts';
import type { FindingDraft } from '../../model/finding.ts';
import type { Severity } from '../../model/taxonomy.ts';

const DAY_MS = 86_400_000;
/** Seen this recently, a leaked credential is very likely still live. */
const RECENT_DAYS = 7;
/**
 * Short-lived credentials (JWTs, OAuth access tokens, session ids) seen longer ago than this have
 * most likely expired: one step lower, never dropped. Long-lived keys (cloud, API, PATs) do not
 * age out on their own, so an old sighting keeps its severity.
 */
const STALE_DAYS = 7;
const SHORT_LIVED_FAMILIES = new Set(['jwt', 'session', 'mcp-session']);
const SHORT_LIVED_RULES = new Set(['google-oauth-access-token']);

const LOWER: Record<Severity, Severity> = {
  critical: 'high',
  high: 'medium',
  medium: 'low',
  low: 'low',
  info: 'info',
};

function ms(s: LogSighting): number | undefined {
  if (!s.ts) return undefined;
  const t = Date.parse(s.ts);
  return Number.isNaN(t) ? undefined : t;
}

/** A JWT whose `exp` lies before the scan: the token itself is dead, its claims still leak. */
function expiredJwt(s: LogSecret, now: number): boolean {
  const exp = s.details?.['exp'] ?? s.details?.['expiresAt'];
  if (typeof exp === 'number') return exp * 1000 < now;
  if (typeof exp === 'string') {
    const t = Date.parse(exp);
    return !Number.isNaN(t) && t < now;
  }
  return s.details?.['expired'] === true;
}

/**
 * Severity from what we know: a validated (checksum, structure) or high-confidence credential is
 * high, critical when seen in the last week; a short-lived token last seen more than a week ago
 * is one step lower; an expired JWT is low; a low-confidence generic match stays low.
 */
export function secretSeverity(s: LogSecret, scannedAt: string): Severity {
  const now = Date.parse(scannedAt);
  if (expiredJwt(s, now)) return 'low';
  let sev: Severity =
    s.confidence === 'high' || s.validated ? 'high' : s.confidence === 'medium' ? 'medium' : 'low';
  const last = ms(s.lastSeen);
  if (last !== undefined && !Number.isNaN(now)) {
    const age = (now - last) / DAY_MS;
    const shortLived = SHORT_LIVED_FAMILIES.has(s.family) || SHORT_LIVED_RULES.has(s.rule);
    if (sev === 'high' && age <= RECENT_DAYS) sev = 'critical';
    else if (shortLived && age > STALE_DAYS) sev = LOWER[sev];
  }
  return sev;
}

function where(s: LogSighting): string {
  return `${s.file}:${s.line}${s.ts ? ` (${s.ts})` : ''}`;
}

/**
 * One finding for one distinct secret: type, redacted form (short prefix, length, hash prefix),
 * occurrences, first and last sighting, the files, and the provider's rotation checklist.
 * Never the value: only what the engine already redacted.
 */
export function secretFinding(
  s: LogSecret,
  facts: LogFacts,
  kind: 'log' | 'assistant-history',
): FindingDraft {
  const advice = rotationAdvice(s.family);
  const times = s.count === 1 ? 'once' : `${s.count} times`;
  const inFiles = s.filesTotal === 1 ? '' : ` in ${s.filesTotal} files`;
  const span =
    s.count > 1 && s.firstSeen.ts && s.lastSeen.ts && s.firstSeen.ts !== s.lastSeen.ts
      ? ` between ${s.firstSeen.ts} and ${s.lastSeen.ts}`
      : s.firstSeen.ts
        ? ` on ${s.firstSeen.ts}`
        : '';
  const place = kind === 'assistant-history' ? "an assistant's history" : 'logs';
  let message = `${s.title} ${s.redacted} appears ${times}${inFiles} in ${place}${span}; first at ${where(s.firstSeen)}`;
  if (s.count > 1) message += `, last at ${where(s.lastSeen)}`;
  message += '.';
  if (s.fromState) {
    message += ` Carried over from the state file (first reported ${s.previouslyReportedAt}): the part of the log holding it was not re-read.`;
  } else if (s.previouslyReportedAt) {
    message += ` Already reported on ${s.previouslyReportedAt}: it is still in the logs.`;
  }
  message += ` Rotate it: ${advice.revokeAt}.`;
  const details: Record<string, unknown> = {
    secretRule: s.rule,
    family: s.family,
    redacted: s.redacted,
    hashPrefix: s.hash.slice(0, 16),
    confidence: s.confidence,
    validated: s.validated,
    count: s.count,
    firstSeen: s.firstSeen,
    lastSeen: s.lastSeen,
    files: s.files,
    filesTotal: s.filesTotal,
    sources: s.sources,
    rotation: advice,
  };
  if (s.details) details['token'] = s.details;
  if (s.previouslyReportedAt) details['previouslyReportedAt'] = s.previouslyReportedAt;
  if (s.fromState) details['fromState'] = true;
  if (facts.window) details['window'] = facts.window;
  const draft: FindingDraft = {
    title: `${s.title} leaked in ${place}`,
    message,
    location: { kind: 'log', file: s.firstSeen.file, line: s.firstSeen.line },
    evidence: `${s.redacted} ×${s.count}${s.lastSeen.ts ? `, last seen ${s.lastSeen.ts}` : ''}`,
    severity: secretSeverity(s, facts.scannedAt),
    confidence: s.validated ? 'high' : s.confidence,
    details,
    // The hash prefix makes the fingerprint one per secret; it is not reversible.
    key: s.hash.slice(0, 32),
  };
  return draft;
}
