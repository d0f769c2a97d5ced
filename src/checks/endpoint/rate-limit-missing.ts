import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, loc, SPEC_SECURITY } from './_helpers.ts';

export const rateLimitMissing = defineCheck({
  meta: {
    id: 'rate-limit-missing',
    title: 'No sign of rate limiting',
    description:
      'Opt-in probe (--probe-rate-limit): a bounded burst of cheap requests got no 429, no ' +
      'Retry-After and no RateLimit / X-RateLimit headers. An agent stuck in a loop (pattern P6) ' +
      'or an attacker with one token can then drive unbounded load and upstream cost.',
    checklist: 'C8',
    patterns: ['P6'],
    severity: 'medium',
    remediation:
      'Enforce per-token and per-tool quotas before calling upstream; answer 429 with ' +
      'Retry-After and RateLimit headers (RFC 9331 draft / IETF httpapi-ratelimit-headers).',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_SECURITY],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const r = e.rateLimit;
    if (!r || r.sent === 0) return [];
    if ((r.statuses['429'] ?? 0) > 0 || r.sawRetryAfter || r.rateLimitHeaders.length > 0) return [];
    const answered = Object.entries(r.statuses)
      .filter(([k]) => /^\d+$/.test(k))
      .reduce((n, [, v]) => n + v, 0);
    // A burst that mostly failed to connect says nothing about limits.
    if (answered < r.sent / 2) return [];
    return [
      {
        message: `${r.sent} ${r.method} requests in a burst were all answered without any rate-limit signal.`,
        location: loc(e, 'rate-limit'),
        evidence: `statuses: ${JSON.stringify(r.statuses)}`,
      },
    ];
  },
});
