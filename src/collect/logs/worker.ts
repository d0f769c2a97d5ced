import { parentPort } from 'node:worker_threads';
import { engineScan } from './engine.ts';
import { type PartTask, scanPart } from './read-part.ts';

/** Messages between the pool and a worker. */
export type WorkerRequest = { id: number; task: PartTask };
export type WorkerResponse =
  | { id: number; result: Awaited<ReturnType<typeof scanPart>> }
  | { id: number; error: string };

const port = parentPort;
if (port) {
  port.on('message', (msg: WorkerRequest) => {
    scanPart(msg.task, engineScan).then(
      (result) => port.postMessage({ id: msg.id, result } satisfies WorkerResponse),
      (err: unknown) =>
        port.postMessage({
          id: msg.id,
          error: err instanceof Error ? err.message : String(err),
        } satisfies WorkerResponse),
    );
  });
  port.postMessage({ ready: true });
}
