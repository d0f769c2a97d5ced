import type { ServerEntry } from '../../collect/config/facts.ts';
import { dockerImageIndex, programName } from '../../collect/config/package.ts';
import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import type { Severity } from '../../model/taxonomy.ts';
import { escapeControl, truncate } from '../../util/escape.ts';
import { defineCheck } from '../check.ts';
import { configOf, loc } from './_util.ts';

interface Hit {
  what: string;
  arg: string;
  index: number;
  severity: Severity;
}

function optionValue(
  args: readonly string[],
  i: number,
): { name: string; value: string | undefined } {
  const a = args[i] ?? '';
  const eq = a.indexOf('=');
  if (a.startsWith('--') && eq > 0) return { name: a.slice(0, eq), value: a.slice(eq + 1) };
  return { name: a, value: args[i + 1] };
}

function mountSource(name: string, value: string): string | undefined {
  if (name === '-v' || name === '--volume') return value.split(':')[0];
  if (name === '--mount') {
    const src = value.split(',').find((p) => /^(?:source|src)=/.test(p));
    return src?.slice(src.indexOf('=') + 1);
  }
  return undefined;
}

// Host paths whose mount hands the container the host: root, the Docker socket (root-equivalent),
// system config and /proc, /sys, /dev.
const HOST_ROOTS =
  /^(?:\/|\/etc\/?|\/root\/?|\/proc\/?|\/sys\/?|\/dev\/?|\/var\/run\/docker\.sock|\/run\/docker\.sock|[A-Za-z]:\\?|\/\/\.\/pipe\/docker_engine)$/;

function hits(e: ServerEntry): Hit[] {
  const prog = programName(e.command);
  if (prog !== 'docker' && prog !== 'podman') return [];
  const image = dockerImageIndex(e.args);
  const end = image < 0 ? e.args.length : image;
  const out: Hit[] = [];
  for (let i = 0; i < end; i++) {
    const a = e.args[i] ?? '';
    if (!a.startsWith('-')) continue;
    const { name, value } = optionValue(e.args, i);
    if (name === '--privileged' && value !== 'false') {
      out.push({
        what: 'runs privileged (--privileged: all capabilities, host devices)',
        arg: a,
        index: i,
        severity: 'high',
      });
      continue;
    }
    if (!value) continue;
    const src = mountSource(name, value);
    if (src !== undefined && HOST_ROOTS.test(src)) {
      const sock = src.includes('docker');
      out.push({
        what: sock
          ? `mounts the Docker socket (${src}): root on the host`
          : `mounts host path ${src}`,
        arg: `${name} ${value}`,
        index: i,
        severity: 'high',
      });
    }
    if ((name === '--network' || name === '--net') && value === 'host') {
      out.push({
        what: 'shares the host network (--network host)',
        arg: `${name} ${value}`,
        index: i,
        severity: 'medium',
      });
    }
    if (name === '--pid' && value === 'host') {
      out.push({
        what: 'shares the host PID namespace (--pid host)',
        arg: `${name} ${value}`,
        index: i,
        severity: 'high',
      });
    }
    if (name === '--ipc' && value === 'host') {
      out.push({
        what: 'shares host IPC (--ipc host)',
        arg: `${name} ${value}`,
        index: i,
        severity: 'medium',
      });
    }
    if (
      name === '--cap-add' &&
      /^(?:all|sys_admin|sys_ptrace|net_admin|sys_module|dac_read_search)$/i.test(value)
    ) {
      out.push({
        what: `adds capability ${value}`,
        arg: `${name} ${value}`,
        index: i,
        severity: 'high',
      });
    }
    if (name === '--security-opt' && /(?:seccomp|apparmor)[=:]unconfined/i.test(value)) {
      out.push({
        what: `disables confinement (${value})`,
        arg: `${name} ${value}`,
        index: i,
        severity: 'medium',
      });
    }
  }
  return out;
}

export const configDockerPrivileges = defineCheck({
  meta: {
    id: 'config-docker-privileges',
    title: 'Containerised MCP server with host-level privileges',
    description:
      'A Docker/Podman-launched server with --privileged, a host root or Docker-socket mount, ' +
      'the host network or PID namespace, or dangerous capabilities is not isolated: a prompt-' +
      'injected or compromised server controls the host. Containers are only a boundary when ' +
      'they are unprivileged.',
    checklist: 'C3',
    patterns: ['P3', 'P4'],
    owasp: ['MCP02:2025 Privilege Escalation via Scope Creep'],
    severity: 'high',
    remediation:
      'Drop --privileged and host namespaces, mount only the directories the server needs ' +
      '(read-only where possible), never the Docker socket or /, and add only the specific ' +
      'capabilities required.',
    requires: ['config'],
    scope: 'target',
    references: ['https://docs.docker.com/engine/security/'],
  },
  run(t: TargetFacts) {
    const out: FindingDraft[] = [];
    for (const e of configOf(t).entries) {
      for (const h of hits(e)) {
        out.push({
          message: `Server "${e.name}" (${e.client}) ${h.what}.`,
          location: loc(e, `args[${h.index}]`),
          evidence: truncate(escapeControl(h.arg), 200),
          severity: h.severity,
          key: h.what,
        });
      }
    }
    return out;
  },
});
