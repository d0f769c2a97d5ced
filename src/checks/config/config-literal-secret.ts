// biome-ignore-all lint/suspicious/noTemplateCurlyInString: literal ${VAR} placeholders are config syntax, not template mistakes
import type { ServerEntry } from '../../collect/config/facts.ts';
import {
  credentialPart,
  isPlaceholder,
  isSecretName,
  looksHighEntropy,
} from '../../collect/config/values.ts';
import { redact, scanText } from '../../engines/secrets/index.ts';
import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { configOf, loc } from './_util.ts';

interface Value {
  field: string;
  /** The env var, header or flag name the value belongs to, when known. */
  name?: string;
  value: string;
}

const SECRET_FLAG =
  /^--?[a-z0-9-]*(?:token|secret|password|passwd|api-?key|apikey|auth|credential)[a-z0-9-]*$/i;

function valuesOf(e: ServerEntry): Value[] {
  const out: Value[] = [];
  for (const [k, v] of Object.entries(e.env)) out.push({ field: `env.${k}`, name: k, value: v });
  for (const [k, v] of Object.entries(e.headers)) {
    out.push({ field: `headers.${k}`, name: k, value: v });
  }
  e.args.forEach((a, i) => {
    const prev = i > 0 ? e.args[i - 1] : undefined;
    const eq = a.indexOf('=');
    if (prev && SECRET_FLAG.test(prev)) out.push({ field: `args[${i}]`, name: prev, value: a });
    else if (eq > 0) {
      out.push({
        field: `args[${i}]`,
        name: a.slice(0, eq).replace(/^-+/, ''),
        value: a.slice(eq + 1),
      });
    } else out.push({ field: `args[${i}]`, value: a });
  });
  return out;
}

export const configLiteralSecret = defineCheck({
  meta: {
    id: 'config-literal-secret',
    title: 'Literal secret in an MCP server configuration',
    description:
      'A token, key or password written literally into env, headers or args of a client config ' +
      'sits in a plain file that editors sync, backups copy and assistants read into context ' +
      '(credential persistence). Config files should reference secrets (${env:VAR}, ' +
      '${input:id}, a secret manager), never hold them.',
    checklist: 'C9',
    patterns: ['P7'],
    owasp: ['MCP01:2025 Token Mismanagement & Secret Exposure'],
    severity: 'high',
    remediation:
      'Rotate the credential, then replace the literal with a reference the client resolves at ' +
      'launch (e.g. "${env:GITHUB_TOKEN}" or VS Code "${input:token}") and keep the value in the ' +
      'environment or a secret manager.',
    requires: ['config'],
    scope: 'target',
    references: ['https://code.visualstudio.com/docs/copilot/reference/mcp-configuration'],
  },
  run(t: TargetFacts) {
    const out: FindingDraft[] = [];
    for (const e of configOf(t).entries) {
      for (const v of valuesOf(e)) {
        if (isPlaceholder(v.value)) continue;
        const matches = scanText(v.value);
        for (const m of matches) {
          out.push({
            message: `Server "${e.name}" (${e.client}) has a literal ${m.title} in ${v.field}.`,
            location: loc(e, v.field),
            evidence: `${v.field} = ${m.redacted}`,
            confidence: m.confidence,
            key: m.hash,
            details: { rule: m.rule, family: m.family, validated: m.validated === true },
          });
        }
        if (matches.length > 0 || !v.name) continue;
        // Generic rule: a secret-named key holding a literal, random-looking value that no
        // provider rule recognised (custom API keys, database passwords).
        if (!isSecretName(v.name)) continue;
        const literal = credentialPart(v.value);
        if (!looksHighEntropy(literal)) continue;
        const r = redact(literal);
        out.push({
          message: `Server "${e.name}" (${e.client}) has a literal value for secret-named ${v.field}.`,
          location: loc(e, v.field),
          evidence: `${v.field} = ${r}`,
          confidence: 'medium',
          key: r,
          details: { rule: 'secret-named-key' },
        });
      }
    }
    return out;
  },
});
