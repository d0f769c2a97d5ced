import { CHECKLIST, CHECKLIST_IDS } from '../../model/taxonomy.ts';
import { safeLine } from '../../util/escape.ts';
import type { Report } from '../report.ts';
import { formatLocation } from './terminal.ts';

/**
 * Markdown for pull-request comments and tickets. Server-supplied text goes into code spans so
 * it cannot inject links, images or HTML into the rendered page.
 */
function code(s: string, max = 300): string {
  const t = safeLine(s, max).replace(/`/g, 'ˋ');
  return t ? `\`${t}\`` : '';
}

export function renderMarkdown(report: Report): string {
  const s = report.summary;
  const out: string[] = [
    `# mcp-warden report`,
    '',
    `${s.findings} findings · ${
      Object.entries(s.bySeverity)
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ') || 'none'
    } · fail on ${s.failOn} · ${
      s.exitCode === 0 ? '**PASS**' : s.exitCode === 1 ? '**FAIL**' : '**INCOMPLETE**'
    }`,
    '',
    '## Targets',
    '',
    '| target | kind | coverage | notes |',
    '|---|---|---|---|',
    ...report.targets.map(
      (t) =>
        `| ${code(t.label, 120)} | ${t.kind} | ${t.coverage.status} | ${t.coverage.reasons
          .map((r) => code(r, 200))
          .join('<br>')} |`,
    ),
    '',
  ];
  for (const id of CHECKLIST_IDS) {
    const group = report.findings.filter((f) => f.checklist === id);
    if (group.length === 0) continue;
    out.push(`## ${id} ${CHECKLIST[id]}`, '');
    for (const f of group) {
      out.push(
        `- **${f.severity.toUpperCase()}** ${code(f.title, 160)} (\`${f.rule}\`) at ${code(formatLocation(f.location), 240)}`,
        `  - ${code(f.message, 600)}`,
      );
      if (f.evidence) out.push(`  - evidence: ${code(f.evidence, 400)}`);
      out.push(`  - fix: ${f.remediation.replace(/\n/g, ' ')}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
