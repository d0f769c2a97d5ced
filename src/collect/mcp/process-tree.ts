import { readdirSync, readFileSync } from 'node:fs';

/**
 * Descendants of a process, from Linux /proc (`task/<tid>/children`). A stdio server is often a
 * launcher (`npx` → `sh` → `node server.js`): killing the direct child can leave the real server
 * running. Elsewhere (no /proc) this returns [] and only the direct child is managed.
 */
export function descendants(pid: number, max = 256): number[] {
  const out: number[] = [];
  const queue = [pid];
  while (queue.length > 0 && out.length < max) {
    const p = queue.shift() as number;
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      let text = '';
      try {
        text = readFileSync(`/proc/${p}/task/${tid}/children`, 'utf8');
      } catch {
        continue;
      }
      for (const c of text.split(/\s+/).filter(Boolean).map(Number)) {
        if (Number.isInteger(c) && c > 0 && !out.includes(c)) {
          out.push(c);
          queue.push(c);
        }
      }
    }
  }
  return out;
}
