import { excerpt } from '../../util/escape.ts';
import { RULES } from './rules/index.ts';
import type { HiddenKind, Rule, RuleHit } from './types.ts';

const TEXT_RULES = RULES.filter((r) => (r.scope ?? 'text') === 'text');
const PARAM_RULES = RULES.filter((r) => r.scope === 'parameter');
const NAME_RULES = RULES.filter((r) => r.scope === 'name');
const MIN_TEXT = 8;

// One pass per rule instead of one per pattern: patterns with the same flags are joined into a
// single alternation (the leftmost match of any of them is the hit).
const COMBINED = new WeakMap<Rule, RegExp[]>();
function combined(rule: Rule): RegExp[] {
  let c = COMBINED.get(rule);
  if (!c) {
    const byFlags = new Map<string, string[]>();
    for (const p of rule.patterns)
      byFlags.set(p.flags, [...(byFlags.get(p.flags) ?? []), p.source]);
    c = [...byFlags].map(([flags, sources]) =>
      sources.length === 1
        ? new RegExp(sources[0]!, flags)
        : new RegExp(sources.map((x) => `(?:${x})`).join('|'), flags),
    );
    COMBINED.set(rule, c);
  }
  return c;
}

/** Runs a rule set over one normalised text; one hit per rule (its first match). */
export function runRules(
  rules: readonly Rule[],
  text: string,
  field: string,
  via?: HiddenKind,
): RuleHit[] {
  const hits: RuleHit[] = [];
  let lower: string | undefined;
  for (const rule of rules) {
    if (rule.keywords) {
      lower ??= text.toLowerCase();
      const l = lower;
      if (!rule.keywords.some((k) => l.includes(k))) continue;
    }
    for (const re of combined(rule)) {
      const m = re.exec(text);
      if (!m) continue;
      const hit: RuleHit = {
        rule: rule.id,
        family: rule.family,
        severity: rule.severity,
        weight: rule.weight,
        field,
        excerpt: excerpt(text, m.index, m.index + m[0].length, 30, 200),
        start: m.index,
        end: m.index + m[0].length,
      };
      if (via) hit.via = via;
      hits.push(hit);
      break;
    }
  }
  return hits;
}

/** Free-text rules over a normalised string (skips strings too short to carry an instruction). */
export function matchText(text: string, field: string, via?: HiddenKind): RuleHit[] {
  if (text.length < MIN_TEXT) return [];
  return runRules(TEXT_RULES, text, field, via);
}

/** Splits `llmModelName` / `llm_model_name` into `llm model name`. */
export function nameWords(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.\s]+/g, ' ')
    .toLowerCase()
    .trim();
}

/** Parameter rules over one schema property or prompt argument. */
export function matchParameter(
  name: string,
  description: string,
  field: string,
  defaultValue?: string,
): RuleHit[] {
  const dflt = defaultValue ? ` [default: ${defaultValue.replace(/\s+/g, ' ')}]` : '';
  const text = `param ${nameWords(name)} : ${description.slice(0, 500).replace(/\s+/g, ' ')}${dflt}`;
  return runRules(PARAM_RULES, text, field);
}

/** Name rules over an item's own name, split into words. */
export function matchName(name: string, field = 'name'): RuleHit[] {
  return runRules(NAME_RULES, nameWords(name.slice(0, 200)), field);
}
