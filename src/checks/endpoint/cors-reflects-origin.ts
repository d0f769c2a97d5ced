import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, loc, OWASP_AUTH, SPEC_SECURITY } from './_helpers.ts';

export const corsReflectsOrigin = defineCheck({
  meta: {
    id: 'cors-reflects-origin',
    title: 'CORS allows any origin with credentials',
    description:
      'The CORS preflight echoed an arbitrary foreign origin in Access-Control-Allow-Origin with ' +
      'Access-Control-Allow-Credentials: true: any web page the user visits can call the MCP ' +
      "endpoint with the user's cookies or ambient credentials and read the answers.",
    checklist: 'C1',
    patterns: ['P5'],
    owasp: [OWASP_AUTH],
    severity: 'high',
    remediation:
      'Allow-list the exact origins of your web clients; never reflect the request Origin, and ' +
      'do not combine credentials with broad origins.',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_SECURITY, 'https://fetch.spec.whatwg.org/#http-cors-protocol'],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const c = e.cors;
    if (!c?.allowOrigin) return [];
    const reflects = c.allowOrigin === c.probeOrigin;
    const evidence = `Origin: ${c.probeOrigin} → Access-Control-Allow-Origin: ${c.allowOrigin}, Allow-Credentials: ${c.allowCredentials ?? false}`;
    if (reflects && c.allowCredentials) {
      return [
        {
          message: 'The endpoint reflects any Origin and allows credentials.',
          location: loc(e, 'CORS'),
          evidence,
        },
      ];
    }
    if (reflects || (c.allowOrigin === '*' && c.allowCredentials)) {
      return [
        {
          title: 'CORS allows any origin',
          message: reflects
            ? 'The endpoint reflects any Origin (without credentials).'
            : 'The endpoint sends Allow-Origin * together with Allow-Credentials true.',
          location: loc(e, 'CORS'),
          evidence,
          severity: 'low',
        },
      ];
    }
    return [];
  },
});
