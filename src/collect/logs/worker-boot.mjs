// Worker threads do not inherit the parent's tsx loader, and Node 20 ignores `--import` in a
// Worker's execArgv: register tsx here, then load the TypeScript worker body.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
