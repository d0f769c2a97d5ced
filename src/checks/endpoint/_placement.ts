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
  const at = { location: loc(e, `token in ${where}`), evidence: v.evidence, details: { params } };
  switch (v.outcome) {
    case 'any-token':
      return {
        ...at,
        title: 'Any token accepted',
        message: `A random token in ${where} was accepted: the endpoint does not validate tokens there.`,
        severity: 'critical',
      };
    case 'real-token':
      return {
        ...at,
        message: `Your token, moved from the Authorization header to ${where}, was accepted.`,
      };
    case 'real-token-probable':
      return {
        ...at,
        message: `Your token in ${where} got past authentication (a random one did not).`,
        confidence: 'medium',
      };
    default:
      return {
        ...at,
        message: `The endpoint reads bearer tokens from ${where} (a random one was judged invalid_token).`,
        severity: 'medium',
        confidence: 'medium',
      };
  }
}
