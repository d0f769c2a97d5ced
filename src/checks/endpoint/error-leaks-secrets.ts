import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, loc, OWASP_TOKENS, SPEC_SECURITY } from './_helpers.ts';

export const errorLeaksSecrets = defineCheck({
  meta: {
    id: 'error-leaks-secrets',
    title: 'Responses contain secret-shaped values',
    description:
      'The shared secret engine found credentials (API keys, tokens, connection strings…) in the ' +
      "endpoint's answers to malformed or unexpected requests. Whatever a server puts in an " +
      'error reaches client logs and the model context: pattern P1, in its most direct form.',
    checklist: 'C4',
    patterns: ['P1'],
    owasp: [OWASP_TOKENS],
    severity: 'high',
    remediation:
      'Rotate the exposed credentials, then stop returning configuration or upstream errors ' +
      'verbatim; scrub secrets from every error path.',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_SECURITY],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const out: FindingDraft[] = [];
    for (const p of e.errorProbes ?? []) {
      for (const s of p.secrets ?? []) {
        out.push({
          message: `The answer to the ${p.kind} probe contained a ${s.title} (${s.family}).`,
          location: loc(e, `response.${p.kind}`),
          evidence: s.redacted,
          confidence: s.confidence,
          key: s.hash,
          details: { rule: s.rule, family: s.family, hash: s.hash.slice(0, 16) },
        });
      }
    }
    return out;
  },
});
