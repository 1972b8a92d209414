/**
 * Running the engine off the page's thread, with progress and cancel. The UI never sees a Worker:
 * it gets an `EngineRunner` (a real worker in the browser, a fake in tests) through the app layer.
 */
import { fromWorkerError, toAppError, type AppError } from './errors';
import { PlanAssembler, requestInParts } from '../worker/message-parts';
import type { InspectedMessage, ProgressMessage, ResultMessage, WorkerRequest, WorkerResponse } from '../worker/protocol';

/** How a long task ended. */
export type Outcome<T> = { status: 'done'; value: T } | { status: 'cancelled' } | { status: 'failed'; error: AppError };

/** A task under way: its outcome, and a way to stop it (the outcome is then 'cancelled'). */
export interface RunHandle<T> {
  result: Promise<Outcome<T>>;
  cancel(): void;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
/** A request as the app layer sends it; the runner numbers it. */
export type EngineRequest = WithoutId<WorkerRequest>;
export type EngineAnswer = InspectedMessage | ResultMessage;

export interface EngineRunner {
  /** Sends one request; a new request while one is under way cancels that one. */
  start(request: EngineRequest, onProgress?: (p: ProgressMessage) => void): RunHandle<EngineAnswer>;
  /** Lets the worker go. */
  dispose(): void;
}

/** The part of a Worker the runner uses (tests can hand in their own). */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/**
 * A runner over Web Workers made by `makeWorker`. One worker serves request after request; cancel
 * terminates it (the only way to stop a synchronous engine run) and the next request starts a new one.
 */
export function createWorkerRunner(makeWorker: () => WorkerLike): EngineRunner {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let current: { id: number; settle: (o: Outcome<EngineAnswer>) => void; parts: PlanAssembler } | null = null;
  let progressListener: ((p: ProgressMessage) => void) | undefined;

  const drop = () => {
    worker?.terminate();
    worker = null;
  };

  const ensure = (): WorkerLike => {
    if (worker) return worker;
    const w = makeWorker();
    w.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const m = event.data;
      if (!current || m.id !== current.id) return;
      if (m.kind === 'progress') {
        progressListener?.(m);
        return;
      }
      if (m.kind === 'plan-rows') {
        current.parts.add(m);
        return;
      }
      const { settle, parts } = current;
      current = null;
      settle(m.kind === 'error' ? { status: 'failed', error: fromWorkerError(m) } : { status: 'done', value: completed(m, parts) });
    };
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      const settle = current?.settle;
      current = null;
      drop();
      settle?.({ status: 'failed', error: { code: 'worker-failed', detail: event.message || '' } });
    };
    worker = w;
    return w;
  };

  return {
    start(request, onProgress) {
      if (current) {
        const settle = current.settle;
        current = null;
        drop();
        settle({ status: 'cancelled' });
      }
      const id = nextId++;
      progressListener = onProgress;
      let settleFn: (o: Outcome<EngineAnswer>) => void = () => {};
      const result = new Promise<Outcome<EngineAnswer>>((resolve) => (settleFn = resolve));
      current = { id, settle: settleFn, parts: new PlanAssembler() };
      const fail = (e: unknown) => {
        if (current?.id !== id) return;
        current = null;
        drop();
        settleFn({ status: 'failed', error: toAppError(e, 'worker-failed') });
      };
      // Long tables go ahead in parts, each copied in a task of its own: the page draws and takes
      // clicks between them (and a cancel stops the sending).
      const { parts, request: rest } = requestInParts({ ...request, id } as WorkerRequest);
      const send = async () => {
        for (const part of parts) {
          ensure().postMessage({ kind: 'table-rows', id, ...part });
          await nextTask();
          if (current?.id !== id) return;
        }
        ensure().postMessage(rest);
      };
      if (parts.length === 0) {
        try {
          ensure().postMessage(rest);
        } catch (e) {
          fail(e);
        }
      } else send().catch(fail);
      return {
        result,
        cancel() {
          if (current?.id !== id) return;
          current = null;
          drop();
          settleFn({ status: 'cancelled' });
        },
      };
    },
    dispose() {
      if (current) {
        const settle = current.settle;
        current = null;
        settle({ status: 'cancelled' });
      }
      drop();
    },
  };
}

