import type { AuthServerFacts, ResourceMetadataFacts } from './facts.ts';
import type { ProbeResponse } from './http.ts';
import { isObject } from './jsonrpc.ts';

function strings(v: unknown, max = 50): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v
    .filter((x): x is string => typeof x === 'string')
    .slice(0, max)
    .map((s) => s.slice(0, 300));
}

function parseJson(res: ProbeResponse): unknown {
  if (res.status !== 200 || res.truncated) return undefined;
  try {
    return JSON.parse(res.body);
  } catch {
    return undefined;
  }
}

/** Reads an RFC 9728 protected resource metadata answer; `errors` says why it is invalid. */
export function readResourceMetadata(
  res: ProbeResponse,
  url: string,
  via: ResourceMetadataFacts['via'],
  expectedResource: string,
): ResourceMetadataFacts {
  const facts: ResourceMetadataFacts = { url, via, found: false, errors: [], expectedResource };
  if (res.status !== undefined) facts.status = res.status;
  if (res.status !== 200) {
    facts.errors.push(res.error ? `request failed: ${res.error}` : `HTTP ${res.status}`);
    return facts;
  }
  const doc = parseJson(res);
  if (!isObject(doc)) {
    facts.errors.push(res.truncated ? 'document too large' : 'not a JSON object');
    return facts;
  }
  facts.found = true;
  // RFC 9728 §2: `resource` is REQUIRED; MCP requires `authorization_servers` to name at least one.
  if (typeof doc.resource === 'string') facts.resource = doc.resource.slice(0, 500);
  else facts.errors.push('`resource` missing or not a string');
  const as = strings(doc.authorization_servers, 10);
  if (as && as.length > 0) facts.authorizationServers = as;
  else facts.errors.push('`authorization_servers` missing or empty');
  const bm = strings(doc.bearer_methods_supported);
  if (bm) facts.bearerMethods = bm;
  const sc = strings(doc.scopes_supported, 200);
  if (sc) facts.scopes = sc;
  return facts;
}

const ENDPOINT_FIELDS = [
  'issuer',
  'authorization_endpoint',
  'token_endpoint',
  'registration_endpoint',
  'jwks_uri',
  'revocation_endpoint',
  'introspection_endpoint',
  'userinfo_endpoint',
  'device_authorization_endpoint',
] as const;

/**
 * Reads the first valid RFC 8414 / OpenID Connect discovery answer among those fetched for one
 * issuer (they are fetched in parallel, in the MCP spec's priority order).
 */
export function readAuthServerMetadata(
  issuer: string,
  answers: { url: string; res: ProbeResponse }[],
): AuthServerFacts {
  const facts: AuthServerFacts = { issuer, found: false, errors: [] };
  for (const { url, res } of answers) {
    const doc = parseJson(res);
    if (!isObject(doc)) continue;
    facts.found = true;
    facts.metadataUrl = url;
    const endpoints: Record<string, string> = {};
    for (const f of ENDPOINT_FIELDS) {
      const v = doc[f];
      if (typeof v === 'string') endpoints[f] = v.slice(0, 500);
    }
    facts.endpoints = endpoints;
    // RFC 8414 §3.3: the issuer in the document MUST equal the one we looked up.
    if (typeof doc.issuer !== 'string') facts.errors.push('`issuer` missing');
    else if (doc.issuer.replace(/\/+$/, '') !== issuer.replace(/\/+$/, '')) {
      facts.errors.push('`issuer` differs from the issuer URL it was fetched for');
    }
    const ccm = strings(doc.code_challenge_methods_supported);
    if (ccm) facts.codeChallengeMethods = ccm;
    const gt = strings(doc.grant_types_supported);
    if (gt) facts.grantTypes = gt;
    const rt = strings(doc.response_types_supported);
    if (rt) facts.responseTypes = rt;
    const sc = strings(doc.scopes_supported, 200);
    if (sc) facts.scopes = sc;
    return facts;
  }
  const statuses = answers.map((a) => a.res.status ?? a.res.error ?? '?').join(', ');
  facts.errors.push(`no metadata document found (${statuses})`);
  return facts;
}
