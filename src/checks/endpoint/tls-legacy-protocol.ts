import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { loc, OWASP_TOKENS } from './_helpers.ts';
import { RFC_9325, tlsOf } from './_tls-helpers.ts';

const LEGACY: Record<string, string> = { TLSv1: 'TLS 1.0', 'TLSv1.1': 'TLS 1.1' };

export const tlsLegacyProtocol = defineCheck({
  meta: {
    id: 'tls-legacy-protocol',
    title: 'Endpoint accepts TLS 1.0 or TLS 1.1',
    description:
      'RFC 8996 deprecates TLS 1.0 and 1.1: they depend on SHA-1 and MD5 in the handshake, lack ' +
      'AEAD suites and are exposed to BEAST/POODLE-style downgrade attacks. A client or ' +
      'middlebox that can be pushed down to them weakens the channel that carries bearer ' +
      'tokens and tool traffic. Each version is probed separately, offering only that version.',
    checklist: 'C2',
    patterns: [],
    owasp: [OWASP_TOKENS],
    severity: 'medium',
    remediation:
      'Set the minimum protocol to TLS 1.2 (better TLS 1.3) on the server or TLS terminator, ' +
      'e.g. nginx `ssl_protocols TLSv1.2 TLSv1.3;`, Node `minVersion: "TLSv1.2"`.',
    requires: ['endpoint'],
    scope: 'target',
    references: ['https://www.rfc-editor.org/rfc/rfc8996', RFC_9325],
  },
  run(t: TargetFacts): FindingDraft[] {
    const x = tlsOf(t);
    if (!x) return [];
    const legacy = x.tls.versions.filter(
      (v) => LEGACY[v.version] !== undefined && v.outcome === 'accepted',
    );
    if (legacy.length === 0) return [];
    const names = legacy.map((v) => LEGACY[v.version]);
    return [
      {
        message: `The endpoint completes handshakes with ${names.join(' and ')}, deprecated by RFC 8996.`,
        location: loc(x.e, 'tls.versions'),
        evidence: legacy
          .map((v) => `${v.version} accepted (${v.cipher ?? 'cipher unknown'})`)
          .join('; '),
        details: { versions: legacy.map((v) => v.version) },
      },
    ];
  },
});
