/**
 * What a collector learned from one MCP server: everything the server shows the model. Plain,
 * serialisable data so it can be saved and replayed offline (see docs/snapshot-format.md).
 * Server-supplied values stay `unknown` where the protocol lets a hostile server send anything.
 */
export interface ToolInfo {
  name: string;
  title?: string;
  description?: string;
  inputSchema?: unknown;
  outputSchema?: unknown;
  annotations?: Record<string, unknown>;
  [extra: string]: unknown;
}

export interface PromptArgumentInfo {
  name: string;
  title?: string;
  description?: string;
  required?: boolean;
}

export interface PromptInfo {
  name: string;
  title?: string;
  description?: string;
  arguments?: PromptArgumentInfo[];
  [extra: string]: unknown;
}

export interface ResourceInfo {
  uri: string;
  name: string;
  title?: string;
  description?: string;
  mimeType?: string;
  [extra: string]: unknown;
}

export interface ResourceTemplateInfo {
  uriTemplate: string;
  name: string;
  title?: string;
  description?: string;
  mimeType?: string;
  [extra: string]: unknown;
}

export type TransportKind = 'stdio' | 'streamable-http' | 'sse' | 'snapshot';

export interface ServerSnapshot {
  name: string;
  serverInfo?: { name?: string; version?: string; title?: string; [extra: string]: unknown };
  protocolVersion?: string;
  transport?: TransportKind;
  /** The URL connected to, for remote servers (credentials stripped). */
  url?: string;
  capabilities?: Record<string, unknown>;
  instructions?: string;
  tools: ToolInfo[];
  prompts: PromptInfo[];
  resources: ResourceInfo[];
  resourceTemplates: ResourceTemplateInfo[];
  /** Things the collector could not fully collect (a list truncated, a page that failed). */
  incomplete?: string[];
}

export function emptySnapshot(name: string): ServerSnapshot {
  return { name, tools: [], prompts: [], resources: [], resourceTemplates: [] };
}
