import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { concatBytes } from './bytes.ts';

export interface ClientHelloOptions {
  /** Suite ids to offer, in preference order. */
  suites: readonly number[];
  /** Highest version offered in `client_version` (RFC 5246 §7.4.1.2); default TLS 1.2. */
  version?: number;
  /** SNI host name; IP literals are dropped (RFC 6066 §3). */
  servername?: string;
  /** Fixed client random, for tests. */
  random?: Buffer;
}

// TLS_EMPTY_RENEGOTIATION_INFO_SCSV (RFC 5746 §3.3): some servers refuse a hello without it.
const RENEGOTIATION_SCSV = 0x00ff;
// x25519, secp256r1, secp384r1, secp521r1: needed for a server to pick an ECDHE/ECDH suite.
const GROUPS = [0x001d, 0x0017, 0x0018, 0x0019];
// RSA PKCS#1, ECDSA and RSA-PSS with SHA-256/384/512/SHA-1 (RFC 5246 §7.4.1.4.1, RFC 8446 §4.2.3).
const SIGNATURE_ALGORITHMS = [
  0x0401, 0x0501, 0x0601, 0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0201, 0x0203, 0x0202,
];

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}

function u24(n: number): Buffer {
  return Buffer.from([(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);
}

function list16(items: readonly number[]): Buffer {
  return concatBytes([u16(items.length * 2), ...items.map(u16)]);
}

function extension(type: number, body: Buffer): Buffer {
  return concatBytes([u16(type), u16(body.length), body]);
}

function serverNameExtension(name: string): Buffer {
  const host = Buffer.from(name, 'ascii');
  const entry = concatBytes([Buffer.from([0]), u16(host.length), host]);
  return extension(0x0000, concatBytes([u16(entry.length), entry]));
}

/**
 * Builds one TLS record holding a ClientHello that offers exactly `suites`, without the TLS 1.3
 * `supported_versions` extension so the server negotiates TLS 1.2 or lower. The record layer says
 * TLS 1.0 for the widest compatibility (RFC 5246 appendix E.1).
 *
 * @example buildClientHello({ suites: [0x000a], servername: 'mcp.example.com' })
 */
export function buildClientHello(opts: ClientHelloOptions): Buffer {
  if (opts.suites.length === 0) throw new RangeError('a ClientHello needs at least one suite');
  const random = opts.random ?? randomBytes(32);
  if (random.length !== 32) throw new RangeError('client random must be 32 bytes');
  const extensions: Buffer[] = [];
  if (opts.servername && isIP(opts.servername) === 0) {
    extensions.push(serverNameExtension(opts.servername));
  }
  extensions.push(extension(0x000a, list16(GROUPS)));
  extensions.push(extension(0x000b, Buffer.from([1, 0])));
  extensions.push(extension(0x000d, list16(SIGNATURE_ALGORITHMS)));
  const ext = concatBytes(extensions);
  const body = concatBytes([
    u16(opts.version ?? 0x0303),
    random,
    Buffer.from([0]),
    list16([...opts.suites, RENEGOTIATION_SCSV]),
    Buffer.from([1, 0]),
    u16(ext.length),
    ext,
  ]);
  const handshake = concatBytes([Buffer.from([1]), u24(body.length), body]);
  return concatBytes([Buffer.from([0x16, 0x03, 0x01]), u16(handshake.length), handshake]);
}
