/// <reference lib="webworker" />
/**
 * The engine off the page's thread. Protocol: src/worker/protocol.ts; the work: src/worker/handler.ts.
 * The page terminates this worker to cancel a run.
 */
import { handleRequest } from './handler';
import { warmUp } from './warm-up';
import type { LegacyWorkerRequest, WorkerRequest } from './protocol';

export { handleRequest } from './handler';
export type { WorkerRequest, WorkerResponse } from './protocol';

// Only inside a worker: importing this module elsewhere (tests, Node) must not touch a global `self`.
if (typeof self !== 'undefined' && typeof (self as { importScripts?: unknown }).importScripts === 'function') {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  scope.onmessage = (event: MessageEvent<WorkerRequest | LegacyWorkerRequest>) => {
    void handleRequest(event.data, (message, transfer) => scope.postMessage(message, transfer ?? []));
  };
  // The keyword index and the first compile of the engine and the workbook writer take a second or
  // so: done while the user maps columns, not when the run starts. A warm-up that fails costs
  // nothing but that head start.
  setTimeout(() => void warmUp().catch(() => undefined), 0);
}
