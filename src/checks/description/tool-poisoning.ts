import type { RuleHit } from '../../engines/text/types.ts';
import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import type { PatternId, Severity } from '../../model/taxonomy.ts';
import { defineCheck } from '../check.ts';
import { analyzedItems, explain, itemLocation, OWN_CHECK_FAMILIES, worst } from './_items.ts';

const FAMILY_TEXT: Record<string, string> = {
  'coerced-sequencing': 'forces extra tool calls',
  'coerced-execution': 'orders commands or destructive actions',
  'sensitive-data': 'targets credentials or private data',
  exfiltration: 'sends data to an outside channel',
  'parameter-tampering': 'silently changes what the user asked for',
  'cross-server-shadowing': 'changes how other tools must be used',
  'preference-manipulation': 'manipulates the model’s choice of tool',
  'out-of-scope-parameter': 'asks for data the tool does not need',
};

// Families whose presence means data can leave or be changed: the flow crosses tools (P3).
const ESCALATING = new Set([
  'sensitive-data',
  'exfiltration',
  'cross-server-shadowing',
  'coerced-execution',
]);

function severityFor(hits: readonly RuleHit[], score: number): Severity {
  const s = worst(hits);
  if (s === 'critical' && score >= 0.8) return 'critical';
  if (hits.length === 0) return score >= 0.8 ? 'high' : 'medium';
  // Preference manipulation alone steers choice but does not by itself leak or change data.
  if (hits.every((h) => h.family === 'preference-manipulation')) return 'medium';
  return s === 'low' ? 'medium' : s === 'critical' ? 'high' : s;
}

export const toolPoisoning = defineCheck({
  meta: {
    id: 'tool-poisoning',
    title: 'Poisoned tool, prompt or resource description',
    description:
      'The combined verdict of the text engine (rules in ten families plus a local classifier) ' +
      'for what the other description checks do not already report: coerced tool sequencing, ' +
      'sensitive-data targets, exfiltration channels, silent parameter tampering, cross-server ' +
      'shadowing, preference manipulation and out-of-scope parameters, in every string the ' +
      'model sees (names, descriptions, schema properties, defaults, enums, prompt arguments).',
    checklist: 'C5',
    patterns: ['P2'],
    owasp: ['MCP03:2025 Tool Poisoning'],
    severity: 'high',
    remediation:
      'Do not connect the server until the description is fixed: a description should state ' +
      'what the tool does and what each parameter means, with no instructions about other ' +
      'tools, files, recipients or the user. Pin the reviewed version so it cannot change later.',
    requires: ['server'],
    scope: 'target',
    references: [
      'https://invariantlabs.ai/blog/mcp-security-notification-tool-poisoning-attacks',
      'https://owasp.org/www-project-mcp-top-10/',
    ],
  },
  run(t: TargetFacts): FindingDraft[] {
    const out: FindingDraft[] = [];
    for (const a of analyzedItems(t)) {
      const v = a.analysis;
      if (!v.flagged) continue;
      const own = v.hits.filter((h) =>
        (OWN_CHECK_FAMILIES as readonly string[]).includes(h.family),
      );
      const rest = v.hits.filter(
        (h) =>
          h.family !== 'overt-capability' &&
          !(OWN_CHECK_FAMILIES as readonly string[]).includes(h.family),
      );
      // Flagged only by rules another check reports, by an overt statement or by hidden content
      // (their own checks): one finding per span is enough.
      const injectionScore = Math.max(v.ruleScore, v.score);
      if (rest.length === 0 && (own.length > 0 || v.overt || v.hidden.length > 0)) continue;
      const top = [...rest].sort((x, y) => y.weight - x.weight)[0];
      const families = [...new Set(rest.map((h) => h.family))];
      const field = top?.field ?? 'description';
      const patterns: PatternId[] = families.some((f) => ESCALATING.has(f)) ? ['P2', 'P3'] : ['P2'];
      const why = families.length
        ? families.map((f) => FAMILY_TEXT[f] ?? f).join('; ')
        : `the classifier scores it ${v.classifier.score.toFixed(2)} (${v.classifier.topFeatures.map((f) => f.feature).join(', ')})`;
      out.push({
        message: `${a.kind} "${a.name}" looks poisoned (score ${injectionScore.toFixed(2)}): ${why}.`,
        location: itemLocation(t, a, field),
        evidence: top?.excerpt ?? '',
        severity: severityFor(rest, v.score),
        confidence: v.score >= 0.8 ? 'high' : 'medium',
        patterns,
        details: { families, ...explain(a, [...rest, ...own]) },
      });
    }
    return out;
  },
});
