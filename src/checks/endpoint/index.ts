import type { Check } from '../check.ts';
import { httpMissingHsts } from './http-missing-hsts.ts';
import { httpNoHttpsRedirect } from './http-no-https-redirect.ts';
import { tlsCertificateExpired } from './tls-certificate-expired.ts';
import { tlsCertificateExpiring } from './tls-certificate-expiring.ts';
import { tlsHostnameMismatch } from './tls-hostname-mismatch.ts';
import { tlsLegacyProtocol } from './tls-legacy-protocol.ts';
import { tlsSha1Signature } from './tls-sha1-signature.ts';
import { tlsUntrustedCertificate } from './tls-untrusted-certificate.ts';
import { tlsWeakCipher } from './tls-weak-cipher.ts';
import { tlsWeakKey } from './tls-weak-key.ts';

/** Checks of this area, sorted by id. Each lives in its own file named after its id. */
export const endpointChecks: Check[] = [
  httpMissingHsts,
  httpNoHttpsRedirect,
  tlsCertificateExpired,
  tlsCertificateExpiring,
  tlsHostnameMismatch,
  tlsLegacyProtocol,
  tlsSha1Signature,
  tlsUntrustedCertificate,
  tlsWeakCipher,
  tlsWeakKey,
];
