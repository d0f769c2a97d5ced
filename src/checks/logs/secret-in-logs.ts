import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { secretFinding } from './_secret-finding.ts';

export const secretInLogs = defineCheck({
  meta: {
    id: 'secret-in-logs',
    title: 'Secret leaked in logs or telemetry',
    description:
      'A token, key, password or session id appears in a log file, error report or telemetry ' +
      'export. Default error handlers print whole request objects, so bearer tokens and ' +
      'connection strings land in application logs, Sentry, Datadog and CloudWatch exports, ' +
      'where everyone with log access (and every log pipeline) can read and replay them. One ' +
      'finding per distinct secret, with its occurrences and where it was first and last seen.',
    checklist: 'C4',
    patterns: ['P1'],
    owasp: ['MCP01:2025 Token Mismanagement & Secret Exposure'],
    severity: 'high',
    remediation:
      'Rotate the credential now (the finding lists where to revoke it and what else to ' +
      'invalidate), then stop the leak: redact Authorization, Cookie and key fields in the ' +
      'logger (e.g. pino redact paths), never log request objects or env dumps, and purge or ' +
      'restrict the affected log files and exports.',
    requires: ['logs'],
    scope: 'target',
    references: [
      'https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html',
      'https://cwe.mitre.org/data/definitions/532.html',
    ],
  },
  run(t: TargetFacts): FindingDraft[] {
    const facts = t.facts.logs;
    if (!facts) return [];
    // A secret also found in an assistant's history is reported once, by that check (P7).
    return facts.secrets
      .filter((s) => s.sources.includes('log') && !s.sources.includes('assistant-history'))
      .map((s) => secretFinding(s, facts, 'log'));
  },
});
