import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { excerpt } from '../../util/escape.ts';
import { defineCheck } from '../check.ts';
import { endpointOf, loc, SPEC_SECURITY } from './_helpers.ts';

/** What an error body must not show; each a bounded, linear pattern. */
const LEAKS: { what: string; re: RegExp }[] = [
  { what: 'a JavaScript stack trace', re: /\n\s+at [^\n]{1,200}?[(\s][^\s()]{1,300}:\d+:\d+\)?/ },
  {
    what: 'a Python traceback',
    re: /Traceback \(most recent call last\)|File "[^"\n]{1,300}", line \d+/,
  },
  { what: 'a Java stack trace', re: /\bat [\w$.]{1,200}\([\w$]{1,100}\.(?:java|kt|scala):\d+\)/ },
  { what: 'a Go panic trace', re: /goroutine \d+ \[[a-z ]{1,30}\]:/ },
  { what: 'a .NET stack trace', re: /\bat [\w.<>`]{1,200}\(.{0,200}\) in [^\n]{1,300}:line \d+/ },
  {
    what: 'a server file path',
    re: /(?:^|[\s"'(=:])(?:\/(?:home|srv|opt|usr|var|app|root|etc|tmp|workspace|Users)\/[\w.@+-]{1,100}\/[\w./@+-]{1,300}|[A-Z]:\\\\?(?:Users|inetpub|Program Files|app|srv)[\\\w. -]{1,300})/,
  },
  {
    what: 'environment variables',
    re: /\b(?:NODE_ENV|PATH|HOME|AWS_[A-Z_]{2,40}|DATABASE_URL|[A-Z][A-Z0-9_]{2,40}_(?:KEY|TOKEN|SECRET|PASSWORD))\b["']?\s*[:=]/,
  },
  {
    what: 'an internal IP address',
    re: /(?<![\d.])(?:10\.\d{1,3}\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|169\.254\.\d{1,3}\.\d{1,3})(?![\d.])/,
  },
];

export const errorLeaksInternals = defineCheck({
  meta: {
    id: 'error-leaks-internals',
    title: 'Error responses leak internals',
    description:
      'Malformed JSON, unknown methods, bad parameters, a wrong content type and an oversized body ' +
      'were sent. Stack traces, server file paths, environment variables or internal addresses ' +
      'in the answers map the deployment for an attacker and show that raw errors, with whatever ' +
      'they carry, flow out to clients and telemetry.',
    checklist: 'C4',
    patterns: ['P1'],
    severity: 'medium',
    remediation:
      'Catch errors at the edge and answer JSON-RPC errors with a generic message and a ' +
      'correlation id; keep details in scrubbed server-side logs.',
    requires: ['endpoint'],
    scope: 'target',
    references: [SPEC_SECURITY, 'https://cwe.mitre.org/data/definitions/209.html'],
  },
  run(t: TargetFacts): FindingDraft[] {
    const e = endpointOf(t);
    const out: FindingDraft[] = [];
    for (const p of e.errorProbes ?? []) {
      const body = p.body ?? '';
      if (!body) continue;
      // Scan JSON-escaped text as written, and unescaped, so "\n    at f (…)" is seen as a frame.
      const text = body.includes('\\n')
        ? `${body}\n${body.replace(/\\n/g, '\n').replace(/\\"/g, '"')}`
        : body;
      const hits = LEAKS.map((l) => ({ l, m: l.re.exec(text) })).filter((x) => x.m);
      if (hits.length === 0) continue;
      const first = hits[0]!;
      const at = Math.min(first.m!.index, body.length);
      out.push({
        message: `The answer to the ${p.kind} probe (HTTP ${p.status ?? '?'}) shows ${hits.map((h) => h.l.what).join(', ')}.`,
        location: loc(e, `response.${p.kind}`),
        evidence: excerpt(text, first.m!.index, first.m!.index + first.m![0].length),
        key: p.kind,
        details: { leaks: hits.map((h) => h.l.what), offset: at },
      });
    }
    return out;
  },
});
