import type { EndpointFacts } from '../../collect/endpoint/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { loc, type PlacementVerdict } from './_helpers.ts';

/** The finding for a token-placement verdict (shared by the query and form-body checks). */
export function placementFinding(
  e: EndpointFacts,
  v: PlacementVerdict,
  where: string,
  params: string[],
): FindingDraft {
  const field = `token in ${where}`;
  switch (v.outcome) {
    case 'any-token':
      return {
        title: 'Any token accepted',
        message: `A random token in ${where} was accepted: the endpoint does not validate tokens there.`,
        location: loc(e, field),
        evidence: v.evidence,
        severity: 'critical',
        details: { params },
      };
    case 'real-token':
      return {
        message: `Your token, moved from the Authorization header to ${where}, was accepted.`,
        location: loc(e, field),
        evidence: v.evidence,
        details: { params },
      };
    case 'real-token-probable':
      return {
        message: `Your token in ${where} got past authentication (a random one did not).`,
        location: loc(e, field),
        evidence: v.evidence,
        confidence: 'medium',
        details: { params },
      };
    default:
      return {
        message: `The endpoint reads bearer tokens from ${where} (a random one was judged invalid_token).`,
        location: loc(e, field),
        evidence: v.evidence,
        severity: 'medium',
        confidence: 'medium',
        details: { params },
      };
  }
}
