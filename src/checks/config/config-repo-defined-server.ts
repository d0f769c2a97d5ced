import { displayTarget } from '../../collect/config/inventory.ts';
import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { configOf, loc } from './_util.ts';

export const configRepoDefinedServer = defineCheck({
  meta: {
    id: 'config-repo-defined-server',
    title: 'MCP server defined in a repository project config',
    description:
      'Project configs (.mcp.json, .vscode/mcp.json, .cursor/mcp.json, .gemini/settings.json…) ' +
      'travel with the repository: a server defined there starts for whoever opens the repo and ' +
      'approves it, so a pull request can add or change a command that runs on every ' +
      "developer's machine (cf. CVE-2025-54136, Cursor MCP config swap).",
    checklist: 'C6',
    patterns: ['P4'],
    owasp: ['MCP04:2025 Software Supply Chain Attacks & Dependency Tampering'],
    severity: 'medium',
    remediation:
      'Review project-level MCP servers like code: require CODEOWNERS review for these files, ' +
      'pin what they launch, and prefer user-scope configuration for anything with credentials.',
    requires: ['config'],
    scope: 'target',
    references: ['https://code.claude.com/docs/en/mcp'],
  },
  run(t: TargetFacts) {
    const c = configOf(t);
    if (c.file.scope !== 'project' || !c.file.inRepository) return [];
    const out: FindingDraft[] = [];
    for (const e of c.entries) {
      const stdio = e.transport === 'stdio';
      out.push({
        message:
          `Server "${e.name}" is defined in project config ${c.file.path}; it ` +
          (stdio ? 'runs a local command' : 'connects to a remote server') +
          ' for anyone who opens this repository.',
        location: loc(e, stdio ? 'command' : 'url'),
        evidence: displayTarget(e),
        severity: stdio ? 'medium' : 'low',
      });
    }
    return out;
  },
});
