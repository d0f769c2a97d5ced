import type { TlsFacts } from './tls/facts.ts';

/**
 * Facts gathered by probing a remote MCP endpoint from the outside (external audit issue).
 * `tls` is owned by the TLS collector (src/collect/endpoint/tls); the rest by the HTTP probes.
 */
export interface EndpointFacts {
  url: string;
  tls?: TlsFacts;
}
