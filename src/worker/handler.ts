/**
 * The engine worker's message handler, as a plain function: request in, messages out through
 * `post`. The worker script (engine-worker.ts) wires it to `onmessage`; tests call it directly.
 */
import { runAnalysis, type AnalysisPhase, type NamedTables, type RunResult } from '../app/analyze-sources';
import { inspectTable } from '../app/inspect';
import type { SourceTable, Tick } from '../engine/model';
import { readPreviousEdits } from '../engine/plan/edits';
import type { WritePlan } from '../engine/plan/types';
import { withoutLines, type ReportOverview } from '../engine/report';
import { sendLongSheetsAhead } from './message-parts';
import { SourceError } from '../gateway/files/errors';
import { readTables } from '../gateway/files/read';
import { planToXlsx } from '../gateway/files/write';
import type {
  ErrorMessage,
  FileSource,
  LegacyWorkerRequest,
  RunSettings,
  TableSource,
  WorkerPhase,
  WorkerRequest,
  WorkerResponse,
} from './protocol';
import { whileWaiting } from './beat';

export type Post = (message: WorkerResponse, transfer?: Transferable[]) => void;

// Half the 200 ms a bar may stand still: a message goes out at the first tick after this long, and
// the loops tick tens of milliseconds apart.
const PROGRESS_EVERY_MS = 50;
const now = (): number => performance.now();

/**
 * How far a step is, from the ticks of its loops. A step runs several loops one after another (each
 * counting from 0 to its total) and does not say how many: each loop takes half of what is left,
 * so the share keeps growing, never goes back and reaches 1 only when the step ends.
 */
class StepShare {
  private base = 0;
  private span = 0.5;
  private last = 0;

  reset(): void {
    this.base = 0;
    this.span = 0.5;
    this.last = 0;
  }

  update(fraction: number): number {
    if (fraction < this.last) {
      this.base += this.span * this.last;
      this.span = (1 - this.base) / 2;
    }
    this.last = fraction;
    return Math.min(0.999, this.base + this.span * fraction);
  }
}

const RUN_PHASES: readonly AnalysisPhase[] = ['analyze', 'savings', 'plan', 'report'];

/** Handles one request; always ends with exactly one final message (`inspected`, `result` or `error`). */
export async function handleRequest(raw: WorkerRequest | LegacyWorkerRequest, post: Post): Promise<void> {
  const request = normalise(raw);
  const id = request.id;
  let step = 0;
  let steps = 1;
  let current: { phase: WorkerPhase; step: number; detail?: string } | null = null;
  let lastPost = now();
  const within = new StepShare();
  // How far the current step is, as last ticked.
  let share = 0;
  const progress = (phase: WorkerPhase, detail?: string) => {
    current = { phase, step, ...(detail !== undefined ? { detail } : {}) };
    post({ kind: 'progress', id, ...current, steps });
    lastPost = now();
    within.reset();
    share = 0;
    step++;
  };
  // Where the step stands, at most every 50 ms. Also called while the step waits (the workbook's
  // compression, on other threads or the event loop): the worker is not stuck then, only nothing
  // it runs itself is moving.
  const beat = () => {
    if (!current || now() - lastPost < PROGRESS_EVERY_MS) return;
    post({ kind: 'progress', id, ...current, steps, within: share });
    lastPost = now();
  };
  // Inside a long step, the engine's loops tick.
  const tick: Tick = (done, total) => {
    share = within.update(total > 0 ? done / total : 0);
    beat();
  };
  try {
    switch (request.kind) {
      case 'inspect-tables': {
        steps = request.sources.length;
        const sources = request.sources.map((s) => {
          progress('inspect', s.name);
          return inspectTable(s.name, firstTable(s));
        });
        post({ kind: 'inspected', id, ok: true, sources });
        return;
      }
      case 'inspect-files': {
        steps = countFiles(request.sources) + request.sources.length;
        const read = await readSources(request.sources, progress, tick);
        const sources = read.map((s) => {
          progress('inspect', s.name);
          return inspectTable(s.name, firstTable(s));
        });
        post({ kind: 'inspected', id, ok: true, sources });
        return;
      }
      case 'run-tables': {
        steps = RUN_PHASES.length;
        const result = analyse(request.sources, request.settings, progress, tick, request.previous);
        const plan = sendLongSheetsAhead(result.plan, (part) => post({ kind: 'plan-rows', id, ...part }));
        post({ kind: 'result', id, ok: true, report: withoutLines(result.report), plan, withoutAmounts: result.withoutAmounts });
        return;
      }
      case 'run-files': {
        steps = countFiles(request.sources) + RUN_PHASES.length + 1;
        const result = await readAndAnalyse(request.sources, request.settings, progress, tick);
        progress('xlsx');
        const xlsx = await whileWaiting(planToXlsx(result.plan, { tick }), beat, PROGRESS_EVERY_MS);
        post({ kind: 'result', id, ok: true, report: result.report, xlsx, withoutAmounts: result.withoutAmounts }, [
          xlsx.buffer as ArrayBuffer,
        ]);
        return;
      }
    }
  } catch (e) {
    post(errorMessage(id, e));
  }
}