/** The handler's signature (src/worker/handler.ts `handleRequest`). */
export type RequestHandler = (request: WorkerRequest, post: (message: WorkerResponse) => void) => Promise<void>;

/**
 * A runner that calls a handler on the page's own thread: for tests, and for a browser without
 * workers. Cancel settles at once as 'cancelled' and ignores what the handler says afterwards.
 */
export function createInProcessRunner(handler: RequestHandler): EngineRunner {
  let nextId = 1;
  let cancelCurrent: (() => void) | null = null;
  return {
    start(request, onProgress) {
      cancelCurrent?.();
      const id = nextId++;
      let done = false;
      let settleFn: (o: Outcome<EngineAnswer>) => void = () => {};
      const result = new Promise<Outcome<EngineAnswer>>((resolve) => (settleFn = resolve));
      const settle = (o: Outcome<EngineAnswer>) => {
        if (done) return;
        done = true;
        if (cancelCurrent === cancel) cancelCurrent = null;
        settleFn(o);
      };
      const cancel = () => settle({ status: 'cancelled' });
      cancelCurrent = cancel;
      const parts = new PlanAssembler();
      handler({ ...request, id } as WorkerRequest, (m) => {
        if (done) return;
        if (m.kind === 'progress') onProgress?.(m);
        else if (m.kind === 'plan-rows') parts.add(m);
        else if (m.kind === 'error') settle({ status: 'failed', error: fromWorkerError(m) });
        else settle({ status: 'done', value: completed(m, parts) });
      }).catch((e: unknown) => settle({ status: 'failed', error: toAppError(e, 'internal') }));
      return { result, cancel };
    },
    dispose() {
      cancelCurrent?.();
    },
  };
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A final answer with its plan whole again (its long sheets' rows came ahead of it). */
function completed(m: EngineAnswer, parts: PlanAssembler): EngineAnswer {
  return m.kind === 'result' && m.plan ? { ...m, plan: parts.complete(m.plan) } : m;
}

/** A browser worker for the engine, loaded from `engine-worker.js` next to the page. */
export function browserWorkerFactory(url = 'engine-worker.js'): () => WorkerLike {
  return () => new Worker(new URL(url, document.baseURI)) as unknown as WorkerLike;
}

/**
 * A task made of steps (reading through the gateway, then the worker, …) that can be cancelled as
 * a whole: `signal` aborts the gateway's reads, `track` lets cancel reach the step under way.
 */
export function cancellable<T>(
  body: (ctx: { signal: AbortSignal; track: <U>(h: RunHandle<U>) => Promise<Outcome<U>> }) => Promise<Outcome<T>>,
): RunHandle<T> {
  const controller = new AbortController();
  let active: RunHandle<unknown> | null = null;
  let cancelled = false;
  let resolveCancelled: (o: Outcome<T>) => void = () => {};
  const onCancel = new Promise<Outcome<T>>((resolve) => (resolveCancelled = resolve));
  const track = <U>(h: RunHandle<U>): Promise<Outcome<U>> => {
    active = h as RunHandle<unknown>;
    if (cancelled) h.cancel();
    return h.result;
  };
  const run = body({ signal: controller.signal, track }).then(
    (o) => (cancelled ? ({ status: 'cancelled' } as const) : o),
    (e: unknown) => (cancelled ? ({ status: 'cancelled' } as const) : { status: 'failed' as const, error: toAppError(e, 'internal') }),
  );
  return {
    result: Promise.race([run, onCancel]),
    cancel() {
      if (cancelled) return;
      cancelled = true;
      controller.abort();
      active?.cancel();
      resolveCancelled({ status: 'cancelled' });
    },
  };
}
