import type { PackageRef } from './facts.ts';

const EXACT_SEMVER = /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const FULL_COMMIT = /^[0-9a-f]{40}$/i;

/** Program name without directory or Windows extension, lower-cased. */
export function programName(command: string | undefined): string {
  if (!command) return '';
  const b = command.split(/[\\/]/).pop() ?? command;
  return b.replace(/\.(?:cmd|exe|bat|ps1)$/i, '').toLowerCase();
}

/** Splits `@scope/name@1.2.3` / `name@^1` / `name` into name and version. */
function splitNpmSpec(spec: string): { name: string; version?: string } {
  const at = spec.lastIndexOf('@');
  if (at > 0) return { name: spec.slice(0, at), version: spec.slice(at + 1) };
  return { name: spec };
}

function gitRef(spec: string, launcher: string): PackageRef | undefined {
  const m =
    /^(?:git\+)?(?:https?|ssh|git):\/\/.+|^github:.+|^git@[^:]+:.+|^[\w.-]+\/[\w.-]+#.+$/i.exec(
      spec,
    );
  if (!m) return undefined;
  const hash = spec.indexOf('#');
  const ref = hash >= 0 ? spec.slice(hash + 1).replace(/^(?:commit=|semver:)/, '') : undefined;
  const name = (hash >= 0 ? spec.slice(0, hash) : spec).replace(/[?].*$/, '');
  const out: PackageRef = {
    ecosystem: 'git',
    launcher,
    name,
    pinned: ref !== undefined && FULL_COMMIT.test(ref),
  };
  if (ref) out.version = ref;
  return out;
}

function npmRef(spec: string, launcher: string): PackageRef {
  const git = gitRef(spec, launcher);
  if (git) return git;
  const { name, version } = splitNpmSpec(spec);
  const out: PackageRef = {
    ecosystem: 'npm',
    launcher,
    name,
    pinned: version !== undefined && EXACT_SEMVER.test(version),
  };
  if (version !== undefined) out.version = version;
  return out;
}

function pypiRef(spec: string, launcher: string): PackageRef {
  const git = gitRef(spec, launcher);
  if (git) return git;
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?)\s*(==|@|>=|~=|<=|>|<|!=)?\s*(.*)$/.exec(
    spec,
  );
  const name = m?.[1] ?? spec;
  const op = m?.[2];
  const version = m?.[3] || undefined;
  const out: PackageRef = {
    ecosystem: 'pypi',
    launcher,
    name,
    pinned: (op === '==' || op === '@') && version !== undefined && /^\d[\w.+-]*$/.test(version),
  };
  if (version !== undefined) out.version = op === '==' || op === '@' ? version : `${op}${version}`;
  return out;
}

// Options of npx/npm exec/pnpm dlx/bunx/yarn dlx that take a value.
const NPX_VALUE_FLAGS = new Set(['-p', '--package', '-c', '--call', '--registry', '--cache']);
// Options of uvx / uv tool run / pipx run that take a value.
const UV_VALUE_FLAGS = new Set([
  '--from',
  '--with',
  '-w',
  '--python',
  '-p',
  '--index',
  '--index-url',
  '--extra-index-url',
  '--spec',
  '--pip-args',
  '--directory',
  '--with-requirements',
  '--python-preference',
]);
// `docker run` options that take a value (docs.docker.com/reference/cli/docker/container/run).
const DOCKER_VALUE_FLAGS = new Set([
  '-e',
  '--env',
  '--env-file',
  '-v',
  '--volume',
  '--mount',
  '--name',
  '--network',
  '--net',
  '-p',
  '--publish',
  '-w',
  '--workdir',
  '-u',
  '--user',
  '--entrypoint',
  '--platform',
  '-l',
  '--label',
  '--add-host',
  '--cap-add',
  '--cap-drop',
  '--pid',
  '--ipc',
  '--uts',
  '--userns',
  '--security-opt',
  '--device',
  '--memory',
  '-m',
  '--cpus',
  '--restart',
  '--hostname',
  '-h',
  '--log-driver',
  '--log-opt',
  '--tmpfs',
  '--ulimit',
  '--dns',
  '--pull',
  '--runtime',
  '--shm-size',
  '--gpus',
  '--group-add',
  '--expose',
  '--label-file',
  '--cidfile',
  '--stop-signal',
  '--stop-timeout',
  '--health-cmd',
  '--volumes-from',
  '--link',
  '--ip',
  '--ip6',
  '--mac-address',
  '--sysctl',
  '--cgroupns',
  '--cgroup-parent',
  '--init-path',
]);

