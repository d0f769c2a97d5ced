import { redactUrl } from '../../collect/config/values.ts';
import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { isLoopbackHost } from '../../util/net.ts';
import { defineCheck } from '../check.ts';
import { configOf, loc, parsedUrlsOf } from './_util.ts';

export const configPlaintextHttp = defineCheck({
  meta: {
    id: 'config-plaintext-http',
    title: 'Remote MCP server reached over plain HTTP',
    description:
      'An http:// (or ws://) URL to a host other than loopback sends tool calls, results and any ' +
      'bearer token in clear text to everyone on the path. The MCP authorization spec requires ' +
      'HTTPS for all authorization endpoints and remote servers.',
    checklist: 'C2',
    patterns: ['P1'],
    owasp: ['MCP01:2025 Token Mismanagement & Secret Exposure'],
    severity: 'high',
    remediation:
      'Use an https:// URL with a valid certificate; keep plain HTTP for 127.0.0.1/localhost ' +
      'development servers only.',
    requires: ['config'],
    scope: 'target',
    references: ['https://modelcontextprotocol.io/specification/2025-06-18/basic/authorization'],
  },
  run(t: TargetFacts) {
    const out: FindingDraft[] = [];
    for (const e of configOf(t).entries) {
      for (const { field, url, u } of parsedUrlsOf(e)) {
        if (u.protocol !== 'http:' && u.protocol !== 'ws:') continue;
        if (isLoopbackHost(u.hostname)) continue;
        out.push({
          message: `Server "${e.name}" (${e.client}) is reached over unencrypted ${u.protocol.slice(0, -1)} at ${u.hostname}.`,
          location: loc(e, field),
          evidence: redactUrl(url),
        });
      }
    }
    return out;
  },
});
