import { createHash } from 'node:crypto';
import type { LookupFunction } from 'node:net';
import {
  type ConnectionOptions,
  connect,
  createSecureContext,
  type DetailedPeerCertificate,
  rootCertificates,
  type SecureContext,
} from 'node:tls';
import type { ProbeOutcome } from './facts.ts';

export interface NodeProbeOptions {
  host: string;
  port: number;
  servername?: string;
  /** PEM of extra trust anchors (`--ca`), added to the system roots; undefined: Node's store. */
  customCa?: string | Buffer;
  minVersion: NonNullable<ConnectionOptions['minVersion']>;
  maxVersion: NonNullable<ConnectionOptions['maxVersion']>;
  ciphers: string;
  timeoutMs: number;
  signal?: AbortSignal;
  lookup?: LookupFunction;
}

export interface NodeProbeResult {
  outcome: ProbeOutcome;
  detail?: string;
  protocol?: string;
  cipher?: string;
  authorized?: boolean;
  authorizationError?: string;
  peer?: DetailedPeerCertificate;
}

// Parsing the ~140 system roots plus `--ca` costs ~20 ms per context; with a custom CA every
// probe would pay it. Contexts are reusable, so keep a few per (CA, version range, ciphers).
const contexts = new Map<string, SecureContext>();
const MAX_CONTEXTS = 32;

function contextWithCustomCa(opts: NodeProbeOptions, customCa: string | Buffer): SecureContext {
  const caHash = createHash('sha256')
    .update(typeof customCa === 'string' ? customCa : customCa.toString('latin1'))
    .digest('hex');
  const key = [caHash, opts.minVersion, opts.maxVersion, opts.ciphers].join('|');
  let ctx = contexts.get(key);
  if (!ctx) {
    ctx = createSecureContext({
      ca: [...rootCertificates, customCa],
      minVersion: opts.minVersion,
      maxVersion: opts.maxVersion,
      ciphers: opts.ciphers,
    });
    if (contexts.size >= MAX_CONTEXTS) contexts.delete(contexts.keys().next().value as string);
    contexts.set(key, ctx);
  }
  return ctx;
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
]);

function shortReason(err: NodeJS.ErrnoException): string {
  // OpenSSL messages look like `...:error:0A00042E:SSL routines:...:tlsv1 alert protocol version`.
  const m = /SSL routines:[^:]*:([^\n]+?)(?::\.\.\/|$)/m.exec(err.message);
  return (m?.[1] ?? err.code ?? err.message).slice(0, 160);
}

/**
 * One TLS handshake with node:tls, bounded by `timeoutMs`, never rejecting on trust: we record
 * `authorized` / `authorizationError` instead. The socket is closed as soon as the handshake is
 * done; no application data is sent.
 */
export function probeWithNode(opts: NodeProbeOptions): Promise<NodeProbeResult> {
  return new Promise((resolve) => {
    let settled = false;
    let connected = false;
    const finish = (r: NodeProbeResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      socket?.destroy();
      resolve(r);
    };
    const onAbort = (): void => finish({ outcome: 'timeout', detail: 'aborted' });
    const timer = setTimeout(
      () => finish({ outcome: 'timeout', detail: `no handshake in ${opts.timeoutMs} ms` }),
      opts.timeoutMs,
    );
    let socket: ReturnType<typeof connect> | undefined;
    try {
      const tlsOptions: ConnectionOptions =
        opts.customCa === undefined
          ? { minVersion: opts.minVersion, maxVersion: opts.maxVersion, ciphers: opts.ciphers }
          : { secureContext: contextWithCustomCa(opts, opts.customCa) };
      socket = connect({
        host: opts.host,
        port: opts.port,
        servername: opts.servername,
        rejectUnauthorized: false,
        ...(opts.lookup ? { lookup: opts.lookup } : {}),
        ...tlsOptions,
        // Recorded, never enforced here: the hostname check runs on the facts.
        checkServerIdentity: () => undefined,
      });
    } catch (err) {
      // Our own OpenSSL cannot build this offer (e.g. a cipher string it does not know).
      finish({ outcome: 'unsupported', detail: shortReason(err as NodeJS.ErrnoException) });
      return;
    }
    if (opts.signal?.aborted) return onAbort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const s = socket;
    s.once('connect', () => {
      connected = true;
    });
    s.once('secureConnect', () => {
      const cipher = s.getCipher();
      const result: NodeProbeResult = {
        outcome: 'accepted',
        protocol: s.getProtocol() ?? undefined,
        cipher: cipher?.name,
        authorized: s.authorized,
        peer: s.getPeerCertificate(true),
      };
      if (!s.authorized && s.authorizationError) {
        result.authorizationError = String(s.authorizationError);
      }
      finish(result);
    });
    s.on('error', (err: NodeJS.ErrnoException) => {
      if (!connected && UNREACHABLE.has(err.code ?? '')) {
        finish({ outcome: 'unreachable', detail: err.code });
      } else if (err.code === 'ERR_SSL_NO_CIPHERS_AVAILABLE' || /no cipher/i.test(err.message)) {
        finish({ outcome: 'unsupported', detail: shortReason(err) });
      } else {
        finish({ outcome: connected ? 'rejected' : 'unreachable', detail: shortReason(err) });
      }
    });
    s.on('close', () => finish({ outcome: 'rejected', detail: 'connection closed' }));
  });
}
