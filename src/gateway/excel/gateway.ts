import type { CellValue, SourceTable } from '../../engine/model';
import type { SheetPlan, WritePlan } from '../../engine/plan/types';
import type { GatewayProgress, SheetInfo, TandemSettings, TandemSheetsRead, WorkbookPort } from '../port';
import {
  MARKER_KEY,
  markerValue,
  parseMarker,
  parseRegistry,
  pickSheetName,
  pickTableName,
  REGISTRY_KEY,
  sameName,
  SETTINGS_KEY,
  tempSheetName,
  type SheetMarker,
} from './names';
import { fitsOneRead, MAX_CELLS_PER_READ, readEditedRows, readSmallSheets, readUsedRange, type ReadSession } from './read';
import { ExcelGatewayError, syncWithTimeout, throwIfAborted, yieldToUi } from './sync';
import { ACTION_BYTES, sheetCells, sheetOps, type WriteEnv, type WriteOp } from './write';

/**
 * The Office.js gateway: the only code that calls `Excel.run`. It implements the workbook port over
 * the open workbook.
 *
 * - Every `context.sync()` goes through {@link syncWithTimeout} (default 30 s).
 * - Reads go in blocks of rows sized by bytes (see `read.ts`); writes in operations grouped into syncs
 *   of at most `maxPayloadBytes` (default 4 MB, under Excel on the web's 5 MB request/response limit).
 * - Tandem's sheets are recognised by a marker (see `names.ts`), never by name alone.
 * - A write goes into new sheets under temporary names; only when all of it is written are Tandem's
 *   earlier sheets deleted and the new ones renamed, in one last sync. Formulas are written against the
 *   temporary names and follow the rename, as Excel updates references when a sheet is renamed. A
 *   cancelled or failed write deletes the temporary sheets and leaves the workbook as it was; a failure
 *   inside that last sync is finished instead (the earlier sheets may be gone by then).
 */

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelGatewayOptions {
  /** Timeout of each `context.sync()`; default 30 s. */
  syncTimeoutMs?: number;
  /** Bytes one request or response may carry; default 4,000,000 (Excel on the web refuses over 5 MB). */
  maxPayloadBytes?: number;
  /** Cells one read may return; default 5,000,000 (Excel's cap). */
  maxCellsPerRead?: number;
  /** `Excel.run`, or a fake of it in tests. */
  run?: ExcelRun;
  /** Requirement-set check; default `Office.context.requirements.isSetSupported` (true outside Office). */
  supports?: (set: string, version: string) => boolean;
}

function officeSupports(set: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return office?.context?.requirements?.isSetSupported(set, version) ?? true;
  } catch {
    return true;
  }
}

function globalRun(): ExcelRun {
  const excel = (globalThis as { Excel?: { run?: ExcelRun } }).Excel;
  if (!excel?.run) throw new Error('Excel.run is not available: the task pane is not running inside Excel.');
  return excel.run.bind(excel);
}

interface SheetEntry {
  name: string;
  sheet: Excel.Worksheet;
  marker: SheetMarker | null;
  /** Written by Tandem and still under the name it gave. */
  tandem: boolean;
  /** A temporary sheet of a write that never finished. */
  leftover: boolean;
  tables: string[];
  rows: number;
  columns: number;
}

interface Book {
  sheets: SheetEntry[];
  names: string[];
}

interface PlannedSheet {
  plan: SheetPlan;
  final: string;
  temp: string;
}

interface Layout {
  sheets: PlannedSheet[];
  old: string[];
  tables: { plan: string; temp: string; final: string }[];
  markers: boolean;
}

const lower = (names: Iterable<string>) => new Set([...names].map((n) => n.toLowerCase()));