function normalise(raw: WorkerRequest | LegacyWorkerRequest): WorkerRequest {
  if ('kind' in raw) return raw;
  return { kind: 'run-files', id: 0, sources: raw.sources, settings: { lang: raw.lang } };
}

function countFiles(sources: readonly FileSource[]): number {
  return sources.reduce((n, s) => n + s.files.length, 0);
}

function firstTable(source: TableSource): SourceTable {
  const table = source.tables[0];
  if (!table) throw new SourceError('empty', source.name);
  return table;
}

async function readSources(
  sources: readonly FileSource[],
  progress: (phase: WorkerPhase, detail?: string) => void,
  tick: Tick,
): Promise<TableSource[]> {
  const out: TableSource[] = [];
  for (const s of sources) {
    const tables: SourceTable[] = [];
    for (const f of s.files) {
      progress('read', f.name);
      tables.push(...(await readTables(f.name, f.bytes, { sheet: f.sheet, tick })));
    }
    out.push({ name: s.name, tables, ...(s.mapping ? { mapping: s.mapping } : {}) });
  }
  return out;
}

/**
 * Reads and analyses files, and keeps only what the workbook and the answer need: the sources' cells
 * can then be collected before the workbook is written. At 200,000 lines that leaves 150 MB live
 * instead of 250 MB there, so a major garbage collection, which stalls the progress messages, has
 * less to do.
 */
async function readAndAnalyse(
  sources: readonly FileSource[],
  settings: RunSettings,
  progress: (phase: WorkerPhase) => void,
  tick: Tick,
): Promise<{ plan: WritePlan; report: ReportOverview; withoutAmounts: RunResult['withoutAmounts'] }> {
  const { plan, report, withoutAmounts } = analyse(await readSources(sources, progress, tick), settings, progress, tick);
  return { plan, report: withoutLines(report), withoutAmounts };
}

function analyse(
  sources: readonly TableSource[],
  settings: RunSettings,
  progress: (phase: WorkerPhase) => void,
  tick: Tick,
  previous?: SourceTable[],
) {
  const named: NamedTables[] = sources.map((s) => ({ name: s.name, tables: s.tables, ...(s.mapping ? { mapping: s.mapping } : {}) }));
  return runAnalysis(named, {
    lang: settings.lang,
    central: settings.central?.trim() || undefined,
    council: settings.council,
    // Both flows send the report without its lines (`withoutLines`): they are not built.
    reportLines: false,
    reportDate: settings.reportDate,
    previous: previous && previous.length > 0 ? readPreviousEdits(previous) : undefined,
    onPhase: (phase) => progress(phase),
    onTick: tick,
  });
}

function errorMessage(id: number, e: unknown): ErrorMessage {
  if (e instanceof SourceError) {
    return {
      kind: 'error',
      id,
      ok: false,
      problem: e.problem,
      file: e.file,
      ...(e.problem === 'no-such-sheet' ? { sheet: e.detail } : {}),
      ...(e.hint ? { hint: e.hint } : {}),
      ...(e.row !== undefined ? { row: e.row } : {}),
      detail: e.detail,
    };
  }
  return { kind: 'error', id, ok: false, problem: 'internal', file: '', detail: e instanceof Error ? e.message : String(e) };
}
