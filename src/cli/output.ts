import { writeFileSync } from 'node:fs';
import { Option } from 'commander';
import { isSeverity, type Severity } from '../model/taxonomy.ts';
import { renderJson } from '../report/renderers/json.ts';
import { renderMarkdown } from '../report/renderers/markdown.ts';
import { renderSarif } from '../report/renderers/sarif.ts';
import { renderTerminal } from '../report/renderers/terminal.ts';
import type { Report } from '../report/report.ts';
import { UsageError } from './errors.ts';

export const REPORT_FORMATS = ['terminal', 'json', 'sarif', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOutputOptions {
  format: ReportFormat;
  output?: string;
  failOn: Severity;
  color?: boolean;
}

/** Options every report-producing command shares. */
export function reportOptions(): Option[] {
  return [
    new Option('-f, --format <format>', 'report format')
      .choices(REPORT_FORMATS)
      .default('terminal'),
    new Option('-o, --output <file>', 'write the report to a file instead of stdout'),
    new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
      .choices(['critical', 'high', 'medium', 'low', 'info'])
      .default('high'),
    new Option('--no-color', 'disable colour even on a terminal'),
  ];
}

/** The report options as commander parses them (reportOptions()); --fail-on still a string. */
export interface ReportCliOptions extends Omit<ReportOutputOptions, 'failOn'> {
  failOn: string;
}

export function parseFailOn(v: string): Severity {
  if (!isSeverity(v)) throw new UsageError(`--fail-on: unknown severity ${v}`);
  return v;
}

/** Validates the parsed reportOptions() into what emitReport takes; throws UsageError. */
export function outputOptionsOf(opts: ReportCliOptions): ReportOutputOptions {
  const out: ReportOutputOptions = { format: opts.format, failOn: parseFailOn(opts.failOn) };
  if (opts.output) out.output = opts.output;
  if (opts.color === false) out.color = false;
  return out;
}

/** Renders and writes the report; returns the process exit code it implies. */
export function emitReport(report: Report, opts: ReportOutputOptions): number {
  const toFile = Boolean(opts.output);
  const color =
    opts.color !== false && !toFile && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const text = renderReport(report, opts.format, color);
  if (opts.output) writeFileSync(opts.output, text);
  else process.stdout.write(text);
  return report.summary.exitCode;
}

/** One report in any of REPORT_FORMATS (colour applies to the terminal format only). */
export function renderReport(report: Report, format: ReportFormat, color = false): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report);
    case 'markdown':
      return renderMarkdown(report);
    default:
      return renderTerminal(report, { color });
  }
}
