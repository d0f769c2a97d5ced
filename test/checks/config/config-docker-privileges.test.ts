import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configDockerPrivileges } from '../../../src/checks/config/config-docker-privileges.ts';
import type { FindingDraft } from '../../../src/model/finding.ts';
import { entry, target } from './_helpers.ts';

const run = (args: string[]) =>
  configDockerPrivileges.run(target([entry({ command: 'docker', args })])) as FindingDraft[];
const img = `mcp/srv@sha256:${'c'.repeat(64)}`;

test('flags --privileged, host root and docker.sock mounts, host network and pid', () => {
  assert.equal(run(['run', '-i', '--privileged', img]).length, 1);
  assert.equal(run(['run', '-i', '-v', '/:/host', img]).length, 1);
  assert.equal(
    run(['run', '-i', '--volume=/var/run/docker.sock:/var/run/docker.sock', img]).length,
    1,
  );
  assert.equal(run(['run', '-i', '--mount', 'type=bind,source=/,target=/h', img]).length, 1);
  const net = run(['run', '-i', '--network', 'host', img]);
  assert.equal(net.length, 1);
  assert.equal(net[0]!.severity, 'medium');
  assert.equal(run(['run', '-i', '--pid=host', img]).length, 1);
});

test('ignores flags after the image (they belong to the server) and safe runs', () => {
  assert.equal(run(['run', '-i', '--rm', '-v', '/home/u/data:/data:ro', img]).length, 0);
  assert.equal(run(['run', '-i', img, '--privileged']).length, 0);
  assert.equal(
    (
      configDockerPrivileges.run(
        target([entry({ command: 'npx', args: ['--privileged'] })]),
      ) as FindingDraft[]
    ).length,
    0,
  );
});
