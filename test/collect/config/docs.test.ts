import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CLIENT_INFO, clientsMarkdown } from '../../../src/collect/config/docs.ts';
import { LOCATIONS } from '../../../src/collect/config/locations.ts';

test('docs/clients.md is the generated copy of the locations table', () => {
  const committed = readFileSync(new URL('../../../docs/clients.md', import.meta.url), 'utf8');
  assert.equal(
    committed,
    clientsMarkdown(),
    'regenerate: node --import tsx -e "import(\'./src/collect/config/docs.ts\').then(m=>process.stdout.write(m.clientsMarkdown()))" > docs/clients.md',
  );
});

test('every location cites a source and every client has display info', () => {
  for (const l of LOCATIONS) {
    assert.ok(l.source.length > 5, `${l.client} ${l.path} cites a source`);
    assert.ok(CLIENT_INFO[l.client], l.client);
  }
});
