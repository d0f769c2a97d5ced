import { REDACTED_TOKEN as REDACTED } from '../../collect/endpoint/facts.ts';
import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { excerpt } from '../../util/escape.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, loc, OWASP_TOKENS, SPEC_SECURITY } from './_helpers.ts';

export const errorEchoesRequest = defineCheck({
  meta: {
    id: 'error-echoes-request',
    title: 'Responses echo request credentials or headers',
    description:
      'Each probe carried a unique canary where credentials travel (bearer token, API-key header, ' +
      'session cookie) and another in the body. A response that repeats the first shows the ' +
      'server copies credentials into errors, and so into client logs, model context and ' +
      "telemetry: pattern P1. Echoing the user's own token is the worst case; reflecting body " +
      'input is reported at low severity.',
    checklist: 'C4',
    patterns: ['P1'],
    owasp: [OWASP_TOKENS],
    severity: 'medium',
    remediation:
      'Return generic error messages; never include request headers, tokens or raw input in ' +
      'responses; log them only through a scrubbing logger.',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_SECURITY],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const canary = e.canary;
    const out: FindingDraft[] = [];
    for (const p of e.errorProbes ?? []) {
      const at = canary && p.body ? p.body.indexOf(canary) : -1;
      const tokenAt = Math.max(0, (p.body ?? '').indexOf(REDACTED));
      if (p.echoedUserToken) {
        out.push({
          title: 'Response echoes your token',
          message: `The answer to the ${p.kind} probe contained your bearer token (redacted here).`,
          location: loc(e, `response.${p.kind}`),
          evidence: excerpt(p.body ?? '', tokenAt, tokenAt + REDACTED.length),
          severity: 'high',
          key: `token ${p.kind}`,
        });
      }
      if (at >= 0 || (p.echoHeaders?.length ?? 0) > 0) {
        const where = at >= 0 ? 'body' : `headers ${p.echoHeaders?.join(', ')}`;
        out.push({
          message: `The answer to the ${p.kind} probe (HTTP ${p.status ?? '?'}) echoed the credential canary (sent as a bearer token, API key or cookie) in its ${where}.`,
          location: loc(e, `response.${p.kind}`),
          evidence: at >= 0 ? excerpt(p.body ?? '', at, at + (canary?.length ?? 0)) : where,
          // The canary-as-bearer probe echoing means tokens are echoed.
          ...(p.kind === 'canary-bearer' ? { severity: 'high' as const } : {}),
          key: p.kind,
        });
        continue;
      }
      const bodyAt = e.bodyCanary && p.body ? p.body.indexOf(e.bodyCanary) : -1;
      if (bodyAt >= 0) {
        // Reflected input is weaker than echoed credentials, but form-body tokens travel there.
        out.push({
          title: 'Errors reflect request input',
          message: `The answer to the ${p.kind} probe (HTTP ${p.status ?? '?'}) repeats request body content.`,
          location: loc(e, `response.${p.kind}`),
          evidence: excerpt(p.body ?? '', bodyAt, bodyAt + (e.bodyCanary?.length ?? 0)),
          severity: 'low',
          key: `input ${p.kind}`,
        });
      }
    }
    return out;
  },
});