function firstPositional(args: readonly string[], valueFlags: Set<string>): number {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--') return i + 1 < args.length ? i + 1 : -1;
    if (a.startsWith('-')) {
      if (!a.includes('=') && valueFlags.has(a)) i++;
      continue;
    }
    return i;
  }
  return -1;
}

/** The `docker run` image argument's index, or -1. */
export function dockerImageIndex(args: readonly string[]): number {
  const run = args.indexOf('run');
  if (run < 0) return -1;
  const rest = args.slice(run + 1);
  const i = firstPositional(rest, DOCKER_VALUE_FLAGS);
  return i < 0 ? -1 : run + 1 + i;
}

function dockerRef(image: string): PackageRef {
  const at = image.indexOf('@sha256:');
  if (at > 0) {
    return {
      ecosystem: 'docker',
      launcher: 'docker',
      name: image.slice(0, at),
      version: image.slice(at + 1),
      pinned: true,
    };
  }
  const slash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  const hasTag = colon > slash;
  const out: PackageRef = {
    ecosystem: 'docker',
    launcher: 'docker',
    name: hasTag ? image.slice(0, colon) : image,
    pinned: false,
  };
  if (hasTag) out.version = image.slice(colon + 1);
  return out;
}

/**
 * Derives the package a launch line fetches: `npx -y pkg@1.2.3`, `uvx pkg==1.0`, `pipx run`,
 * `bunx`, `pnpm dlx`, `yarn dlx`, `npm exec`, `uv tool run`, `docker run image`, git URLs.
 * Returns undefined for local programs (`node server.js`, `/usr/bin/thing`).
 */
export function derivePackage(
  command: string | undefined,
  args: readonly string[],
): PackageRef | undefined {
  if (!command) return undefined;
  const cmd = programName(command);
  let launcher = cmd;
  let rest = args;
  if (cmd === 'npm' && (args[0] === 'exec' || args[0] === 'x')) {
    launcher = 'npm exec';
    rest = args.slice(1);
  } else if ((cmd === 'pnpm' || cmd === 'yarn') && args[0] === 'dlx') {
    launcher = `${cmd} dlx`;
    rest = args.slice(1);
  } else if (cmd === 'bun' && args[0] === 'x') {
    launcher = 'bunx';
    rest = args.slice(1);
  } else if (cmd === 'uv' && args[0] === 'tool' && args[1] === 'run') {
    launcher = 'uvx';
    rest = args.slice(2);
  } else if (cmd === 'pipx' && args[0] === 'run') {
    launcher = 'pipx run';
    rest = args.slice(1);
  }

  if (['npx', 'npm exec', 'pnpm dlx', 'yarn dlx', 'bunx'].includes(launcher)) {
    const pkgFlag = rest.findIndex((a) => a === '-p' || a === '--package');
    if (pkgFlag >= 0 && rest[pkgFlag + 1]) return npmRef(rest[pkgFlag + 1] ?? '', launcher);
    const eqFlag = rest.find((a) => a.startsWith('--package='));
    if (eqFlag) return npmRef(eqFlag.slice('--package='.length), launcher);
    const i = firstPositional(rest, NPX_VALUE_FLAGS);
    return i < 0 ? undefined : npmRef(rest[i] ?? '', launcher);
  }
  if (launcher === 'uvx' || launcher === 'pipx run') {
    const from = rest.findIndex((a) => a === '--from' || a === '--spec');
    if (from >= 0 && rest[from + 1]) return pypiRef(rest[from + 1] ?? '', launcher);
    const eqFrom = rest.find((a) => a.startsWith('--from=') || a.startsWith('--spec='));
    if (eqFrom) return pypiRef(eqFrom.slice(eqFrom.indexOf('=') + 1), launcher);
    const i = firstPositional(rest, UV_VALUE_FLAGS);
    return i < 0 ? undefined : pypiRef(rest[i] ?? '', launcher);
  }
  if (cmd === 'docker' || cmd === 'podman') {
    const i = dockerImageIndex(args);
    return i < 0 ? undefined : { ...dockerRef(args[i] ?? ''), launcher: cmd };
  }
  for (const a of args) {
    const g = gitRef(a, cmd);
    if (g && /^(?:git\+|github:|git@)|\.git(?:#|$)/i.test(a)) return g;
  }
  return undefined;
}
