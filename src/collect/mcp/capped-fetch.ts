import { type ReadableStream, TransformStream } from 'node:stream/web';
import { anySignal } from './signals.ts';

/**
 * Total bytes one session channel (an HTTP event stream, a stdio server's stdout) may deliver,
 * as a multiple of the one-response limit: it carries many messages, but not without end.
 */
export const SESSION_BUDGET_FACTOR = 8;

export class ResponseTooLargeError extends Error {
  readonly code = 'RESPONSE_TOO_LARGE' as const;
  constructor(maxBytes: number) {
    super(`response body exceeded the ${maxBytes}-byte limit`);
  }
}

function capBody(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  onExceeded: (cap: number) => void,
) {
  let seen = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > maxBytes) {
          onExceeded(maxBytes);
          controller.error(new ResponseTooLargeError(maxBytes));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
}

export type FetchFn = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * A fetch for the MCP HTTP transports that refuses to read more than `maxBytes` of any one
 * response body (design.md §5: bounded memory against a flooding server) and aborts with the
 * collection's deadline. Exceeding the cap errors the body stream; the SDK then fails the request
 * and `onExceeded` records the limit hit for the coverage reason.
 */
export function cappedFetch(
  maxBytes: number,
  signal: AbortSignal,
  onExceeded: (cap: number) => void,
  base: FetchFn = fetch,
): FetchFn {
  return async (input, init) => {
    const signals = [signal, init?.signal].filter((s): s is AbortSignal => Boolean(s));
    const res = await base(input, { ...init, signal: anySignal(signals) });
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      onExceeded(maxBytes);
      await res.body?.cancel().catch(() => {});
      throw new ResponseTooLargeError(maxBytes);
    }
    // A null-body status cannot be re-wrapped (the Response constructor rejects a body there).
    if (!res.body || [101, 204, 205, 304].includes(res.status)) return res;
    // An event stream carries many messages (with HTTP+SSE, every response of the session), so
    // it gets the session budget rather than the one-message budget.
    const isStream = (res.headers.get('content-type') ?? '').includes('text/event-stream');
    const cap = isStream ? maxBytes * SESSION_BUDGET_FACTOR : maxBytes;
    const body = capBody(res.body as ReadableStream<Uint8Array>, cap, onExceeded);
    return new Response(body as unknown as ConstructorParameters<typeof Response>[0], {
      status: res.status,
      statusText: res.statusText,
      headers: res.headers,
    });
  };
}
