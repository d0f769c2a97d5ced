import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { serverLocation } from './_url.ts';

/*
 * Filed under C1 (auth hygiene), not C2: TLS is judged by plain-http-transport whatever the
 * transport. What is specific to the deprecated HTTP+SSE transport (MCP 2024-11-05) is how it
 * carries the session: the server hands out a POST endpoint with the session id in the URL
 * query (`/messages?sessionId=…`), so a bearer-equivalent identifier lands in proxy and access
 * logs (P1). It also predates the protocol-version header and the Origin/DNS-rebinding guidance
 * of the Streamable HTTP transport that replaced it in 2025-03-26.
 */
export const deprecatedSseTransport = defineCheck({
  meta: {
    id: 'deprecated-sse-transport',
    title: 'Server only speaks the deprecated HTTP+SSE transport',
    description:
      'The server refused Streamable HTTP and was reached over the HTTP+SSE transport that MCP ' +
      'deprecated in revision 2025-03-26. That transport passes the session identifier in the ' +
      'URL query of every POST, where proxies, access logs and telemetry record it, and it lacks ' +
      'the protocol-version header and the security guidance of its replacement. Servers still ' +
      'on it are usually on old, unmaintained SDK versions.',
    checklist: 'C1',
    patterns: ['P1', 'P4'],
    owasp: ['MCP01:2025 Token Mismanagement & Secret Exposure'],
    severity: 'medium',
    remediation:
      'Upgrade the server to the Streamable HTTP transport (a current MCP SDK), with the ' +
      'session id in the Mcp-Session-Id header, and retire the /sse endpoint once clients have ' +
      'moved.',
    requires: ['server'],
    scope: 'target',
    references: [
      'https://modelcontextprotocol.io/specification/2025-03-26/basic/transports#backwards-compatibility',
      'https://modelcontextprotocol.io/specification/2024-11-05/basic/transports#http-with-sse',
    ],
  },
  run(t: TargetFacts): FindingDraft[] {
    const s = t.facts.server;
    if (s?.transport !== 'sse') return [];
    return [
      {
        message: `Server "${s.name}" was reached over the deprecated HTTP+SSE transport.`,
        location: serverLocation(t),
        evidence: s.url ?? 'transport: sse',
        confidence: 'high',
      },
    ];
  },
});
