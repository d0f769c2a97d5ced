import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { isLoopbackHost } from '../../util/net.ts';
import { defineCheck } from '../check.ts';
import { serverLocation, serverUrl } from './_url.ts';

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
    requires: ['server'],
    scope: 'target',
    references: [
      'https://modelcontextprotocol.io/specification/2025-06-18/basic/authorization',
      'https://modelcontextprotocol.io/specification/2025-06-18/basic/security_best_practices',
    ],
  },
  run(t: TargetFacts): FindingDraft[] {
    const s = t.facts.server;
    if (!s || (s.transport !== 'streamable-http' && s.transport !== 'sse')) return [];
    const url = serverUrl(s);
    if (url?.protocol !== 'http:') return [];
    const loopback = isLoopbackHost(url.hostname);
    return [
      {
        message: loopback
          ? `Server "${s.name}" is served over plain HTTP on the loopback address ${url.hostname}: acceptable for local development only; make sure it is never exposed beyond this machine.`
          : `Server "${s.name}" is reached over unencrypted HTTP at ${url.hostname}: tool calls, results and credentials travel in clear text.`,
        location: serverLocation(t),
        evidence: s.url ?? '',
        severity: loopback ? 'info' : 'high',
        details: { host: url.hostname, loopback },
      },
    ];
  },
});
