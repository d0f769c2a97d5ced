import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { isLoopbackHost } from '../../util/net.ts';
import { defineCheck } from '../check.ts';
import { serverLocation } from './_url.ts';

export const plainHttpTransport = defineCheck({
  meta: {
    id: 'plain-http-transport',
    title: 'MCP server reached over plain HTTP',
    description:
      'The scanner reached this server over http://. Every tool call, tool result and bearer ' +
      'token crosses the network in clear text, readable and modifiable by anyone on the path ' +
      '(including rewriting tool descriptions in flight). The MCP authorization spec requires ' +
      'HTTPS for remote servers. On a loopback address the traffic stays on the machine, so it ' +
      'is reported for information only.',
    checklist: 'C2',
    patterns: ['P1', 'P2'],
    owasp: ['MCP01:2025 Token Mismanagement & Secret Exposure'],
    severity: 'high',
    remediation:
      'Serve the MCP endpoint over HTTPS with a valid certificate (terminate TLS in front of it ' +
      'if needed) and point clients at the https:// URL; keep plain HTTP for loopback-only ' +
      'development servers.',
    requires: [],
    // An http:// endpoint that answers 401 yields no listing, only probe facts: still clear text.
    requiresAnyOf: ['server', 'endpoint'],
    scope: 'target',
    references: [
      'https://modelcontextprotocol.io/specification/2025-06-18/basic/authorization',
      'https://modelcontextprotocol.io/specification/2025-06-18/basic/security_best_practices',
    ],
  },
  run(t: TargetFacts): FindingDraft[] {
    const s = t.facts.server;
    const listed = s && (s.transport === 'streamable-http' || s.transport === 'sse');
    const raw = listed ? s.url : t.facts.endpoint?.url;
    const url = raw && URL.canParse(raw) ? new URL(raw) : undefined;
    if (url?.protocol !== 'http:') return [];
    const name = listed ? `Server "${s.name}"` : 'The endpoint';
    const loopback = isLoopbackHost(url.hostname);
    return [
      {
        message: loopback
          ? `${name} is served over plain HTTP on the loopback address ${url.hostname}: acceptable for local development only; make sure it is never exposed beyond this machine.`
          : `${name} is reached over unencrypted HTTP at ${url.hostname}: tool calls, results and credentials travel in clear text.`,
        location: listed ? serverLocation(t) : { kind: 'endpoint', url: raw },
        evidence: raw ?? '',
        severity: loopback ? 'info' : 'high',
        details: { host: url.hostname, loopback },
      },
    ];
  },
});
