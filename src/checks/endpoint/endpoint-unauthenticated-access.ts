import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { describe, endpointOf, loc, OWASP_AUTH, SPEC_AUTH } from './_helpers.ts';

export const endpointUnauthenticatedAccess = defineCheck({
  meta: {
    id: 'endpoint-unauthenticated-access',
    title: 'MCP endpoint answers without credentials',
    description:
      'The endpoint served an MCP exchange (tools/list, or the session/stream that leads to it) to ' +
      'a request carrying no credentials. Anyone who can reach the URL can list and call its ' +
      'tools; internet-wide scans in 2025–2026 found a large share of remote MCP servers like this.',
    checklist: 'C1',
    patterns: ['P5'],
    owasp: [OWASP_AUTH],
    severity: 'high',
    remediation:
      'Require an OAuth 2.1 bearer token (MCP authorization spec) on every request, or bind the ' +
      'server to loopback / a private network if it is meant for one user.',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_AUTH],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const u = e.auth?.unauthenticated;
    if (!u?.served) return [];
    const tools = u.tools !== undefined ? ` and listed ${u.tools} tool(s)` : '';
    return [
      {
        message: `The endpoint answered ${u.method} without any credentials${tools}.`,
        location: loc(e, 'auth'),
        evidence: describe(u),
        // A loopback server is reachable by local processes (and browsers, see DNS rebinding).
        ...(e.loopback ? { severity: 'medium' as const } : {}),
        details: { method: u.method, ...(u.tools !== undefined ? { tools: u.tools } : {}) },
      },
    ];
  },
});
