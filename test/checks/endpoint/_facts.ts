import type { TargetCheck } from '../../../src/checks/check.ts';
import type {
  AuthServerFacts,
  EndpointFacts,
  ResourceMetadataFacts,
  TokenFacts,
} from '../../../src/collect/endpoint/facts.ts';
import type { TargetFacts } from '../../../src/model/facts.ts';
import type { FindingDraft } from '../../../src/model/finding.ts';
import type { ServerSnapshot, ToolInfo } from '../../../src/model/snapshot.ts';

/** Endpoint facts for check tests: a minimal well-configured base plus overrides. */
export function endpoint(over: Partial<EndpointFacts> = {}): EndpointFacts {
  return { url: 'https://mcp.example.com/mcp', scheme: 'https', loopback: false, ...over };
}

/** Found, valid-looking RFC 9728 resource metadata plus overrides. */
export function resourceMetadata(over: Partial<ResourceMetadataFacts> = {}): ResourceMetadataFacts {
  return { url: 'u', via: 'well-known', found: true, errors: [], expectedResource: 'e', ...over };
}

/** Found RFC 8414 authorization server metadata plus overrides. */
export function authServer(over: Partial<AuthServerFacts> = {}): AuthServerFacts {
  return { issuer: 'https://as.example.com', found: true, errors: [], ...over };
}

/** Facts of a JWT inspected at 1800000000 (seconds) plus overrides. */
export function jwt(over: Partial<TokenFacts> = {}): TokenFacts {
  return { format: 'jwt', length: 100, inspectedAt: 1800000000, ...over };
}

/** Runs a target check on endpoint facts (and optional tools) synchronously. */
export function run(
  check: { meta: { scope: string } },
  e: EndpointFacts,
  tools?: ToolInfo[],
  server: Partial<ServerSnapshot> = {},
): FindingDraft[] {
  const t: TargetFacts = {
    target: { id: 'http:1', kind: 'http', label: e.url },
    facts: {
      endpoint: e,
      ...(tools
        ? {
            server: {
              name: 's',
              tools,
              prompts: [],
              resources: [],
              resourceTemplates: [],
              ...server,
            },
          }
        : {}),
    },
    collection: { status: 'scanned', reasons: [] },
  };
  return (check as TargetCheck).run(t) as FindingDraft[];
}
