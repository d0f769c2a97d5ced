// biome-ignore-all lint/suspicious/noTemplateCurlyInString: literal ${VAR} placeholders are config syntax, not template mistakes
import { isPlaceholder, isSecretQueryName, redactUrl } from '../../collect/config/values.ts';
import { scanText } from '../../engines/secrets/index.ts';
import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { configOf, loc, parsedUrlsOf } from './_util.ts';

/** Percent-decoded userinfo; as written when the encoding is malformed (hostile `%zz`). */
function decoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export const configUrlCredentials = defineCheck({
  meta: {
    id: 'config-url-credentials',
    title: 'Credentials in a remote MCP server URL',
    description:
      'A token or password in a URL (query string or user:password@) is written to proxy, ' +
      'server and client logs, browser history and error reports. MCP authorization ' +
      '(spec 2025-06-18, Authorization §2.6) requires bearer tokens in the Authorization header, ' +
      'never in the URI query string.',
    checklist: 'C1',
    patterns: ['P1', 'P7'],
    owasp: ['MCP01:2025 Token Mismanagement & Secret Exposure'],
    severity: 'high',
    remediation:
      'Move the credential into an Authorization header that references an environment ' +
      'variable or input (e.g. "Bearer ${env:TOKEN}"), rotate the exposed credential, and ' +
      'remove it from the config file and its history.',
    requires: ['config'],
    scope: 'target',
    references: [
      'https://modelcontextprotocol.io/specification/2025-06-18/basic/authorization',
      'https://datatracker.ietf.org/doc/html/rfc6750#section-5.3',
    ],
  },
  run(t: TargetFacts) {
    const out: FindingDraft[] = [];
    for (const e of configOf(t).entries) {
      for (const { field, url, u } of parsedUrlsOf(e)) {
        const where: string[] = [];
        const user = decoded(u.username);
        const pass = decoded(u.password);
        if (
          (pass && !isPlaceholder(pass)) ||
          (user && !pass && !isPlaceholder(user) && user.length >= 16)
        ) {
          where.push('userinfo');
        }
        for (const [k, v] of u.searchParams.entries()) {
          if (isPlaceholder(v)) continue;
          if (isSecretQueryName(k) || scanText(v).length > 0) where.push(`query parameter "${k}"`);
        }
        if (where.length === 0 && scanText(url).length > 0) where.push('path');
        if (where.length === 0) continue;
        out.push({
          message: `Server "${e.name}" (${e.client}) carries a credential in its URL ${where.join(', ')}.`,
          location: loc(e, field),
          evidence: redactUrl(url),
          key: where.join(','),
        });
      }
    }
    return out;
  },
});
