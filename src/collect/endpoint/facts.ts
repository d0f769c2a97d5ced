import type { SecretMatch } from '../../engines/secrets/types.ts';
import type { TlsFacts } from './tls/facts.ts';

/** What the prober writes in place of the user's credentials in every stored header and body. */
export const REDACTED_TOKEN = '[REDACTED-TOKEN]';

/**
 * Facts gathered by probing a remote MCP endpoint from the outside (external audit issue).
 * `tls` is owned by the TLS collector (src/collect/endpoint/tls); the rest by the HTTP probes.
 *
 * Collectors record observations (status codes, header values, bounded and redacted body
 * excerpts); checks judge them. Nothing here ever holds the user's token, a session id or a
 * secret a server leaked: only redacted forms and derived features.
 */
export interface EndpointFacts {
  /** The probed URL, credentials and query stripped. */
  url: string;
  /** False when no probe got any HTTP answer: nothing below was observed. */
  reachable?: boolean;
  tls?: TlsFacts;
  scheme?: 'http' | 'https';
  /** The host is a loopback name or address (local server: DNS rebinding applies). */
  loopback?: boolean;
  protocol?: ProtocolFacts;
  /** What the user told us: changes what some checks expect. */
  options?: { tokenSupplied: boolean; expectReadOnly: boolean; rateLimitProbed: boolean };
  auth?: AuthFacts;
  /** RFC 9728 protected resource metadata. */
  resourceMetadata?: ResourceMetadataFacts;
  /** RFC 8414 / OpenID Connect discovery metadata of each authorization server named. */
  authServers?: AuthServerFacts[];
  /** A request carrying a foreign `Origin` (MCP transports: servers MUST validate Origin). */
  origin?: ProbeObservation;
  /** A request carrying a foreign `Host` to a loopback server (DNS rebinding). */
  host?: ProbeObservation;
  cors?: CorsFacts;
  /** A request with a bogus `MCP-Protocol-Version` header (must be 400). */
  protocolVersionHeader?: ProbeObservation;
  /** 2026-07-28: a request whose `Mcp-Method` / version headers disagree with the body. */
  headerMismatch?: ProbeObservation[];
  sessionIds?: SessionIdStats;
  /** The random marker this scan sent where credentials travel (not a secret). */
  canary?: string;
  /** The distinct marker this scan put in request bodies. */
  bodyCanary?: string;
  /** C4: error-provoking requests carrying the canary; what came back. */
  errorProbes?: ErrorProbe[];
  /** C3: what the user's token says about itself (decoded, never verified, never stored). */
  token?: TokenFacts;
  rateLimit?: RateLimitFacts;
  requests?: { sent: number; cap: number; capHit: boolean; depth: number };
  /** Probes that could not run or could not conclude, with the reason. */
  incomplete?: string[];
}

export type ProtocolEra = 'stateless-2026' | 'streamable-2025' | 'sse-legacy' | 'unknown';

export interface ProtocolFacts {
  era: ProtocolEra;
  /** The protocol version the server answered with. */
  version?: string;
  transport?: 'streamable-http' | 'sse';
  /** `server/discover` result's `supportedVersions`. */
  supportedVersions?: string[];
  /** The server issues `Mcp-Session-Id`. */
  sessions?: boolean;
  serverName?: string;
  /** Short human notes on how the era was decided. */
  evidence: string[];
}

/** One HTTP exchange, reduced to what checks judge. */
export interface ProbeObservation {
  /** Absent when the request failed (see `error`). */
  status?: number;
  /** `timeout`, `connection`, `cap`, … when no response arrived. */
  error?: string;
  /** The body held a JSON-RPC `result` (the request was served). */
  served?: boolean;
  rpcErrorCode?: number;
  /** `WWW-Authenticate` excerpt, when present. */
  wwwAuthenticate?: string;
  /** Set by the collector when the probe tested something specific (e.g. `baseline`). */
  note?: string;
}

