import type { PackageRef } from '../../collect/config/facts.ts';
import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { escapeControl, truncate } from '../../util/escape.ts';
import { defineCheck } from '../check.ts';
import { configOf, loc, maskSecrets, shellScriptOf } from './_util.ts';

// `curl … | sh`, `wget -O- … | bash`, `iwr … | iex`: whatever the URL serves today runs.
const PIPE_TO_SHELL =
  /\b(?:curl|wget|iwr|invoke-webrequest|irm|invoke-restmethod)\b[^|;&]*\|\s*(?:sudo\s+)?(?:sh|bash|zsh|dash|python3?|node|iex|invoke-expression)\b/i;

function describe(p: PackageRef): string {
  const v = p.version;
  switch (p.ecosystem) {
    case 'docker':
      return v
        ? `image ${p.name}:${v} is a mutable tag, not a digest`
        : `image ${p.name} has no tag or digest (means :latest)`;
    case 'git':
      return v
        ? `git source ${p.name} at "${v}" is a branch or tag, not a full commit id`
        : `git source ${p.name} names no commit`;
    default:
      if (v === undefined)
        return `${p.launcher} ${p.name} names no version: the newest release runs`;
      return `${p.launcher} ${p.name}@${v} is a range or tag, not an exact version`;
  }
}

export const configUnpinnedLaunch = defineCheck({
  meta: {
    id: 'config-unpinned-launch',
    title: 'MCP server launched from an unpinned source',
    description:
      'npx/uvx/pipx/bunx without an exact version, Docker images by tag instead of digest, git ' +
      'sources without a commit and `curl … | sh` fetch whatever the registry or URL serves at ' +
      'launch: one compromised or typo-squatted release runs with your privileges on every start ' +
      '(supply-chain attacks on MCP packages).',
    checklist: 'C6',
    patterns: ['P4'],
    owasp: ['MCP04:2025 Software Supply Chain Attacks & Dependency Tampering'],
    severity: 'medium',
    remediation:
      'Pin an exact version (npx -y pkg@1.2.3, uvx pkg==1.2.3), a Docker image digest ' +
      '(image@sha256:…) or a full git commit, and update deliberately after review.',
    requires: ['config'],
    scope: 'target',
  },
  run(t: TargetFacts) {
    const out: FindingDraft[] = [];
    for (const e of configOf(t).entries) {
      const p = e.package;
      if (p && !p.pinned) {
        out.push({
          message: `Server "${e.name}" (${e.client}): ${describe(p)}.`,
          location: loc(e, 'command'),
          evidence: truncate(
            escapeControl(`${e.command ?? ''} … ${p.name}${p.version ? ` (${p.version})` : ''}`),
            200,
          ),
          severity:
            p.ecosystem === 'docker' && p.version && p.version !== 'latest' ? 'low' : 'medium',
          key: `${p.ecosystem}:${p.name}`,
          details: { ecosystem: p.ecosystem, package: p.name, version: p.version ?? null },
        });
      }
      const script = shellScriptOf(e)?.script;
      if (script && PIPE_TO_SHELL.test(script)) {
        out.push({
          title: 'MCP server launched by piping a download into a shell',
          message: `Server "${e.name}" (${e.client}) runs a downloaded script through a shell at every launch.`,
          location: loc(e, 'args'),
          evidence: truncate(escapeControl(maskSecrets(script)), 200),
          severity: 'high',
          key: 'pipe-to-shell',
        });
      }
    }
    return out;
  },
});
