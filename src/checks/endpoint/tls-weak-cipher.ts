import type { WeakSuiteFamily } from '../../collect/endpoint/tls/facts.ts';
import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import type { Severity } from '../../model/taxonomy.ts';
import { defineCheck } from '../check.ts';
import { loc, OWASP_TOKENS } from './_helpers.ts';
import { RFC_9325, tlsOf } from './_tls-helpers.ts';

const WHY: Record<WeakSuiteFamily, { severity: Severity; why: string }> = {
  NULL: { severity: 'high', why: 'NULL suites do not encrypt at all: tokens travel in clear text' },
  anonymous: {
    severity: 'high',
    why: 'anonymous suites authenticate no server: any man in the middle can impersonate it',
  },
  EXPORT: {
    severity: 'high',
    why: '40/56-bit export suites are broken in hours (FREAK CVE-2015-0204, Logjam CVE-2015-4000)',
  },
  DES: { severity: 'high', why: 'single DES has a 56-bit key, brute-forced since 1998' },
  RC4: { severity: 'medium', why: 'RC4 has exploitable keystream biases and RFC 7465 forbids it' },
  '3DES': {
    severity: 'medium',
    why: '3DES has a 64-bit block: Sweet32 (CVE-2016-2183) recovers cookies and tokens',
  },
};

export const tlsWeakCipher = defineCheck({
  meta: {
    id: 'tls-weak-cipher',
    title: 'Endpoint accepts a weak TLS cipher suite',
    description:
      'Each weak suite family (NULL, anonymous, EXPORT, RC4, 3DES, DES) is offered on its own; ' +
      'a server that picks one lets an attacker on the path read or alter the traffic, bearer ' +
      'tokens included. NULL and anonymous suites are probed with node:tls; the others, which ' +
      'Node cannot offer, with a hand-built ClientHello whose ServerHello names the chosen suite.',
    checklist: 'C2',
    patterns: [],
    owasp: [OWASP_TOKENS],
    severity: 'high',
    remediation:
      'Restrict the server to AEAD suites with forward secrecy (ECDHE with AES-GCM or ' +
      'ChaCha20-Poly1305) and TLS 1.3; e.g. Mozilla "intermediate" configuration.',
    requires: ['endpoint'],
    scope: 'target',
    references: [
      RFC_9325,
      'https://www.rfc-editor.org/rfc/rfc7465',
      'https://sweet32.info/',
      'https://wiki.mozilla.org/Security/Server_Side_TLS',
    ],
  },
  run(t: TargetFacts): FindingDraft[] {
    const x = tlsOf(t);
    if (!x) return [];
    return x.tls.weakSuites
      .filter((w) => w.outcome === 'accepted')
      .map((w) => ({
        message: `The endpoint accepted a ${w.family} cipher suite (${w.suite?.name ?? 'name unknown'}): ${WHY[w.family].why}.`,
        location: loc(x.e, 'tls.weakSuites'),
        evidence: `${w.suite?.name ?? w.family} chosen${w.protocol ? ` over ${w.protocol}` : ''}`,
        severity: WHY[w.family].severity,
        key: w.family,
        details: { family: w.family, suite: w.suite, protocol: w.protocol, method: w.method },
      }));
  },
});