export interface AuthFacts {
  /** A request without credentials was refused with 401/403. */
  required?: boolean;
  /** The era's cheapest "list" exchange without credentials. */
  unauthenticated?: ProbeObservation & { method: string; tools?: number };
  /** The 401 challenge, parsed (RFC 6750 §3, RFC 9728 §5.1). */
  challenge?: { scheme?: string; params: Record<string, string> };
  /** Token in the URL query: baseline (no token) and probes (canary, real token). */
  query?: TokenPlacementTest;
  /** Token in a form-encoded body (RFC 6750 §2.2). */
  form?: TokenPlacementTest;
  /** A session opened with the token, reused without it. */
  sessionAsToken?: ProbeObservation;
}

export interface TokenPlacementTest {
  /** Parameter names the probe used. */
  params: string[];
  baseline: ProbeObservation;
  canary?: ProbeObservation;
  /** Only when the user supplied a token. */
  real?: ProbeObservation;
}

export interface ResourceMetadataFacts {
  /** Where it was found (or last looked for). */
  url: string;
  via: 'www-authenticate' | 'well-known' | 'none';
  found: boolean;
  status?: number;
  /** Why the document is invalid, when it is. */
  errors: string[];
  resource?: string;
  authorizationServers?: string[];
  bearerMethods?: string[];
  scopes?: string[];
  /** The resource identifier we expected (the endpoint URL, RFC 9728 §3.3). */
  expectedResource: string;
}

export interface AuthServerFacts {
  issuer: string;
  found: boolean;
  metadataUrl?: string;
  errors: string[];
  /** Every endpoint URL the metadata lists, by field name. */
  endpoints?: Record<string, string>;
  codeChallengeMethods?: string[];
  grantTypes?: string[];
  responseTypes?: string[];
  scopes?: string[];
}

export interface CorsFacts {
  /** The foreign origin we sent. */
  probeOrigin: string;
  preflightStatus?: number;
  allowOrigin?: string;
  allowCredentials?: boolean;
  allowHeaders?: string;
}

export interface SessionIdStats {
  /** Session ids received (each from a separate initialize). */
  count: number;
  unique: number;
  minLength: number;
  alphabet: 'decimal' | 'hex' | 'uuid' | 'base64url' | 'mixed';
  /** Estimated entropy of one id, in bits (length × log2 alphabet, UUID v4 = 122). */
  estimatedBits: number;
  /** Consecutive ids differ by a small constant numeric step. */
  sequential: boolean;
  /** Redacted samples: prefix, length, hash. */
  samples: string[];
}

export interface ErrorProbe {
  /** e.g. `malformed-json`, `unknown-method`, `oversized-body`. */
  kind: string;
  status?: number;
  error?: string;
  contentType?: string;
  /** The body, bounded, user token and secrets redacted. The scan canary is left in place. */
  body?: string;
  /** Response header values that echoed the canary (names only). */
  echoHeaders?: string[];
  /** Secret-shaped strings the secret engine found in the body (redacted). */
  secrets?: Omit<SecretMatch, 'start' | 'end'>[];
  /** The user's own token came back in the response (it is redacted in `body`). */
  echoedUserToken?: boolean;
}

export interface TokenFacts {
  format: 'jwt' | 'opaque';
  /** Length of the token, for the report (never the value). */
  length: number;
  issuer?: string;
  audience?: string[];
  /** Seconds since the epoch. */
  exp?: number;
  iat?: number;
  nbf?: number;
  scopes?: string[];
  /** Claims present (names only). */
  claims?: string[];
  /** When the token was inspected (for lifetime without `iat`). */
  inspectedAt: number;
}

export interface RateLimitFacts {
  method: string;
  sent: number;
  statuses: Record<string, number>;
  sawRetryAfter: boolean;
  /** `RateLimit`, `RateLimit-Policy`, `X-RateLimit-*` header names seen. */
  rateLimitHeaders: string[];
}
