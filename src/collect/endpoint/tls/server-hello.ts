import { concatBytes } from './bytes.ts';

/** What the first bytes of a server's answer to our ClientHello say. */
export type ServerAnswer =
  | { kind: 'server-hello'; version: number; suite: number; compression: number }
  | { kind: 'alert'; level: number; description: number; name: string }
  | { kind: 'garbage'; detail: string };

// RFC 5246 §7.2 / RFC 8446 §6: the alerts a server sends to refuse a hello.
const ALERT_NAMES: Record<number, string> = {
  0: 'close_notify',
  10: 'unexpected_message',
  20: 'bad_record_mac',
  22: 'record_overflow',
  40: 'handshake_failure',
  42: 'bad_certificate',
  47: 'illegal_parameter',
  50: 'decode_error',
  51: 'decrypt_error',
  70: 'protocol_version',
  71: 'insufficient_security',
  80: 'internal_error',
  86: 'inappropriate_fallback',
  90: 'user_canceled',
  109: 'missing_extension',
  110: 'unsupported_extension',
  112: 'unrecognized_name',
};

const CONTENT_ALERT = 0x15;
const CONTENT_HANDSHAKE = 0x16;
const HANDSHAKE_SERVER_HELLO = 2;
// RFC 5246 §6.2.1: a plaintext fragment is at most 2^14 bytes.
const MAX_RECORD = 16_384;

/** `alert handshake_failure(40)`. */
function alertName(description: number): string {
  return ALERT_NAMES[description] ?? 'unknown';
}

/**
 * Reads the start of a server's answer: a ServerHello (possibly split over several handshake
 * records), an alert, or something that is not TLS. Returns `undefined` while more bytes are
 * needed. Never reads past the bytes given; every length is checked before use.
 */
export function parseServerAnswer(buf: Buffer): ServerAnswer | undefined {
  if (buf.length === 0) return undefined;
  const first = buf[0]!;
  if (first !== CONTENT_ALERT && first !== CONTENT_HANDSHAKE) {
    if (buf.subarray(0, 5).toString('latin1') === 'HTTP/') {
      return { kind: 'garbage', detail: 'plain HTTP response' };
    }
    if (first & 0x80) return { kind: 'garbage', detail: 'SSLv2-style record' };
    return { kind: 'garbage', detail: `unexpected record type ${first}` };
  }
  const handshake: Buffer[] = [];
  let have = 0;
  let off = 0;
  while (off + 5 <= buf.length) {
    const type = buf[off]!;
    const major = buf[off + 1]!;
    const len = buf.readUInt16BE(off + 3);
    if (major !== 3) return { kind: 'garbage', detail: `record version ${major}.${buf[off + 2]}` };
    if (len === 0 || len > MAX_RECORD + 2048) {
      return { kind: 'garbage', detail: `record length ${len}` };
    }
    if (off + 5 + len > buf.length) return undefined;
    const body = buf.subarray(off + 5, off + 5 + len);
    if (type === CONTENT_ALERT) {
      if (handshake.length > 0 || len < 2) return { kind: 'garbage', detail: 'malformed alert' };
      const description = body[1]!;
      return { kind: 'alert', level: body[0]!, description, name: alertName(description) };
    }
    if (type !== CONTENT_HANDSHAKE) {
      return { kind: 'garbage', detail: `record type ${type} before ServerHello` };
    }
    handshake.push(body);
    have += len;
    off += 5 + len;
    const msg = concatBytes(handshake, have);
    if (msg.length >= 4) {
      if (msg[0] !== HANDSHAKE_SERVER_HELLO) {
        return { kind: 'garbage', detail: `handshake message ${msg[0]} instead of ServerHello` };
      }
      const msgLen = msg.readUIntBE(1, 3);
      if (msg.length >= 4 + msgLen) return parseServerHello(msg.subarray(4, 4 + msgLen));
      if (msgLen > 4 * MAX_RECORD) return { kind: 'garbage', detail: 'oversized ServerHello' };
    }
  }
  return undefined;
}

function parseServerHello(b: Buffer): ServerAnswer {
  // server_version(2) random(32) session_id<0..32> cipher_suite(2) compression_method(1)
  if (b.length < 2 + 32 + 1) return { kind: 'garbage', detail: 'truncated ServerHello' };
  const version = b.readUInt16BE(0);
  const sidLen = b[34]!;
  if (sidLen > 32) return { kind: 'garbage', detail: 'session id longer than 32 bytes' };
  const at = 35 + sidLen;
  if (b.length < at + 3) return { kind: 'garbage', detail: 'truncated ServerHello' };
  return { kind: 'server-hello', version, suite: b.readUInt16BE(at), compression: b[at + 2]! };
}
