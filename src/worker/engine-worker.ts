/// <reference lib="webworker" />
/**
 * The engine off the page's thread. Protocol: src/worker/protocol.ts; the work: src/worker/handler.ts.
 * The page terminates this worker to cancel a run.
 */
import { handleRequest } from './handler';
import { warmUp } from './warm-up';
import { RequestAssembler } from './message-parts';
import type { LegacyWorkerRequest, TableRowsMessage, WorkerRequest, WorkerResponse } from './protocol';

export { handleRequest } from './handler';
export type { WorkerRequest, WorkerResponse } from './protocol';

type PageMessage = WorkerRequest | LegacyWorkerRequest | TableRowsMessage;

/**
 * What the worker does with each message from the page: parts of a request's long tables are
 * kept until the request itself comes. Exported for tests, which have no worker scope.
 */
export function createMessageListener(post: (message: WorkerResponse, transfer?: Transferable[]) => void) {
  const parts = new RequestAssembler();
  return (m: PageMessage): Promise<void> | void => {
    if ('kind' in m && m.kind === 'table-rows') return parts.add(m);
    return handleRequest('kind' in m ? parts.complete(m) : m, post);
  };
}

// Only inside a worker: importing this module elsewhere (tests, Node) must not touch a global `self`.
if (typeof self !== 'undefined' && typeof (self as { importScripts?: unknown }).importScripts === 'function') {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  const listener = createMessageListener((message, transfer) => scope.postMessage(message, transfer ?? []));
  scope.onmessage = (event: MessageEvent<PageMessage>) => void listener(event.data);
  // The keyword index and the first compile of the engine and the workbook writer take a second or
  // so: done while the user maps columns, not when the run starts. A warm-up that fails costs
  // nothing but that head start.
  setTimeout(() => void warmUp().catch(() => undefined), 0);
}
