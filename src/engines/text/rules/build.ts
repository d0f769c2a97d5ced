/**
 * Shared fragments for rule patterns. Every fragment is a bounded character class or a flat
 * alternation: no quantified group contains another quantifier over overlapping characters, so
 * matching stays linear-ish on hostile input (see test/engines/text/rules.test.ts).
 */

/** Who the text addresses when it gives the model orders. */
export const YOU = String.raw`(?:you|the (?:assistant|model|ai|agent|llm)|assistant|claude)`;
/** Obligation words. */
export const MUST = String.raw`(?:must|need to|needs to|have to|has to|should|shall|are required to|is required to|is mandatory to)`;
/** Obligation without advice: "should" is how honest descriptions give tips. */
export const STRONG_MUST = String.raw`(?:must|need to|needs to|have to|has to|shall|are required to|is required to|is mandatory to)`;
/** A gap inside one sentence, bounded. */
export const GAP = (n: number): string => String.raw`[^.!?\n]{0,${n}}`;
/** A tool or parameter name, optionally quoted. */
export const NAME = String.raw`['"(]?[a-z][\w.-]{1,60}['")]?`;
/** A name that looks like a tool: quoted, snake_case, or followed by the word "tool". */
export const TOOLISH = String.raw`(?:'[\w.-]{2,60}'|[a-z][a-z0-9]{0,30}_[\w-]{1,40}|[\w-]{2,40} tool)`;
/** The user, as attackers address them. */
export const USER = String.raw`(?:the |this |your |any |end[- ])?(?:user|users|human|customer|client|requester)`;

/** Compiles a case-insensitive pattern from a raw string. */
export function re(source: string): RegExp {
  return new RegExp(source, 'i');
}
