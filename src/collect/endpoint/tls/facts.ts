/**
 * What the TLS probes learned about an HTTPS endpoint (checklist C2). Plain data: a saved copy
 * replays offline, and every time-dependent judgement (expiry) compares against `collectedAt`,
 * not the clock of the machine that runs the checks.
 */
export interface TlsFacts {
  host: string;
  port: number;
  /** SNI sent with every probe; absent for IP-literal hosts (RFC 6066 §3 forbids IPs in SNI). */
  servername?: string;
  /** ISO time at which the probes ran. */
  collectedAt: string;
  /** False when not a single TLS handshake completed: nothing below is then evidence. */
  reachable: boolean;
  /** Why nothing was learned (connect refused, timeout…), when `reachable` is false. */
  error?: string;
  /** Whether the user supplied extra trust anchors (`--ca FILE`). */
  customCa: boolean;
  /** One probe per protocol version, each offering only that version. */
  versions: TlsVersionProbe[];
  /** One probe per weak suite family. */
  weakSuites: WeakSuiteProbe[];
  /** The server's chain as presented, leaf first; absent when no handshake completed. */
  chain?: CertificateFacts[];
  /** Chain verification against the system roots plus `--ca`, as OpenSSL reports it. */
  trust?: TrustFacts;
  /** RFC 6125 / RFC 2818 §3.1 match of the URL host against the leaf (tls.checkServerIdentity). */
  hostname?: { matches: boolean; error?: string };
  /** The negotiated parameters of the default handshake (what a modern client gets). */
  negotiated?: { protocol: string; cipher: string };
  https?: HttpsPolicyFacts;
}

export type TlsVersion = 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';

/**
 * `accepted`: the handshake completed. `rejected`: the TCP connection opened but the server
 * refused the handshake (alert, close, reset). `unreachable`: no TCP connection. `timeout`: no
 * answer in time. `unsupported`: this client cannot offer it (the probe says nothing).
 */
export type ProbeOutcome = 'accepted' | 'rejected' | 'unreachable' | 'timeout' | 'unsupported';

export interface TlsVersionProbe {
  version: TlsVersion;
  outcome: ProbeOutcome;
  /** OpenSSL name of the suite negotiated, when accepted. */
  cipher?: string;
  /** Short reason when not accepted (alert text, error code). */
  detail?: string;
}

export type WeakSuiteFamily = 'NULL' | 'anonymous' | 'EXPORT' | 'RC4' | '3DES' | 'DES';

export interface WeakSuiteProbe {
  family: WeakSuiteFamily;
  /** `node`: node:tls offering only that family; `raw`: a hand-built ClientHello. */
  method: 'node' | 'raw';
  outcome: ProbeOutcome;
  /** The suite the server chose, when accepted (node:tls reports a name, not the id). */
  suite?: { id?: number; name: string };
  /** Protocol version the server answered with, when accepted (e.g. `TLSv1.2`). */
  protocol?: string;
  detail?: string;
}

export interface CertificateFacts {
  subject: string;
  issuer: string;
  serialNumber: string;
  /** SHA-256 fingerprint, colon-separated hex as node:crypto prints it. */
  fingerprint256: string;
  validFrom: string;
  validTo: string;
  /** Issuer equals subject and the signature verifies with the certificate's own key. */
  selfSigned: boolean;
  /** Subject alternative names as node:crypto prints them (`DNS:a, IP Address:…`). */
  subjectAltName?: string;
  publicKey: PublicKeyFacts;
  /** From the DER `signatureAlgorithm` field (RFC 5280 §4.1.1.2). */
  signatureAlgorithm: { oid: string; name: string };
}

export interface PublicKeyFacts {
  /** node:crypto `asymmetricKeyType`: rsa, rsa-pss, ec, ed25519, ed448, dsa… or `unknown`. */
  type: string;
  /** Modulus length for RSA/DSA, curve size for EC. */
  bits?: number;
  /** Named curve for EC keys. */
  curve?: string;
}

export interface TrustFacts {
  authorized: boolean;
  /** OpenSSL verification code, e.g. DEPTH_ZERO_SELF_SIGNED_CERT, CERT_HAS_EXPIRED. */
  error?: string;
}

/** HTTP-level transport policy of an HTTPS endpoint. */
export interface HttpsPolicyFacts {
  /** The one GET request (headers only) to the HTTPS URL, for its Strict-Transport-Security header. */
  hsts: HstsFacts;
  /**
   * The http:// variant of the URL on the first plain port that answered (else the first one
   * tried); absent when the probe was turned off.
   */
  plainHttp?: PlainHttpFacts;
  /** Plain-HTTP ports tried (80, plus e.g. 8080 for an endpoint on 8443). */
  plainHttpPorts?: number[];
}

export interface HstsFacts {
  /** False when the GET request got no response: then nothing is known about HSTS. */
  responded: boolean;
  status?: number;
  /** Raw header value (bounded), absent when the header is missing. */
  header?: string;
  /** Parsed max-age in seconds; absent when missing or unparsable (RFC 6797 §6.1.1). */
  maxAge?: number;
  includeSubDomains?: boolean;
  preload?: boolean;
  error?: string;
}

export interface PlainHttpFacts {
  url: string;
  /** False when nothing answered on the plain-HTTP port: that is fine, not a failure. */
  reachable: boolean;
  status?: number;
  /** Location header (bounded), when present. */
  location?: string;
  /** A 3xx whose Location resolves to https: on the same host. */
  redirectsToHttps: boolean;
  error?: string;
}
