/// <reference lib="webworker" />
/**
 * The engine off the page's thread. Protocol: src/worker/protocol.ts; the work: src/worker/handler.ts.
 * The page terminates this worker to cancel a run.
 */
import { prepareIndexes } from '../engine/classify/classify';
import { TAXONOMY } from '../engine/classify/taxonomy';
import { handleRequest } from './handler';
import type { LegacyWorkerRequest, WorkerRequest } from './protocol';

export { handleRequest } from './handler';
export type { WorkerRequest, WorkerResponse } from './protocol';

// Only inside a worker: importing this module elsewhere (tests, Node) must not touch a global `self`.
if (typeof self !== 'undefined' && typeof (self as { importScripts?: unknown }).importScripts === 'function') {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  scope.onmessage = (event: MessageEvent<WorkerRequest | LegacyWorkerRequest>) => {
    void handleRequest(event.data, (message, transfer) => scope.postMessage(message, transfer ?? []));
  };
  // The keyword index takes a few hundred milliseconds to build: built while the user maps columns,
  // not when the run starts.
  setTimeout(() => prepareIndexes(TAXONOMY), 0);
}
