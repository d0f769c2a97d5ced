import { connect, type LookupFunction } from 'node:net';
import { asView, concatBytes } from './bytes.ts';
import { buildClientHello } from './client-hello.ts';
import type { ProbeOutcome } from './facts.ts';
import { parseServerAnswer } from './server-hello.ts';
import { protocolName, type RawSuite, suiteHex } from './suites.ts';

export interface RawProbeOptions {
  host: string;
  port: number;
  servername?: string;
  suites: readonly RawSuite[];
  timeoutMs: number;
  signal?: AbortSignal;
  /** `client_version` of the hello; default TLS 1.2 (the server may answer lower). */
  version?: number;
  lookup?: LookupFunction;
}

export interface RawProbeResult {
  outcome: ProbeOutcome;
  suite?: RawSuite;
  protocol?: string;
  detail?: string;
}

// A ServerHello fits in a few hundred bytes; a server that sends more before it is just noise.
const MAX_READ = 32 * 1024;

/**
 * Offers only `suites` in a hand-built ClientHello over a plain TCP socket and reads the
 * server's first answer. `accepted` means the server chose one of them in its ServerHello; we
 * close the socket right after, without finishing the handshake.
 */
export function probeRawSuites(opts: RawProbeOptions): Promise<RawProbeResult> {
  return new Promise((resolve) => {
    let connected = false;
    let settled = false;
    let data = Buffer.alloc(0);
    const socket = connect({
      host: opts.host,
      port: opts.port,
      ...(opts.lookup ? { lookup: opts.lookup } : {}),
    });
    const finish = (r: RawProbeResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(r);
    };
    const onAbort = (): void => finish({ outcome: 'timeout', detail: 'aborted' });
    const timer = setTimeout(
      () => finish({ outcome: 'timeout', detail: `no answer in ${opts.timeoutMs} ms` }),
      opts.timeoutMs,
    );
    if (opts.signal?.aborted) return onAbort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });

    socket.once('connect', () => {
      connected = true;
      const hello = buildClientHello({
        suites: opts.suites.map((s) => s.id),
        version: opts.version,
        servername: opts.servername,
      });
      socket.write(asView(hello));
    });
    socket.on('data', (chunk: Buffer) => {
      data = concatBytes([data, chunk]);
      const answer = parseServerAnswer(data);
      if (answer === undefined) {
        if (data.length > MAX_READ) finish({ outcome: 'rejected', detail: 'no ServerHello' });
        return;
      }
      if (answer.kind === 'alert') {
        finish({ outcome: 'rejected', detail: `alert ${answer.name}(${answer.description})` });
      } else if (answer.kind === 'garbage') {
        finish({ outcome: 'rejected', detail: `not a TLS answer: ${answer.detail}` });
      } else {
        const suite = opts.suites.find((s) => s.id === answer.suite);
        if (suite) {
          finish({ outcome: 'accepted', suite, protocol: protocolName(answer.version) });
        } else {
          // RFC 5246 §7.4.1.3: the server MUST pick from the client's list; this one did not.
          finish({
            outcome: 'rejected',
            detail: `server chose ${suiteHex(answer.suite)}, which was not offered`,
          });
        }
      }
    });
    socket.on('end', () => finish({ outcome: 'rejected', detail: 'connection closed' }));
    socket.on('close', () => finish({ outcome: 'rejected', detail: 'connection closed' }));
    socket.on('error', (err: NodeJS.ErrnoException) => {
      const code = err.code ?? 'error';
      finish(
        connected
          ? { outcome: 'rejected', detail: code }
          : { outcome: 'unreachable', detail: code },
      );
    });
  });
}
