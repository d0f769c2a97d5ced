import { ROTATION_ADVICE } from './rotation.ts';
import { SECRET_RULES } from './rules/index.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The families table of docs/secrets.md, generated from the rule data. */
export function secretFamiliesMarkdown(): string {
  const families = new Map<string, typeof SECRET_RULES>();
  for (const r of SECRET_RULES) families.set(r.family, [...(families.get(r.family) ?? []), r]);
  const rows = [...families.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const lines = ['| family | provider | rules | validation | revoke at |', '|---|---|---|---|---|'];
  for (const [family, rules] of rows) {
    const adv = ROTATION_ADVICE[family];
    const ids = rules.map((r) => `\`${r.id}\``).join(', ');
    const validated = rules.some((r) => r.validate) ? 'yes' : 'format';
    lines.push(
      `| ${family} | ${cell(adv?.provider ?? '')} | ${ids} | ${validated} | ${cell(adv?.revokeAt ?? '')} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const BEGIN = '<!-- secret-families:begin (generated from the rules) -->';
const END = '<!-- secret-families:end -->';

/** Rewrites the generated families table of docs/secrets.md in place. */
export async function writeSecretsDoc(path = 'docs/secrets.md'): Promise<void> {
  const { readFile, writeFile } = await import('node:fs/promises');
  const doc = await readFile(path, 'utf8');
  const from = doc.indexOf(BEGIN);
  const to = doc.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${path}: generated-table markers not found`);
  const count = `${SECRET_RULES.length} rules in ${new Set(SECRET_RULES.map((r) => r.family)).size} families.\n\n`;
  await writeFile(
    path,
    `${doc.slice(0, from + BEGIN.length)}\n${count}${secretFamiliesMarkdown()}${doc.slice(to)}`,
  );
}