export function createExcelGateway(options: ExcelGatewayOptions = {}): WorkbookPort {
  const timeoutMs = options.syncTimeoutMs ?? 30_000;
  const budget = options.maxPayloadBytes ?? 4_000_000;
  const maxCellsPerRead = options.maxCellsPerRead ?? MAX_CELLS_PER_READ;
  const run: ExcelRun = options.run ?? ((batch) => globalRun()(batch));
  const supports = options.supports ?? officeSupports;

  const session = (context: Excel.RequestContext): ReadSession => ({
    context,
    timed: (sync, step) => syncWithTimeout(sync, timeoutMs, step),
    maxPayloadBytes: budget,
    maxCellsPerRead,
  });

  /** The sheets with their markers (and on request their used ranges, tables and the workbook's names): two syncs. */
  async function inspect(s: ReadSession, want: { used?: boolean; tables?: boolean }): Promise<Book> {
    const { context } = s;
    const { workbook } = context;
    const sheets = workbook.worksheets;
    sheets.load('items/name');
    const registryItem = supports('ExcelApi', '1.4') ? workbook.settings.getItemOrNullObject(REGISTRY_KEY) : undefined;
    registryItem?.load('value');
    const names = want.tables ? workbook.names : undefined;
    names?.load('items/name');
    await s.timed(context.sync(), 'listing the sheets');
    const registry = registryItem && !registryItem.isNullObject ? parseRegistry(registryItem.value) : [];
    const markers = supports('ExcelApi', '1.12');
    const items = sheets.items.map((sheet) => ({
      sheet,
      name: sheet.name,
      prop: markers ? sheet.customProperties.getItemOrNullObject(MARKER_KEY).load('value') : undefined,
      used: want.used ? sheet.getUsedRangeOrNullObject(true).load('rowCount,columnCount') : undefined,
      tables: want.tables ? sheet.tables.load('items/name') : undefined,
    }));
    await s.timed(context.sync(), 'reading the sheets’ markers');
    const entries = items.map((it): SheetEntry => {
      const marker = markers
        ? it.prop && !it.prop.isNullObject
          ? parseMarker(it.prop.value)
          : null
        : (registry.find((r) => sameName(r.name, it.name)) ?? null);
      const used = it.used && !it.used.isNullObject ? it.used : undefined;
      const entry: SheetEntry = {
        name: it.name,
        sheet: it.sheet,
        marker,
        tandem: !!marker && !marker.temp && sameName(marker.name, it.name),
        leftover: !!marker?.temp && sameName(marker.temp, it.name),
        tables: it.tables ? it.tables.items.map((t) => t.name) : [],
        rows: used ? used.rowCount : 0,
        columns: used ? used.columnCount : 0,
      };
      it.used?.untrack();
      return entry;
    });
    return { sheets: entries, names: names ? names.items.map((n) => n.name) : [] };
  }

  /** Final and temporary names of the new sheets and tables. */
  function layoutFor(plan: WritePlan, book: Book): Layout {
    const replaced = book.sheets.filter((x) => x.tandem || x.leftover);
    const staying = book.sheets.filter((x) => !x.tandem && !x.leftover);
    const takenFinal = lower(staying.map((x) => x.name));
    const takenAll = lower(book.sheets.map((x) => x.name));
    const sheets: PlannedSheet[] = [];
    for (const p of plan.sheets) {
      const final = pickSheetName(p.name, takenFinal);
      takenFinal.add(final.toLowerCase());
      takenAll.add(final.toLowerCase());
      sheets.push({ plan: p, final, temp: '' });
    }
    for (const x of sheets) {
      x.temp = tempSheetName(x.final, takenAll);
      takenAll.add(x.temp.toLowerCase());
    }
    const tablesStaying = lower([...staying.flatMap((x) => x.tables), ...book.names]);
    const tablesAll = lower([...book.sheets.flatMap((x) => x.tables), ...book.names]);
    const tables: Layout['tables'] = [];
    for (const t of plan.sheets.flatMap((p) => p.tables)) {
      const final = pickTableName(t.name, tablesStaying);
      tablesStaying.add(final.toLowerCase());
      tablesAll.add(final.toLowerCase());
      tables.push({ plan: t.name, final, temp: '' });
    }
    for (const t of tables) {
      t.temp = pickTableName(`${t.final}_tmp`, tablesAll);
      tablesAll.add(t.temp.toLowerCase());
    }
    return { sheets, old: replaced.filter((x) => x.tandem).map((x) => x.name), tables, markers: supports('ExcelApi', '1.12') };
  }

  const finalMarker = (x: PlannedSheet): SheetMarker => ({ v: 1, key: x.plan.key, name: x.final, plan: x.plan.name });

  /** The last step of a write: queued into one sync with the deletion of the earlier sheets. */
  function queueCommit(
    context: Excel.RequestContext,
    layout: Layout,
    renames: { sheet: Excel.Worksheet; x: PlannedSheet }[],
    tables: { table: Excel.Table; final: string }[],
  ) {
    for (const { sheet, x } of renames) {
      sheet.name = x.final;
      if (layout.markers) sheet.customProperties.add(MARKER_KEY, markerValue(finalMarker(x)));
    }
    for (const { table, final } of tables) table.name = final;
    if (supports('ExcelApi', '1.4')) context.workbook.settings.add(REGISTRY_KEY, JSON.stringify(layout.sheets.map(finalMarker)));
    context.workbook.application.calculate('Recalculate');
  }

  /** After a failed write: remove the temporary sheets, or finish a replacement that got part of the way. */
  async function recover(layout: Layout, duringCommit: boolean): Promise<void> {
    await run(async (context) => {
      const s = session(context);
      const sheets = context.workbook.worksheets;
      const temps = layout.sheets.map((x) => sheets.getItemOrNullObject(x.temp));
      const olds = layout.old.map((name) => sheets.getItemOrNullObject(name));
      const tables = layout.tables.map((t) => context.workbook.tables.getItemOrNullObject(t.temp));
      await s.timed(context.sync(), 'checking the workbook after a failed write');
      const allTemps = temps.every((t) => !t.isNullObject);
      const allOld = olds.every((o) => !o.isNullObject);
      if (!duringCommit || (allTemps && allOld)) {
        for (const t of temps) if (!t.isNullObject) t.delete();
        await s.timed(context.sync(), 'removing the unfinished sheets');
        return;
      }
      // The replacement got part of the way (its deletions come first): finish it.
      if (allTemps) for (const o of olds) if (!o.isNullObject) o.delete();
      const renames = layout.sheets.flatMap((x, i) => (temps[i]!.isNullObject ? [] : [{ sheet: temps[i]!, x }]));
      const left = layout.tables.flatMap((t, i) => (tables[i]!.isNullObject ? [] : [{ table: tables[i]!, final: t.final }]));
      queueCommit(context, { ...layout, markers: false }, renames, left);
      if (layout.markers)
        for (const x of layout.sheets) sheets.getItem(x.final).customProperties.add(MARKER_KEY, markerValue(finalMarker(x)));
      await s.timed(context.sync(), 'finishing the replacement of the earlier sheets');
    });
  }

  async function readTable(
    s: ReadSession,
    name: string,
    onProgress?: (p: GatewayProgress) => void,
    signal?: AbortSignal,
  ): Promise<SourceTable> {
    return { file: name, sheet: name, rows: await readUsedRange(s, name, onProgress, signal) };
  }

  return {
    async listSheets(): Promise<SheetInfo[]> {
      return run(async (context) => {
        const book = await inspect(session(context), { used: true });
        return book.sheets.map((x) => ({ name: x.name, rows: x.rows, columns: x.columns, tandem: x.tandem || x.leftover }));
      });
    },

    async readSheet(name, onProgress, signal) {
      return run((context) => readTable(session(context), name, onProgress, signal));
    },

    async readTandemSheets(options: TandemSheetsRead = {}): Promise<SourceTable[]> {
      const { editedRowsOnly, sheetKeys, tableOnly, onProgress, signal } = options;
      return run(async (context) => {
        const s = session(context);
        const book = await inspect(s, { used: true });
        const own = book.sheets.filter((e) => e.tandem && (!sheetKeys || sheetKeys.includes(e.marker!.key)));
        // One progress over all the sheets: rows done before this sheet, plus this sheet's.
        const total = own.reduce((n, x) => n + x.rows, 0);
        let before = 0;
        const lean = (x: SheetEntry) => !!editedRowsOnly && x.marker?.key === editedRowsOnly.sheetKey;
        // Read whole when it fits the small sheets' sync; else only its table.
        const tableLean = (x: SheetEntry) => !!tableOnly && x.marker?.key === tableOnly.sheetKey;
        // The small sheets (allocation, parameters, …) in one sync, as many as fit one response.
        const together: SheetEntry[] = [];
        let cells = 0;
        for (const x of own) {
          if (lean(x) || !fitsOneRead(s, cells + x.rows * x.columns)) continue;
          together.push(x);
          cells += x.rows * x.columns;
        }
        throwIfAborted(signal);
        const small =
          together.length > 1
            ? await readSmallSheets(
                s,
                together.map((x) => x.sheet),
              )
            : null;
        const rowsOf = new Map<SheetEntry, CellValue[][]>();
        small?.forEach((rows, i) => rowsOf.set(together[i]!, rows));
        const tables: SourceTable[] = [];
        for (const x of own) {
          throwIfAborted(signal);
          const progress = (p: GatewayProgress) => onProgress?.({ phase: 'read', done: before + Math.min(p.done, x.rows), total });
          const rows =
            rowsOf.get(x) ??
            (lean(x)
              ? await readEditedRows(s, x.name, editedRowsOnly!.inputHeaders, progress, signal)
              : tableLean(x)
                ? await readEditedRows(s, x.name, tableOnly!.inputHeaders, progress, signal, 'table')
                : await readUsedRange(s, x.name, progress, signal));
          before += x.rows;
          onProgress?.({ phase: 'read', done: before, total });
          // Named as the plan named it, so a re-run finds `Toewijzing` even when it was written as `Toewijzing (Tandem)`.
          if (rows.length) tables.push({ file: x.name, sheet: x.marker?.plan ?? x.name, rows });
        }
        onProgress?.({ phase: 'read', done: total, total });
        return tables;
      });
    },

    async applyPlan(plan, onProgress, signal) {
      throwIfAborted(signal);
      let layout: Layout | undefined;
      // Where the write got to, for the recovery (set inside the batch, read after it).
      const progress: { phase: 'prepare' | 'write' | 'commit' | 'done' } = { phase: 'prepare' };
      try {
        return await run(async (context) => {
          const s = session(context);
          const { workbook } = context;
          const app = workbook.application;
          const calc = supports('ExcelApi', '1.6');
          const screen = supports('ExcelApi', '1.9');
          const book = await inspect(s, { tables: true });
          const lay = layoutFor(plan, book);
          layout = lay;
          throwIfAborted(signal);

          // New sheets under temporary names (and away with what an unfinished write left behind).
          progress.phase = 'write';
          if (screen) app.suspendScreenUpdatingUntilNextSync();
          for (const x of book.sheets) if (x.leftover) x.sheet.delete();
          const created = lay.sheets.map((x) => {
            const sheet = workbook.worksheets.add(x.temp);
            if (lay.markers) sheet.customProperties.add(MARKER_KEY, markerValue({ ...finalMarker(x), temp: x.temp }));
            return sheet;
          });
          await s.timed(context.sync(), 'adding the new sheets');

          const byPlanName = new Map(lay.sheets.map((x, i) => [x.plan.name.toLowerCase(), { x, sheet: created[i]! }]));
          const tableTemp = new Map(lay.tables.map((t) => [t.plan, t.temp]));
          const env: WriteEnv = { context, supports, sheetByPlanName: (name) => byPlanName.get(name.toLowerCase())?.sheet };
          // The operations, made sheet by sheet as the writing goes and grouped into syncs under the byte budget.
          function* work(): Generator<{ op: WriteOp; sheet: Excel.Worksheet; first: boolean }> {
            for (const [i, x] of lay.sheets.entries()) {
              let first = true;
              const ops = sheetOps(x.plan, {
                currency: plan.currency,
                budget: budget - 4 * ACTION_BYTES,
                renameSheet: (name) => byPlanName.get(name.toLowerCase())?.x.temp,
                tableName: (name) => tableTemp.get(name) ?? name,
                label: x.final,
              });
              for (const op of ops) {
                yield { op, sheet: created[i]!, first };
                first = false;
              }
            }
          }
          const total = lay.sheets.reduce((a, x) => a + sheetCells(x.plan), 0);
          let done = 0;
          onProgress?.({ phase: 'write', done, total });
          const ops = work();
          let next = ops.next();
          while (!next.done) {
            throwIfAborted(signal);
            // Suspended until this batch's sync: calculation always; screen updating when a sheet starts
            // (Office advises against suspending it over and over).
            if (calc) app.suspendApiCalculationUntilNextSync();
            if (screen && next.value.first) app.suspendScreenUpdatingUntilNextSync();
            let bytes = 4 * ACTION_BYTES;
            let count = 0;
            const label = next.value.op.label;
            while (!next.done && (count === 0 || bytes + next.value.op.bytes <= budget)) {
              const w = next.value;
              w.op.apply(w.sheet, env);
              bytes += w.op.bytes;
              done += w.op.cells;
              count++;
              next = ops.next();
            }
            // One sync per batch of operations sized by bytes, not per cell or row.
            // eslint-disable-next-line office-addins/no-context-sync-in-loop
            await s.timed(context.sync(), label);
            onProgress?.({ phase: 'write', done, total });
            await yieldToUi();
          }

          // Everything is written: replace the earlier sheets in one sync.
          throwIfAborted(signal);
          const tables = lay.tables.map((t) => ({ table: workbook.tables.getItem(t.temp), final: t.final }));
          progress.phase = 'commit';
          if (screen) app.suspendScreenUpdatingUntilNextSync();
          for (const x of book.sheets) if (x.tandem) x.sheet.delete();
          queueCommit(
            context,
            lay,
            lay.sheets.map((x, i) => ({ sheet: created[i]!, x })),
            tables,
          );
          await s.timed(context.sync(), 'replacing the earlier sheets');
          progress.phase = 'done';
          return Object.fromEntries(lay.sheets.map((x) => [x.plan.key, x.final]));
        });
      } catch (e) {
        if (layout && (progress.phase === 'write' || progress.phase === 'commit')) {
          try {
            await recover(layout, progress.phase === 'commit');
          } catch {
            // Excel is not answering: the temporary sheets stay, carry a marker, and the next write removes them.
          }
        }
        throw e;
      }
    },

    async activate(sheet) {
      await run(async (context) => {
        const s = session(context);
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        await s.timed(context.sync(), `finding '${sheet}'`);
        if (ws.isNullObject) throw new ExcelGatewayError('no-such-sheet', sheet, { sheet });
        ws.activate();
        ws.getRange('A1').select();
        await s.timed(context.sync(), `showing '${sheet}'`);
      });
    },

    async loadSettings(): Promise<TandemSettings | null> {
      if (!supports('ExcelApi', '1.4')) return null;
      return run(async (context) => {
        const settings = context.workbook.settings;
        settings.load('items');
        await session(context).timed(context.sync(), 'reading Tandem’s settings');
        const item = settings.items.find((x) => x.key === SETTINGS_KEY);
        return item ? parseSettings(item.value) : null;
      });
    },

    async saveSettings(settings) {
      if (!supports('ExcelApi', '1.4')) return;
      await run(async (context) => {
        context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
        await session(context).timed(context.sync(), 'saving Tandem’s settings');
      });
    },
  };
}

function parseSettings(value: unknown): TandemSettings | null {
  try {
    const parsed = (typeof value === 'string' ? JSON.parse(value) : value) as Partial<TandemSettings> | null;
    if (!parsed || typeof parsed !== 'object' || !Array.isArray(parsed.sources)) return null;
    return parsed as TandemSettings;
  } catch {
    return null;
  }
}
