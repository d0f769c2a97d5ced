import type { WeakSuiteFamily } from './facts.ts';

/**
 * Weak suites Node 20's OpenSSL cannot offer at all (compiled out), so they are probed with a
 * hand-built ClientHello. Ids and names from the IANA TLS Cipher Suites registry. PSK and SRP
 * suites are left out: a server only picks them for a client that has a PSK or SRP identity.
 */
export const RAW_SUITES: Record<Exclude<WeakSuiteFamily, 'NULL' | 'anonymous'>, RawSuite[]> = {
  // RFC 2246 appendix A.5: the 40/56-bit export suites (FREAK, Logjam).
  EXPORT: [
    { id: 0x0003, name: 'TLS_RSA_EXPORT_WITH_RC4_40_MD5' },
    { id: 0x0006, name: 'TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5' },
    { id: 0x0008, name: 'TLS_RSA_EXPORT_WITH_DES40_CBC_SHA' },
    { id: 0x000b, name: 'TLS_DH_DSS_EXPORT_WITH_DES40_CBC_SHA' },
    { id: 0x000e, name: 'TLS_DH_RSA_EXPORT_WITH_DES40_CBC_SHA' },
    { id: 0x0011, name: 'TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA' },
    { id: 0x0014, name: 'TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA' },
    { id: 0x0017, name: 'TLS_DH_anon_EXPORT_WITH_RC4_40_MD5' },
    { id: 0x0019, name: 'TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA' },
    { id: 0x0062, name: 'TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA' },
    { id: 0x0063, name: 'TLS_DHE_DSS_EXPORT1024_WITH_DES_CBC_SHA' },
    { id: 0x0064, name: 'TLS_RSA_EXPORT1024_WITH_RC4_56_SHA' },
    { id: 0x0065, name: 'TLS_DHE_DSS_EXPORT1024_WITH_RC4_56_SHA' },
  ],
  // RFC 7465 prohibits RC4 in TLS.
  RC4: [
    { id: 0x0004, name: 'TLS_RSA_WITH_RC4_128_MD5' },
    { id: 0x0005, name: 'TLS_RSA_WITH_RC4_128_SHA' },
    { id: 0x0018, name: 'TLS_DH_anon_WITH_RC4_128_MD5' },
    { id: 0x0066, name: 'TLS_DHE_DSS_WITH_RC4_128_SHA' },
    { id: 0xc002, name: 'TLS_ECDH_ECDSA_WITH_RC4_128_SHA' },
    { id: 0xc007, name: 'TLS_ECDHE_ECDSA_WITH_RC4_128_SHA' },
    { id: 0xc00c, name: 'TLS_ECDH_RSA_WITH_RC4_128_SHA' },
    { id: 0xc011, name: 'TLS_ECDHE_RSA_WITH_RC4_128_SHA' },
    { id: 0xc016, name: 'TLS_ECDH_anon_WITH_RC4_128_SHA' },
  ],
  // 64-bit block ciphers fall to Sweet32 (CVE-2016-2183).
  '3DES': [
    { id: 0x000a, name: 'TLS_RSA_WITH_3DES_EDE_CBC_SHA' },
    { id: 0x000d, name: 'TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA' },
    { id: 0x0010, name: 'TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA' },
    { id: 0x0013, name: 'TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA' },
    { id: 0x0016, name: 'TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA' },
    { id: 0x001b, name: 'TLS_DH_anon_WITH_3DES_EDE_CBC_SHA' },
    { id: 0xc003, name: 'TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA' },
    { id: 0xc008, name: 'TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA' },
    { id: 0xc00d, name: 'TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA' },
    { id: 0xc012, name: 'TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA' },
    { id: 0xc017, name: 'TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA' },
  ],
  // Single DES (56-bit key), removed from TLS 1.2 (RFC 5469).
  DES: [
    { id: 0x0009, name: 'TLS_RSA_WITH_DES_CBC_SHA' },
    { id: 0x000c, name: 'TLS_DH_DSS_WITH_DES_CBC_SHA' },
    { id: 0x000f, name: 'TLS_DH_RSA_WITH_DES_CBC_SHA' },
    { id: 0x0012, name: 'TLS_DHE_DSS_WITH_DES_CBC_SHA' },
    { id: 0x0015, name: 'TLS_DHE_RSA_WITH_DES_CBC_SHA' },
    { id: 0x001a, name: 'TLS_DH_anon_WITH_DES_CBC_SHA' },
  ],
};

/**
 * `client_version` offered per family. Export suites only exist up to TLS 1.0 (RFC 4346 §A.5
 * forbids them in TLS 1.1) and single DES up to TLS 1.1 (removed by RFC 5246), so a server that
 * also speaks TLS 1.2 would never pick them from a TLS 1.2 hello: offer the version they live in.
 */
export const RAW_HELLO_VERSION: Record<RawFamily, number> = {
  EXPORT: 0x0301,
  DES: 0x0302,
  RC4: 0x0303,
  '3DES': 0x0303,
};

export interface RawSuite {
  id: number;
  name: string;
}

export type RawFamily = keyof typeof RAW_SUITES;
export const RAW_FAMILIES = Object.keys(RAW_SUITES) as RawFamily[];

/** `0x000A` style, for messages about suites we do not know by name. */
export function suiteHex(id: number): string {
  return `0x${id.toString(16).toUpperCase().padStart(4, '0')}`;
}

const PROTOCOL_NAMES: Record<number, string> = {
  768: 'SSLv3',
  769: 'TLSv1',
  770: 'TLSv1.1',
  771: 'TLSv1.2',
  772: 'TLSv1.3',
};

/** Wire version (e.g. 0x0301) to the names node:tls uses (`TLSv1`). */
export function protocolName(version: number): string {
  return PROTOCOL_NAMES[version] ?? suiteHex(version);
}
