/**
 * Workbook mode (the task pane in Excel): the flows the wizard calls, over a `WorkbookPort` (the
 * Office.js gateway in Excel, a fake in tests) and an `EngineRunner` (the worker).
 */
import { EDITED_SHEET_KEYS, KIND_EDITS, LINE_EDITS } from '../engine/plan/line-edits';
import type { WritePlan } from '../engine/plan/types';
import type { ReportOverview } from '../engine/report';
import type { SheetInfo, TandemSettings, WorkbookPort } from '../gateway/port';
import type { ColumnMapping, RunSettings, SourceInspection, TableSource } from '../worker/protocol';
import { toAppError, type AppError } from './errors';
import { clamp, fromWorker, type AppProgress } from './progress';
import { cancellable, type EngineRunner, type Outcome, type RunHandle } from './runner';

/** The names the first two administrations get when nothing else is known. */
export const DEFAULT_NAMES = ['Gemeente', 'OCMW'] as const;

/** One administration and the sheet that holds its purchase lines. */
export interface SheetChoice {
  name: string;
  sheet: string;
}

export interface Inspected<S> {
  /** The sources as read, ready to be run once a mapping is confirmed. */
  sources: S[];
  inspections: SourceInspection[];
}

export interface WorkbookResult {
  report: ReportOverview;
  plan: WritePlan;
  withoutAmounts: { file: string; sheet: string }[];
}

export interface WriteResult {
  /** Sheet name used per plan key (`summary` → `Samenvatting`, …). */
  names: Record<string, string>;
  /** The sheet that was activated. */
  summary: string;
}

/** The sheets that can be a source: not Tandem's own, not empty. */
export async function listSourceSheets(port: WorkbookPort): Promise<SheetInfo[]> {
  const sheets = await port.listSheets();
  return sheets.filter((s) => !s.tandem && s.rows > 0 && s.columns > 0);
}

/** What the workbook remembers from an earlier run; null when nothing (or unreadable). */
export async function loadRemembered(port: WorkbookPort): Promise<TandemSettings | null> {
  try {
    return await port.loadSettings();
  } catch {
    return null;
  }
}

/**
 * The choice to start from: the remembered sources whose sheets still exist, else the first two
 * sheets named Gemeente and OCMW.
 */
export function defaultChoices(
  sheets: readonly SheetInfo[],
  remembered: TandemSettings | null,
  names: readonly string[] = DEFAULT_NAMES,
): SheetChoice[] {
  const present = new Set(sheets.map((s) => s.name));
  const kept = (remembered?.sources ?? []).filter((s) => present.has(s.sheet) && s.name.trim() !== '');
  if (kept.length >= 2) return kept.map((s) => ({ name: s.name, sheet: s.sheet }));
  return names.map((name, i) => ({ name, sheet: sheets[i]?.name ?? '' }));
}

/** The remembered mapping of a sheet, if any. */
export function rememberedMapping(remembered: TandemSettings | null, sheet: string): Record<string, number> | undefined {
  return remembered?.sources.find((s) => s.sheet === sheet)?.mapping;
}

/** Reads the chosen sheets through the port, then has the worker guess their column mappings. */
export function inspectSheets(
  port: WorkbookPort,
  runner: EngineRunner,
  choices: readonly SheetChoice[],
  onProgress?: (p: AppProgress) => void,
): RunHandle<Inspected<TableSource>> {
  const READ_SHARE = 0.9;
  return cancellable(async ({ signal, track }) => {
    const sources: TableSource[] = [];
    for (const [i, choice] of choices.entries()) {
      onProgress?.({ phase: 'read', fraction: clamp((i / choices.length) * READ_SHARE), detail: choice.sheet });
      try {
        const table = await port.readSheet(
          choice.sheet,
          (p) =>
            onProgress?.({
              phase: 'read',
              fraction: clamp(((i + (p.total > 0 ? p.done / p.total : 0)) / choices.length) * READ_SHARE),
              detail: choice.sheet,
            }),
          signal,
        );
        sources.push({ name: choice.name, tables: [table] });
      } catch (e) {
        if (signal.aborted) return { status: 'cancelled' };
        return { status: 'failed', error: toAppError(e, 'read-failed', { sheet: choice.sheet }) };
      }
    }
    const outcome = await track(runner.start({ kind: 'inspect-tables', sources }, (m) => onProgress?.(fromWorker(m, READ_SHARE, 1))));
    if (outcome.status !== 'done') return outcome;
    if (outcome.value.kind !== 'inspected') return { status: 'failed', error: { code: 'internal', detail: 'unexpected answer' } };
    return { status: 'done', value: { sources, inspections: outcome.value.sources } };
  });
}

