import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { loc, OWASP_TOKENS } from './_helpers.ts';
import { tlsOf } from './_tls-helpers.ts';

export const tlsHostnameMismatch = defineCheck({
  meta: {
    id: 'tls-hostname-mismatch',
    title: 'TLS certificate does not match the host name',
    description:
      'The certificate names no subject alternative name matching the host the client dialled ' +
      '(RFC 6125, RFC 2818 §3.1). Clients must refuse it; one that does not (or a user who ' +
      'turns verification off) cannot tell the real server from an impostor holding any ' +
      'valid certificate.',
    checklist: 'C2',
    patterns: [],
    owasp: [OWASP_TOKENS],
    severity: 'high',
    remediation:
      'Issue the certificate for the exact host name clients use (as a subjectAltName DNS or IP ' +
      'entry), or point clients at the name the certificate covers.',
    requires: ['endpoint'],
    scope: 'target',
    references: [
      'https://www.rfc-editor.org/rfc/rfc6125',
      'https://www.rfc-editor.org/rfc/rfc2818',
    ],
  },
  run(t: TargetFacts): FindingDraft[] {
    const x = tlsOf(t);
    if (!x?.tls.hostname || x.tls.hostname.matches) return [];
    const leaf = x.tls.chain?.[0];
    return [
      {
        message: `The certificate presented by ${x.tls.host} does not cover that host name.`,
        location: loc(x.e, 'tls.hostname'),
        evidence: `host=${x.tls.host}; subject=${leaf?.subject ?? '?'}; SAN=${leaf?.subjectAltName ?? 'none'}`,
        details: { host: x.tls.host, error: x.tls.hostname.error },
      },
    ];
  },
});
