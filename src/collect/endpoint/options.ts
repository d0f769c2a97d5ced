/** Options of the external endpoint audit (CLI: --expect-read-only, --probe-rate-limit, --ca). */
export interface EndpointProbeOptions {
  /** The user declared the token read-only: tools it unlocks that write are findings (C3). */
  expectReadOnly?: boolean;
  /** Opt-in bounded burst to see whether the endpoint rate-limits (C8). */
  probeRateLimit?: boolean;
  /** PEM of private CA certificates, for TLS verification (--ca FILE). */
  ca?: string | Buffer;
  /** Hard cap on requests per scan (default 60, plus the burst when rate limiting is probed). */
  maxRequests?: number;
  /** Requests in the rate-limit burst (default 30). */
  burstSize?: number;
  /** Send probes one at a time: only the benchmark's baseline uses it. */
  serialProbes?: boolean;
}
