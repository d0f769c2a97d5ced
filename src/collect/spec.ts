import type { EndpointProbeOptions } from './endpoint/options.ts';
/** What the user asked us to audit, before any I/O. */
export type TargetSpec =
  | {
      kind: 'stdio';
      command: string;
      args: string[];
      /** Environment for the child: only variables the user passed through by name. */
      env?: Record<string, string>;
      cwd?: string;
      name?: string;
    }
  | {
      kind: 'http';
      url: string;
      headers?: Record<string, string>;
      /** Read from an environment variable by the CLI; never printed. */
      bearerToken?: string;
      /** `auto` tries Streamable HTTP, then falls back to the deprecated HTTP+SSE transport. */
      transport?: 'auto' | 'streamable-http' | 'sse';
      name?: string;
    }
  | { kind: 'snapshot'; file: string };

/** Limits on everything a server can make us do (design.md §5). */
export interface CollectLimits {
  connectTimeoutMs: number;
  requestTimeoutMs: number;
  /** Whole-collection budget for one target. */
  totalTimeoutMs: number;
  maxResponseBytes: number;
  maxItems: number;
  maxPages: number;
  maxSchemaDepth: number;
  maxStringLength: number;
}

export const DEFAULT_LIMITS: CollectLimits = {
  connectTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  totalTimeoutMs: 60_000,
  maxResponseBytes: 8 * 1024 * 1024,
  maxItems: 5_000,
  maxPages: 100,
  maxSchemaDepth: 32,
  maxStringLength: 256 * 1024,
};

export type ProgressEvent =
  | { type: 'target-start'; label: string }
  | { type: 'target-step'; label: string; step: string }
  | { type: 'target-done'; label: string; status: string };

export interface CollectContext {
  limits: CollectLimits;
  onProgress?: (e: ProgressEvent) => void;
  signal?: AbortSignal;
  /** Probe remote endpoints from the outside (HTTP, TLS, auth) as well; default true. */
  endpointProbes?: boolean;
  /** Options for the endpoint probes (src/collect/endpoint/options.ts). */
  endpoint?: EndpointProbeOptions;
}
