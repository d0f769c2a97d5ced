import pc from 'picocolors';
import type { Finding, Location } from '../../model/finding.ts';
import { CHECKLIST, CHECKLIST_IDS, type Severity } from '../../model/taxonomy.ts';
import { safeLine } from '../../util/escape.ts';
import type { Report, TargetReport } from '../report.ts';

type Colors = ReturnType<typeof pc.createColors>;

const SEVERITY_LABEL: Record<Severity, string> = {
  critical: 'CRITICAL',
  high: 'HIGH',
  medium: 'MEDIUM',
  low: 'LOW',
  info: 'INFO',
};

function paintSeverity(c: Colors, s: Severity): string {
  const label = SEVERITY_LABEL[s].padEnd(8);
  switch (s) {
    case 'critical':
      return c.bold(c.red(label));
    case 'high':
      return c.red(label);
    case 'medium':
      return c.yellow(label);
    case 'low':
      return c.cyan(label);
    default:
      return c.dim(label);
  }
}

/** Every value here may come from a hostile server: escape before it reaches the terminal. */
const safe = (s: string | number | undefined, max = 200): string => safeLine(String(s ?? ''), max);

export function formatLocation(loc: Location): string {
  const parts: string[] = [];
  if (loc.server) parts.push(`server ${safe(loc.server, 80)}`);
  if (loc.kind && loc.name) parts.push(`${loc.kind} ${safe(loc.name, 80)}`);
  else if (loc.kind) parts.push(loc.kind);
  if (loc.field) parts.push(`field ${safe(loc.field, 120)}`);
  if (loc.url) parts.push(safe(loc.url, 120));
  if (loc.file) parts.push(loc.line ? `${safe(loc.file, 160)}:${loc.line}` : safe(loc.file, 160));
  return parts.join(' › ');
}

function statusLabel(c: Colors, t: TargetReport): string {
  switch (t.coverage.status) {
    case 'scanned':
      return c.green('scanned');
    case 'partial':
      return c.yellow('partial');
    case 'unreachable':
      return c.red('unreachable');
    default:
      return c.dim('skipped');
  }
}

function renderTarget(c: Colors, t: TargetReport): string[] {
  const lines = [`  ${statusLabel(c, t)}  ${safe(t.label, 120)} ${c.dim(`(${t.kind})`)}`];
  if (t.server) {
    const s = t.server;
    const bits = [
      s.version ? `${safe(s.name, 60)} ${safe(s.version, 30)}` : safe(s.name, 60),
      s.protocolVersion ? `protocol ${safe(s.protocolVersion, 30)}` : '',
      s.transport ? `via ${s.transport}` : '',
      `${s.counts.tools} tools, ${s.counts.prompts} prompts, ${s.counts.resources} resources, ${s.counts.resourceTemplates} templates`,
    ].filter(Boolean);
    lines.push(c.dim(`           ${bits.join(' · ')}`));
  }
  if (t.endpoint) {
    const e = t.endpoint;
    const bits = [
      e.reachable === false ? 'no HTTP answer' : '',
      e.era ? `era ${safe(e.era, 30)}` : '',
      e.protocolVersion ? `protocol ${safe(e.protocolVersion, 30)}` : '',
      e.transport ? `via ${safe(e.transport, 20)}` : '',
      e.authRequired === undefined ? '' : e.authRequired ? 'auth required' : 'no auth required',
      e.tls?.versions?.length ? `TLS ${e.tls.versions.join(', ')}` : '',
      e.requests ? `${e.requests.sent} probe requests (chain depth ${e.requests.depth})` : '',
    ].filter(Boolean);
    if (bits.length) lines.push(c.dim(`           endpoint: ${bits.join(' · ')}`));
  }
  for (const r of t.coverage.reasons) lines.push(c.yellow(`           ! ${safe(r, 300)}`));
  return lines;
}

function renderFinding(c: Colors, f: Finding): string[] {
  const lines = [
    `  ${paintSeverity(c, f.severity)} ${c.bold(safe(f.title, 120))} ${c.dim(`[${f.rule}]`)}`,
  ];
  const loc = formatLocation(f.location);
  if (loc) lines.push(`           ${c.dim('at')} ${loc}`);
  lines.push(`           ${safe(f.message, 600)}`);
  if (f.evidence) lines.push(`           ${c.dim('evidence:')} ${safe(f.evidence, 400)}`);
  lines.push(`           ${c.dim('fix:')} ${safe(f.remediation, 400)}`);
  return lines;
}

export interface TerminalOptions {
  color: boolean;
}

/** Human report: targets with coverage, then findings grouped by checklist item. */
export function renderTerminal(report: Report, opts: TerminalOptions): string {
  const c = pc.createColors(opts.color);
  const out: string[] = [];
  out.push(c.bold(`mcp-warden ${report.tool.version} — ${report.command}`));
  out.push('');
  out.push(c.bold(`Targets (${report.targets.length})`));
  for (const t of report.targets) out.push(...renderTarget(c, t));
  out.push('');
  for (const id of CHECKLIST_IDS) {
    const group = report.findings.filter((f) => f.checklist === id);
    if (group.length === 0) continue;
    out.push(c.bold(`${id} ${CHECKLIST[id]} (${group.length})`));
    for (const f of group) out.push(...renderFinding(c, f), '');
  }
  const s = report.summary;
  const sev = (['critical', 'high', 'medium', 'low', 'info'] as const)
    .filter((k) => s.bySeverity[k] > 0)
    .map((k) => `${s.bySeverity[k]} ${k}`)
    .join(', ');
  out.push(
    c.bold('Summary: ') +
      (s.findings === 0 ? 'no findings' : `${s.findings} findings (${sev})`) +
      ` · targets: ${s.targets.scanned} scanned, ${s.targets.partial} partial, ${s.targets.unreachable} unreachable, ${s.targets.skipped} skipped`,
  );
  const verdict =
    s.exitCode === 0
      ? c.green(`PASS — nothing at or above ${s.failOn}`)
      : s.exitCode === 1
        ? c.red(`FAIL — findings at or above ${s.failOn}`)
        : c.yellow('INCOMPLETE — not every target was fully scanned (not scanned is never clean)');
  out.push(verdict);
  return `${out.join('\n')}\n`;
}