/** The share of a run's progress bar for reading Tandem's sheets from the earlier run; the engine has the rest. */
const TANDEM_READ_SHARE = 0.05;

/**
 * Runs the engine over the sources read before, each with its confirmed mapping. Tandem's sheets
 * from an earlier run are read first, so what people typed there is carried over.
 */
export function runWorkbook(
  port: WorkbookPort,
  runner: EngineRunner,
  sources: readonly TableSource[],
  mappings: readonly ColumnMapping[],
  settings: RunSettings,
  onProgress?: (p: AppProgress) => void,
): RunHandle<WorkbookResult> {
  return cancellable(async ({ signal, track }) => {
    onProgress?.({ phase: 'read', fraction: 0 });
    let previous: TableSource['tables'] = [];
    try {
      // Only the sheets people's edits are read from, and of Lijnen only the rows someone typed a
      // category in: the rest is most of the workbook.
      previous = await port.readTandemSheets({
        editedRowsOnly: LINE_EDITS,
        sheetKeys: EDITED_SHEET_KEYS,
        tableOnly: KIND_EDITS,
        onProgress: (p) => onProgress?.({ phase: 'read', fraction: TANDEM_READ_SHARE * clamp(p.total > 0 ? p.done / p.total : 1) }),
        signal,
      });
    } catch {
      // Without the earlier sheets the run still works; people's edits are then not carried over.
      previous = [];
    }
    if (signal.aborted) return { status: 'cancelled' };
    const request = {
      kind: 'run-tables' as const,
      sources: sources.map((s, i) => ({ ...s, ...(mappings[i] ? { mapping: mappings[i] } : {}) })),
      settings,
      ...(previous.length > 0 ? { previous } : {}),
    };
    const outcome = await track(runner.start(request, (m) => onProgress?.(fromWorker(m, TANDEM_READ_SHARE, 1))));
    if (outcome.status !== 'done') return outcome;
    const m = outcome.value;
    if (m.kind !== 'result' || !m.plan) return { status: 'failed', error: { code: 'internal', detail: 'unexpected answer' } };
    return { status: 'done', value: { report: m.report, plan: m.plan, withoutAmounts: m.withoutAmounts } };
  });
}

/** Writes the plan into the workbook and shows its summary sheet. */
export function writeWorkbook(port: WorkbookPort, plan: WritePlan, onProgress?: (p: AppProgress) => void): RunHandle<WriteResult> {
  return cancellable(async ({ signal }): Promise<Outcome<WriteResult>> => {
    onProgress?.({ phase: 'write', fraction: 0 });
    let names: Record<string, string>;
    try {
      names = await port.applyPlan(
        plan,
        (p) => onProgress?.({ phase: 'write', fraction: clamp(p.total > 0 ? p.done / p.total : 0) }),
        signal,
      );
    } catch (e) {
      if (signal.aborted) return { status: 'cancelled' };
      return { status: 'failed', error: toAppError(e, 'write-failed') };
    }
    const summary = names.summary ?? plan.sheets.find((s) => s.key === 'summary')?.name ?? plan.sheets[0]?.name ?? '';
    try {
      if (summary) await port.activate(summary);
    } catch {
      // The sheets are written; not being able to show one is no reason to say the write failed.
    }
    onProgress?.({ phase: 'write', fraction: 1 });
    return { status: 'done', value: { names, summary } };
  });
}

/** Remembers the sources, their confirmed mappings and the language in the workbook. */
export async function rememberChoices(
  port: WorkbookPort,
  sources: readonly { name: string; sheet: string; mapping?: Record<string, number> }[],
  settings: Pick<TandemSettings, 'lang' | 'central'>,
): Promise<AppError | null> {
  try {
    await port.saveSettings({
      sources: sources.map((s) => ({ sheet: s.sheet, name: s.name, ...(s.mapping ? { mapping: s.mapping } : {}) })),
      ...(settings.lang ? { lang: settings.lang } : {}),
      ...(settings.central?.trim() ? { central: settings.central.trim() } : {}),
    });
    return null;
  } catch (e) {
    return toAppError(e, 'settings-failed');
  }
}
