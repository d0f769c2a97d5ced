import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { secretFinding } from './_secret-finding.ts';

export const secretInAssistantHistory = defineCheck({
  meta: {
    id: 'secret-in-assistant-history',
    title: "Secret persisted in an AI assistant's history",
    description:
      'A credential appears in an AI client transcript, task history or chat checkpoint (Claude ' +
      'Code projects/*.jsonl, Codex rollouts, Gemini CLI chats, Cline tasks). Tool outputs are ' +
      'stored verbatim: a tool that read a .env file or echoed a request leaves the token on ' +
      'disk indefinitely, replayed into later context windows and copied by backups and sync.',
    checklist: 'C4',
    patterns: ['P7', 'P1'],
    owasp: ['MCP01:2025 Token Mismanagement & Secret Exposure'],
    severity: 'high',
    remediation:
      'Rotate the credential now (the finding lists where to revoke it), then delete or redact ' +
      'the transcripts that hold it, and keep secrets out of tool outputs: give tools scoped ' +
      'tokens through the environment, never let them read .env or credential files.',
    requires: ['logs'],
    scope: 'target',
    references: ['https://cwe.mitre.org/data/definitions/312.html'],
  },
  run(t: TargetFacts): FindingDraft[] {
    const facts = t.facts.logs;
    if (!facts) return [];
    return facts.secrets
      .filter((s) => s.sources.includes('assistant-history'))
      .map((s) => {
        const d = secretFinding(s, facts, 'assistant-history');
        d.patterns = s.sources.includes('log') ? ['P7', 'P1'] : ['P7'];
        return d;
      });
  },
});
