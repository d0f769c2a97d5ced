/**
 * Contracts of the text engine: what the scan checks, the evaluation script and the future
 * runtime gateway receive when they ask "is this model-visible text trying to steer the model?".
 */

export type RuleFamily =
  | 'instruction-override'
  | 'concealment'
  | 'coerced-sequencing'
  | 'coerced-execution'
  | 'sensitive-data'
  | 'exfiltration'
  | 'parameter-tampering'
  | 'cross-server-shadowing'
  | 'preference-manipulation'
  | 'out-of-scope-parameter'
  | 'overt-capability';

export type RuleSeverity = 'critical' | 'high' | 'medium' | 'low';

/**
 * Where a rule looks: free text; one schema property or prompt argument (`param <name words> :
 * <description>`); or the item's own name split into words.
 */
export type RuleScope = 'text' | 'parameter' | 'name';

/**
 * One detector as data (gitleaks / semgrep style): its own examples are executed by
 * test/engines/text/rules.test.ts, so a rule that stops matching its bad examples, or starts
 * matching its good ones, fails the build.
 */
export interface Rule {
  id: string;
  family: RuleFamily;
  description: string;
  severity: RuleSeverity;
  /**
   * Evidence weight in 0..1. Rules combine by noisy-OR; a rule at or above the flag threshold
   * flags on its own, weaker ones need a second signal (another rule or the classifier).
   */
  weight: number;
  /** Applied to normalised text (NFKC, confusables folded, invisibles removed, spaces collapsed). */
  patterns: RegExp[];
  scope?: RuleScope;
  /**
   * Cheap gate (gitleaks "keywords"): the rule runs only when the lower-cased text contains one
   * of these substrings. Every pattern of the rule must need one of them.
   */
  keywords?: string[];
  examples: { bad: string[]; good: string[] };
}

export interface RuleHit {
  rule: string;
  family: RuleFamily;
  severity: RuleSeverity;
  weight: number;
  /** Path into the item: `description`, `inputSchema.properties.x.description`, … */
  field: string;
  /** The matched span with some context, control characters escaped, trimmed. */
  excerpt: string;
  /** Offsets of the match in the normalised text of that field. */
  start: number;
  end: number;
  /** Set when the match is inside decoded hidden content (tag characters, base64, comments…). */
  via?: HiddenKind;
}

export type HiddenKind =
  | 'zero-width'
  | 'bidi'
  | 'tag-chars'
  | 'variation-selectors'
  | 'mixed-script'
  | 'ansi'
  | 'html-comment'
  | 'hidden-markup'
  | 'base64'
  | 'hex'
  | 'percent-encoding';

export interface HiddenContent {
  kind: HiddenKind;
  field: string;
  /** How many characters / sequences of this kind the field holds. */
  count: number;
  /** What it hides or decodes to, escaped and trimmed (empty when there is nothing to decode). */
  decoded: string;
}

export interface ClassifierVerdict {
  /** Probability-like score in 0..1 that the text is an injection. */
  score: number;
  /** The features that pushed the score most, with their contribution (weight × count). */
  topFeatures: { feature: string; weight: number }[];
}

export interface TextAnalysis {
  field: string;
  /** The normalised text the rules saw (bounded). */
  normalized: string;
  hits: RuleHit[];
  hidden: HiddenContent[];
}

export interface ItemAnalysis {
  /** Combined verdict of rules and classifier, 0..1. */
  score: number;
  flagged: boolean;
  hits: RuleHit[];
  classifier: ClassifierVerdict;
  hidden: HiddenContent[];
  /** Score from rules alone (noisy-OR of distinct rules). */
  ruleScore: number;
  /** True when the overt-capability track fired (a tool that openly says it does harm). */
  overt: boolean;
  /** Set when walking stopped at a depth or size bound. */
  truncated?: boolean;
}

/** A model-visible item: tool, prompt, resource, resource template or server instructions. */
export interface AnalyzableItem {
  kind: string;
  name?: string;
  title?: string;
  description?: string;
  inputSchema?: unknown;
  outputSchema?: unknown;
  annotations?: unknown;
  /** Prompt arguments. */
  arguments?: unknown;
  uri?: string;
  uriTemplate?: string;
  /** Server instructions, when `kind` is `server`. */
  instructions?: string;
  [extra: string]: unknown;
}

export interface EngineLimits {
  /** Characters of one field the engine reads; the rest is ignored (and reported truncated). */
  maxFieldChars: number;
  /** Characters in total over one item. */
  maxItemChars: number;
  /** Depth of schema nesting walked. */
  maxDepth: number;
  /** Strings visited per item. */
  maxStrings: number;
  /** Decoded payloads rescanned per field. */
  maxDecodes: number;
}

export const DEFAULT_ENGINE_LIMITS: EngineLimits = {
  maxFieldChars: 20_000,
  maxItemChars: 200_000,
  maxDepth: 32,
  maxStrings: 2_000,
  maxDecodes: 8,
};
