import type { Check } from '../check.ts';
import { authChallengeMissing } from './auth-challenge-missing.ts';
import { corsReflectsOrigin } from './cors-reflects-origin.ts';
import { endpointUnauthenticatedAccess } from './endpoint-unauthenticated-access.ts';
import { errorEchoesRequest } from './error-echoes-request.ts';
import { errorLeaksInternals } from './error-leaks-internals.ts';
import { errorLeaksSecrets } from './error-leaks-secrets.ts';
import { headerMismatchAccepted } from './header-mismatch-accepted.ts';
import { hostNotValidated } from './host-not-validated.ts';
import { httpMissingHsts } from './http-missing-hsts.ts';
import { httpNoHttpsRedirect } from './http-no-https-redirect.ts';
import { legacySseTransport } from './legacy-sse-transport.ts';
import { oauthBearerMethodsInsecure } from './oauth-bearer-methods-insecure.ts';
import { oauthInsecureGrants } from './oauth-insecure-grants.ts';
import { oauthOmnibusScopes } from './oauth-omnibus-scopes.ts';
import { oauthPkceS256Missing } from './oauth-pkce-s256-missing.ts';
import { oauthResourceMetadataMismatch } from './oauth-resource-metadata-mismatch.ts';
import { oauthResourceMetadataMissing } from './oauth-resource-metadata-missing.ts';
import { oauthServerNotHttps } from './oauth-server-not-https.ts';
import { originNotValidated } from './origin-not-validated.ts';
import { protocolVersionNotValidated } from './protocol-version-not-validated.ts';
import { rateLimitMissing } from './rate-limit-missing.ts';
import { readOnlyTokenUnlocksWrites } from './read-only-token-unlocks-writes.ts';
import { sessionIdAcceptedAsToken } from './session-id-accepted-as-token.ts';
import { tlsCertificateExpired } from './tls-certificate-expired.ts';
import { tlsCertificateExpiring } from './tls-certificate-expiring.ts';
import { tlsHostnameMismatch } from './tls-hostname-mismatch.ts';
import { tlsLegacyProtocol } from './tls-legacy-protocol.ts';
import { tlsSha1Signature } from './tls-sha1-signature.ts';
import { tlsUntrustedCertificate } from './tls-untrusted-certificate.ts';
import { tlsWeakCipher } from './tls-weak-cipher.ts';
import { tlsWeakKey } from './tls-weak-key.ts';
import { tokenAcceptedInFormBody } from './token-accepted-in-form-body.ts';
import { tokenAcceptedInQuery } from './token-accepted-in-query.ts';
import { tokenAudienceMismatch } from './token-audience-mismatch.ts';
import { tokenBroadScopes } from './token-broad-scopes.ts';
import { tokenLongLifetime } from './token-long-lifetime.ts';
import { tokenNoExpiry } from './token-no-expiry.ts';
import { toolAnnotationContradiction } from './tool-annotation-contradiction.ts';
import { weakSessionIds } from './weak-session-ids.ts';

/** Checks of this area, sorted by id. Each lives in its own file named after its id. */
export const endpointChecks: Check[] = [
  authChallengeMissing,
  corsReflectsOrigin,
  endpointUnauthenticatedAccess,
  errorEchoesRequest,
  errorLeaksInternals,
  errorLeaksSecrets,
  headerMismatchAccepted,
  hostNotValidated,
  httpMissingHsts,
  httpNoHttpsRedirect,
  legacySseTransport,
  oauthBearerMethodsInsecure,
  oauthInsecureGrants,
  oauthOmnibusScopes,
  oauthPkceS256Missing,
  oauthResourceMetadataMismatch,
  oauthResourceMetadataMissing,
  oauthServerNotHttps,
  originNotValidated,
  protocolVersionNotValidated,
  rateLimitMissing,
  readOnlyTokenUnlocksWrites,
  sessionIdAcceptedAsToken,
  tlsCertificateExpired,
  tlsCertificateExpiring,
  tlsHostnameMismatch,
  tlsLegacyProtocol,
  tlsSha1Signature,
  tlsUntrustedCertificate,
  tlsWeakCipher,
  tlsWeakKey,
  tokenAcceptedInFormBody,
  tokenAcceptedInQuery,
  tokenAudienceMismatch,
  tokenBroadScopes,
  tokenLongLifetime,
  tokenNoExpiry,
  toolAnnotationContradiction,
  weakSessionIds,
];
