import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, loc, OWASP_TOKENS, SPEC_SECURITY } from './_helpers.ts';

const MAX_SECONDS = 24 * 3600;

export const tokenLongLifetime = defineCheck({
  meta: {
    id: 'token-long-lifetime',
    title: 'Access token lives longer than 24 hours',
    description:
      'The JWT given for the scan is valid for more than a day (from `iat`, or from now when ' +
      'there is none, to `exp`). The longer a token lives, the longer a leaked copy stays useful; ' +
      'rotation on a schedule is part of checklist item C1/C3.',
    checklist: 'C3',
    patterns: ['P1', 'P7'],
    owasp: [OWASP_TOKENS],
    severity: 'medium',
    remediation: 'Keep access-token lifetimes to hours at most; rely on refresh tokens.',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_SECURITY],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const tk = e.token;
    if (tk?.format !== 'jwt' || tk.exp === undefined) return [];
    const from = tk.iat ?? tk.inspectedAt;
    const life = tk.exp - from;
    if (life <= MAX_SECONDS) return [];
    const hours = Math.round(life / 3600);
    return [
      {
        message: `The token is valid for about ${hours} hours${tk.iat === undefined ? ' from now' : ''}.`,
        location: loc(e, 'token.exp'),
        evidence: `exp − ${tk.iat === undefined ? 'now' : 'iat'} = ${life} s`,
        ...(life > 30 * 24 * 3600 ? { severity: 'high' as const } : {}),
        details: { lifetimeSeconds: life },
      },
    ];
  },
});
