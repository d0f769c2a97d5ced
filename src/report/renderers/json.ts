import type { Report } from '../report.ts';

/** The versioned machine format; schema/report.schema.json describes it. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
