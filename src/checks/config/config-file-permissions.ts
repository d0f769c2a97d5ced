import { isPlaceholder } from '../../collect/config/values.ts';
import { scanText } from '../../engines/secrets/index.ts';
import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { defineCheck } from '../check.ts';
import { configOf } from './_util.ts';

export const configFilePermissions = defineCheck({
  meta: {
    id: 'config-file-permissions',
    title: 'Secret-bearing config file readable by other users',
    description:
      'A client config that holds credentials (literal secrets, or env and header blocks that ' +
      'typically carry them) is readable by the file group or by every local user (POSIX mode ' +
      'bits). Any process or account on the machine can lift the tokens.',
    checklist: 'C9',
    patterns: ['P7'],
    severity: 'medium',
    remediation:
      'Restrict the file to its owner (chmod 600), move secrets out of it into the environment ' +
      'or a secret manager, and rotate any credential that was exposed.',
    requires: ['config'],
    scope: 'target',
  },
  run(t: TargetFacts) {
    const c = configOf(t);
    const mode = c.file.mode;
    if (mode === undefined || (mode & 0o044) === 0) return [];
    const literal = c.entries.some((e) =>
      [...Object.values(e.env), ...Object.values(e.headers), ...e.args].some(
        (v) => !isPlaceholder(v) && scanText(v).length > 0,
      ),
    );
    const blocks = c.entries.some(
      (e) => Object.keys(e.env).length > 0 || Object.keys(e.headers).length > 0,
    );
    if (!literal && !blocks) return [];
    const who = mode & 0o004 ? 'every local user' : 'the file group';
    const out: FindingDraft = {
      message:
        `${c.file.path} (mode ${mode.toString(8).padStart(3, '0')}) is readable by ${who} and ` +
        (literal ? 'holds a literal secret.' : 'holds server env or headers.'),
      location: { kind: 'config', file: c.file.path, field: 'mode' },
      evidence: `mode ${mode.toString(8).padStart(3, '0')}`,
      severity: literal && mode & 0o004 ? 'high' : 'medium',
      confidence: literal ? 'high' : 'medium',
    };
    return [out];
  },
});
