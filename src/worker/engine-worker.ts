/// <reference lib="webworker" />
import { runAnalysis } from '../app/analyze-sources';
import type { Lang } from '../engine/model';
import { SourceError } from '../gateway/files/errors';
import { readTables } from '../gateway/files/read';
import { planToXlsx } from '../gateway/files/write';

/** What the page sends: each administration with the files the user picked for it. */
export interface WorkerRequest {
  lang: Lang;
  sources: { name: string; files: { name: string; bytes: Uint8Array; sheet?: string }[] }[];
}

export type WorkerResponse =
  | { ok: true; report: ReturnType<typeof runAnalysis>['report']; xlsx: Uint8Array; withoutAmounts: { file: string; sheet: string }[] }
  | { ok: false; problem: string; file: string; detail: string };

/** Runs the engine off the page's thread: files in, report and workbook out. */
async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  try {
    const sources = [];
    for (const s of request.sources) {
      const tables = [];
      for (const f of s.files) tables.push(...(await readTables(f.name, f.bytes, f.sheet)));
      sources.push({ name: s.name, tables });
    }
    const result = runAnalysis(sources, { lang: request.lang });
    return { ok: true, report: result.report, xlsx: await planToXlsx(result.plan), withoutAmounts: result.withoutAmounts };
  } catch (e) {
    if (e instanceof SourceError) return { ok: false, problem: e.problem, file: e.file, detail: e.detail };
    return { ok: false, problem: 'internal', file: '', detail: e instanceof Error ? e.message : String(e) };
  }
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  void handle(event.data).then((response) => scope.postMessage(response));
};
