import type { EndpointFacts, ProbeObservation } from '../../collect/endpoint/facts.ts';
import type { TargetFacts } from '../../model/facts.ts';
import type { Location } from '../../model/finding.ts';

export const OWASP_AUTH = 'MCP07:2025 Insufficient Authentication & Authorization';
export const OWASP_TOKENS = 'MCP01:2025 Token Mismanagement & Secret Exposure';
export const OWASP_SCOPE = 'MCP02:2025 Privilege Escalation via Scope Creep';
export const SPEC_AUTH =
  'https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization';
export const SPEC_TRANSPORTS =
  'https://modelcontextprotocol.io/specification/2025-11-25/basic/transports';
export const SPEC_SECURITY =
  'https://modelcontextprotocol.io/specification/2025-11-25/basic/security_best_practices';

/** The endpoint facts of a target (the runner only calls checks that have them). */
export function endpointOf(t: TargetFacts): EndpointFacts {
  return t.facts.endpoint as EndpointFacts;
}

export function loc(e: EndpointFacts, field?: string): Location {
  return { kind: 'endpoint', url: e.url, ...(field ? { field } : {}) };
}

export const refused = (o: ProbeObservation | undefined): boolean =>
  o?.status === 401 || o?.status === 403;

/** The request was served: a JSON-RPC result, or any 2xx. */
export const served = (o: ProbeObservation | undefined): boolean =>
  Boolean(o?.served) || (o?.status !== undefined && o.status >= 200 && o.status < 300);

/** One line describing an observation, for evidence. */
export function describe(o: ProbeObservation | undefined): string {
  if (!o) return 'not sent';
  const s = o.status !== undefined ? `HTTP ${o.status}` : `no answer (${o.error ?? 'error'})`;
  return `${o.note ? `${o.note} → ` : ''}${s}${o.served ? ' with a JSON-RPC result' : ''}`;
}

/**
 * Scopes that grant everything: a token or server offering them defeats least privilege (MCP
 * security best practices, "Scope minimization").
 */
export function isOmnibusScope(scope: string): boolean {
  const s = scope.toLowerCase();
  return (
    s === '*' ||
    s.endsWith(':*') ||
    s.endsWith('.*') ||
    s.endsWith('/*') ||
    /(^|[:._/-])(admin|root|superuser|sudo|all|full|full[_-]?access|owner|god)($|[:._/-])/.test(s)
  );
}

export interface PlacementVerdict {
  outcome: 'any-token' | 'real-token' | 'real-token-probable' | 'read';
  evidence: string;
}

/**
 * Judges a token-placement test by comparing with the no-token baseline: a canary that is
 * served means any token passes; the user's token served means the placement works; the
 * user's token getting past auth (not 401/403) while the canary is refused is the same, at
 * medium confidence; a canary answered `error="invalid_token"` where the baseline had no
 * error means the server at least reads the token from there (RFC 6750 §3.1).
 */
export function judgePlacement(
  t: import('../../collect/endpoint/facts.ts').TokenPlacementTest | undefined,
): PlacementVerdict | undefined {
  if (!t || !refused(t.baseline)) return undefined;
  const ev = [describe(t.baseline), describe(t.canary), ...(t.real ? [describe(t.real)] : [])].join(
    '; ',
  );
  if (served(t.canary)) return { outcome: 'any-token', evidence: ev };
  if (t.real && served(t.real)) return { outcome: 'real-token', evidence: ev };
  if (
    t.real?.status !== undefined &&
    !refused(t.real) &&
    t.real.status < 500 &&
    refused(t.canary)
  ) {
    return { outcome: 'real-token-probable', evidence: ev };
  }
  const invalid = (o: typeof t.canary) =>
    /error\s*=\s*"?invalid_token/i.test(o?.wwwAuthenticate ?? '');
  if (refused(t.canary) && invalid(t.canary) && !invalid(t.baseline)) {
    return { outcome: 'read', evidence: ev };
  }
  return undefined;
}
