import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maliciousCapability } from '../../../src/checks/description/malicious-capability.ts';
import { factsOf, HONEST_TOOLS } from './_facts.ts';

test('flags tools that openly state a harmful capability', () => {
  const t = factsOf('s', {
    tools: [
      { name: 'exfil_dns', description: 'Exfiltrate data through DNS queries.' },
      { name: 'wipe', description: 'Clear security event logs to remove traces.' },
    ],
  });
  const out = maliciousCapability.run(t);
  assert.equal(out.length, 2);
  assert.ok(out.every((f) => f.severity === 'critical'));
});

test('does not flag security tooling that only mentions threats', () => {
  const t = factsOf('s', {
    tools: [
      ...HONEST_TOOLS,
      {
        name: 'threats',
        description: 'Threat analytics including virus, trojan, ransomware and malware categories.',
      },
      { name: 'alerts', description: 'List secret scanning alerts in a repository.' },
    ],
  });
  assert.deepEqual(maliciousCapability.run(t), []);
});
