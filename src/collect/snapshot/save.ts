import { rename, writeFile } from 'node:fs/promises';
import type { TargetFacts } from '../../model/facts.ts';
import type { ServerSnapshot } from '../../model/snapshot.ts';
import { VERSION } from '../../version.ts';
import { SNAPSHOT_SCHEMA } from './load.ts';

/** The document `--save-snapshot` writes (docs/snapshot-format.md). */
export interface SnapshotDocument {
  schema: typeof SNAPSHOT_SCHEMA;
  createdAt: string;
  tool: { name: 'mcp-warden'; version: string };
  servers: ServerSnapshot[];
}

/** Builds the document from collected facts: every target that has a server snapshot. */
export function snapshotDocument(facts: readonly TargetFacts[]): SnapshotDocument {
  return {
    schema: SNAPSHOT_SCHEMA,
    createdAt: new Date().toISOString(),
    tool: { name: 'mcp-warden', version: VERSION },
    servers: facts.flatMap((t) => (t.facts.server ? [t.facts.server] : [])),
  };
}

/**
 * Writes the snapshot atomically (temp file, then rename) so an interrupted scan never leaves a
 * half-written file that a later replay would misread.
 */
export async function saveSnapshotFile(
  file: string,
  facts: readonly TargetFacts[],
): Promise<number> {
  const doc = snapshotDocument(facts);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(doc, null, 2)}\n`);
  await rename(tmp, file);
  return doc.servers.length;
}
