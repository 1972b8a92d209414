import type { CellValue } from '../../engine/model';
import { excelSerialToIso } from '../../engine/read/values';
import type { GatewayProgress } from '../port';
import { isDateFormat } from '../formats';
import { ExcelGatewayError, isPayloadError, jsonBytes, throwIfAborted, yieldToUi } from './sync';

/** A read is capped at 5,000,000 cells by Excel. */
export const MAX_CELLS_PER_READ = 5_000_000;
/** Rows of the first block, from whose size the others are sized. */
const FIRST_BLOCK_ROWS = 100;
/** A guess of a cell's bytes (value and number format) before anything is measured. */
const GUESS_BYTES_PER_CELL = 64;
/** Blocks aim at this share of the budget, as rows further down can be longer than those measured. */
const HEADROOM = 0.9;

export interface ReadSession {
  context: Excel.RequestContext;
  /** Waits for a `context.sync()` with the timeout: `await s.timed(context.sync(), 'step')`. */
  timed(sync: Promise<unknown>, step: string): Promise<void>;
  maxPayloadBytes: number;
  maxCellsPerRead: number;
}

/** One cell as the engine wants it: dates as ISO text, empty as null. */
export function cellFromExcel(value: unknown, format: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') return isDateFormat(format) ? (excelSerialToIso(value) ?? value) : value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/** Reads one block of rows (values and number formats) and releases the range. */
async function readBlock(s: ReadSession, sheet: Excel.Worksheet, row: number, column: number, rows: number, columns: number, step: string) {
  const { context } = s;
  const range = sheet.getRangeByIndexes(row, column, rows, columns);
  range.load('values,numberFormat');
  await s.timed(context.sync(), step);
  const values = range.values;
  const formats = range.numberFormat;
  range.untrack();
  return { values, formats, bytes: jsonBytes(values) + jsonBytes(formats) };
}

/** A block of a sheet: its first row and column (0-based) and its size. */
interface Window {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/**
 * The sheet, its used range (values only, so formatting alone does not widen it) and the empty rows
 * above that range, to which its rows are added; null when the sheet is empty.
 */
async function openSheet(
  s: ReadSession,
  sheetName: string,
  signal?: AbortSignal,
): Promise<{ sheet: Excel.Worksheet; window: Window; rows: CellValue[][] } | null> {
  throwIfAborted(signal);
  const { context } = s;
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await s.timed(context.sync(), `finding the used range of '${sheetName}'`);
  if (sheet.isNullObject) throw new ExcelGatewayError('no-such-sheet', sheetName, { sheet: sheetName });
  if (used.isNullObject) return null;
  const window = { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, columns: used.columnCount };
  used.untrack();
  const rows: CellValue[][] = [];
  for (let r = 0; r < window.top; r++) rows.push([]);
  return { sheet, window, rows };
}

/** Rows as the engine wants them: padded with `left` empty cells, trailing empty cells trimmed. */
function toRows(values: unknown[][], formats: unknown[][], count: number, left: number, columns: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let i = 0; i < count; i++) {
    const v = values[i] ?? [];
    const f = formats[i] ?? [];
    const row: CellValue[] = [];
    for (let c = 0; c < left; c++) row.push(null);
    for (let c = 0; c < columns; c++) row.push(cellFromExcel(v[c], f[c]));
    let end = row.length;
    while (end > 0 && row[end - 1] === null) end--;
    row.length = end;
    rows.push(row);
  }
  return rows;
}

/**
 * Reads a sheet's used range (values only, so formatting alone does not widen it) in blocks of rows sized
 * so each response stays under the byte budget and the cell cap: the first block is small and measured,
 * the next ones are sized from the largest bytes per row seen so far. A response Excel still finds too
 * large is read again in halves. `rows[i]` is spreadsheet row `i + 1`; rows and columns before the used
 * range are padded, trailing empty cells trimmed.
 */
export async function readUsedRange(
  s: ReadSession,
  sheetName: string,
  onProgress?: (p: GatewayProgress) => void,
  signal?: AbortSignal,
): Promise<CellValue[][]> {
  const opened = await openSheet(s, sheetName, signal);
  if (!opened) return [];
  const { sheet, window, rows } = opened;
  onProgress?.({ phase: 'read', done: 0, total: window.rows });
  for (const row of await readWindow(
    s,
    sheet,
    sheetName,
    window,
    (done) => onProgress?.({ phase: 'read', done, total: window.rows }),
    signal,
  ))
    rows.push(row);
  return rows;
}

/**
 * Small sheets read whole in one sync, each as `readUsedRange` gives it: for sheets of a few thousand
 * cells, a sync each would cost more than their bytes. The caller picks sheets whose cells fit the
 * byte budget; null when Excel still finds the response too large (read them one by one then).
 */
export async function readSmallSheets(s: ReadSession, sheets: readonly Excel.Worksheet[]): Promise<CellValue[][][] | null> {
  if (sheets.length === 0) return [];
  const used = sheets.map((sheet) =>
    sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount,values,numberFormat'),
  );
  try {
    await s.timed(s.context.sync(), `reading ${sheets.length} small sheets`);
  } catch (e) {
    if (!isPayloadError(e)) throw e;
    return null;
  }
  return used.map((range) => {
    if (range.isNullObject) return [];
    const rows: CellValue[][] = [];
    for (let r = 0; r < range.rowIndex; r++) rows.push([]);
    for (const row of toRows(range.values, range.numberFormat, range.rowCount, range.columnIndex, range.columnCount)) rows.push(row);
    range.untrack();
    return rows;
  });
}

/** Whether sheets of these many cells, together, fit one response (by the guess of a cell's bytes). */
export function fitsOneRead(s: ReadSession, cells: number): boolean {
  return cells * GUESS_BYTES_PER_CELL <= s.maxPayloadBytes * HEADROOM && cells <= s.maxCellsPerRead;
}

/** Rows of a sheet read before the input column is looked for: Tandem's headers stand in the first few. */
const HEAD_ROWS = 10;
/** Ranges queued in one sync when reading scattered rows. */
const MAX_RANGES_PER_SYNC = 500;

/**
 * Of a long sheet Tandem wrote, the rows a re-run needs: those down to its header row, then only the
 * rows where someone typed in the input column (named by one of `inputHeaders`). The input column
 * alone is read to find them, then those rows whole, several runs of rows per sync. So `rows[i]` is
 * the spreadsheet's row `i + 1` only down to the header. A sheet without such a header is read whole.
 * With `which` = 'table', the rows kept under the header are those down to the first with the
 * column empty: the table under the header, not what stands below it.
 */
export async function readEditedRows(
  s: ReadSession,
  sheetName: string,
  inputHeaders: readonly string[],
  onProgress?: (p: GatewayProgress) => void,
  signal?: AbortSignal,
  which: 'typed' | 'table' = 'typed',
): Promise<CellValue[][]> {
  const opened = await openSheet(s, sheetName, signal);
  if (!opened) return [];
  const { sheet, window, rows } = opened;
  const total = window.rows;
  const progress = (done: number) => onProgress?.({ phase: 'read', done, total });
  progress(0);
  const headCount = Math.min(total, HEAD_ROWS);
  const head = await readWindow(s, sheet, sheetName, { ...window, rows: headCount }, undefined, signal);
  for (const row of head) rows.push(row);
  progress(headCount);
  let headerRow = -1;
  let input = -1;
  for (let r = window.top; r < rows.length && input < 0; r++) {
    input = rows[r]!.findIndex((v) => typeof v === 'string' && inputHeaders.includes(v));
    if (input >= 0) headerRow = r;
  }
  const rest: Window = { ...window, top: window.top + headCount, rows: total - headCount };
  if (input < 0) {
    // Not the sheet Tandem wrote (or changed past recognition): all of it, as any other sheet.
    for (const row of await readWindow(s, sheet, sheetName, rest, (done) => progress(headCount + done), signal)) rows.push(row);
    return rows;
  }
  const kept = rows.slice(0, headerRow + 1);
  if (which === 'table') {
    const end = rows.findIndex((row, r) => r > headerRow && row[input] == null);
    if (end >= 0) {
      progress(total);
      return [...kept, ...rows.slice(headerRow + 1, end)];
    }
  }
  for (const row of rows.slice(headerRow + 1)) if (row[input] != null) kept.push(row);
  if (rest.rows === 0) return kept;
  // Of a table, the column is read only down to its end: a long table may stand below it.
  const tableEnd = which === 'table' ? (row: CellValue[]) => row[input] == null : undefined;
  const column = await readWindow(
    s,
    sheet,
    sheetName,
    { ...rest, left: input, columns: 1 },
    (done) => progress(headCount + done),
    signal,
    tableEnd,
  );
  const runs: { top: number; rows: number }[] = [];
  for (let i = 0; i < column.length; i++) {
    if (column[i]![input] == null) {
      if (which === 'table') break;
      continue;
    }
    const top = rest.top + i;
    const last = runs[runs.length - 1];
    if (last && last.top + last.rows === top) last.rows++;
    else runs.push({ top, rows: 1 });
  }
  // A response holds values and number formats: about twice the values' JSON, until measured.
  const bytesPerRow = Math.max(GUESS_BYTES_PER_CELL * window.columns, (2 * jsonBytes(head)) / Math.max(1, head.length));
  for (const row of await readRuns(s, sheet, sheetName, runs, window, bytesPerRow, signal)) kept.push(row);
  progress(total);
  return kept;
}

/**
 * Reads runs of rows (each `window.columns` wide from `window.left`), queuing as many as the byte
 * budget takes in one sync; a run larger than the budget is read by itself in blocks.
 */
async function readRuns(
  s: ReadSession,
  sheet: Excel.Worksheet,
  sheetName: string,
  runs: readonly { top: number; rows: number }[],
  window: Window,
  bytesPerRowGuess: number,
  signal?: AbortSignal,
): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  let bytesPerRow = bytesPerRowGuess;
  const fit = () => Math.max(1, Math.floor((s.maxPayloadBytes * HEADROOM) / bytesPerRow));
  // After Excel refused a batch as too large, batches stay at most half of it.
  let ceiling = Infinity;
  let budgetRows = fit();
  let i = 0;
  while (i < runs.length) {
    throwIfAborted(signal);
    const first = runs[i]!;
    if (first.rows > budgetRows) {
      for (const row of await readWindow(s, sheet, sheetName, { ...window, top: first.top, rows: first.rows }, undefined, signal))
        rows.push(row);
      i++;
      continue;
    }
    const batch: { top: number; rows: number }[] = [];
    let count = 0;
    while (i + batch.length < runs.length && batch.length < MAX_RANGES_PER_SYNC && count + runs[i + batch.length]!.rows <= budgetRows) {
      count += runs[i + batch.length]!.rows;
      batch.push(runs[i + batch.length]!);
    }
    const read = await readRunsOnce(s, sheet, batch, window, `reading ${count} rows of '${sheetName}' people typed in`);
    if (!read) {
      // The same runs again in smaller batches (a single run then goes block by block).
      ceiling = Math.max(1, Math.floor(count / 2));
      budgetRows = ceiling;
      continue;
    }
    for (const row of read.rows) rows.push(row);
    i += batch.length;
    bytesPerRow = Math.max(bytesPerRow, read.bytes / count);
    budgetRows = Math.min(ceiling, fit());
    if (i < runs.length) await yieldToUi();
  }
  return rows;
}

/** Reads runs of rows in one sync and releases their ranges; null when Excel found the response too large. */
async function readRunsOnce(
  s: ReadSession,
  sheet: Excel.Worksheet,
  batch: readonly { top: number; rows: number }[],
  window: Window,
  step: string,
): Promise<{ rows: CellValue[][]; bytes: number } | null> {
  const ranges = batch.map((run) => sheet.getRangeByIndexes(run.top, window.left, run.rows, window.columns).load('values,numberFormat'));
  try {
    await s.timed(s.context.sync(), step);
  } catch (e) {
    if (!isPayloadError(e)) throw e;
    return null;
  }
  const rows: CellValue[][] = [];
  let bytes = 0;
  ranges.forEach((range, r) => {
    bytes += jsonBytes(range.values) + jsonBytes(range.numberFormat);
    for (const row of toRows(range.values, range.numberFormat, batch[r]!.rows, window.left, window.columns)) rows.push(row);
    range.untrack();
  });
  return { rows, bytes };
}

/**
 * Reads a window of a sheet in blocks of rows sized so each response stays under the byte budget and
 * the cell cap (see `readUsedRange`); `onRows` is told how many rows are done after each block.
 */
async function readWindow(
  s: ReadSession,
  sheet: Excel.Worksheet,
  sheetName: string,
  window: Window,
  onRows?: (done: number) => void,
  signal?: AbortSignal,
  /** Stop after the block that holds a row this is true of (what stands below it is not needed). */
  until?: (row: CellValue[]) => boolean,
): Promise<CellValue[][]> {
  const { top, left, rows: total, columns } = window;
  const rows: CellValue[][] = [];
  const cellCap = Math.max(1, Math.floor(s.maxCellsPerRead / columns));
  let next = Math.max(1, Math.min(total, FIRST_BLOCK_ROWS, cellCap, Math.floor(s.maxPayloadBytes / (columns * GUESS_BYTES_PER_CELL))));
  let bytesPerRow = 0;
  // After Excel refused a block as too large, blocks stay at most half of it.
  let ceiling = cellCap;
  let done = 0;
  while (done < total) {
    throwIfAborted(signal);
    const count = Math.min(next, total - done);
    let block;
    try {
      block = await readBlock(
        s,
        sheet,
        top + done,
        left,
        count,
        columns,
        `reading '${sheetName}' rows ${top + done + 1}–${top + done + count}`,
      );
    } catch (e) {
      if (!isPayloadError(e)) throw e;
      if (count === 1) {
        throw new ExcelGatewayError('payload-too-large', `'${sheetName}' row ${top + done + 1}`, {
          cause: e,
          sheet: sheetName,
          row: top + done + 1,
        });
      }
      ceiling = Math.max(1, Math.floor(count / 2));
      next = ceiling;
      continue;
    }
    let stop = false;
    for (const row of toRows(block.values, block.formats, count, left, columns)) {
      rows.push(row);
      stop ||= !!until?.(row);
    }
    done += count;
    if (stop) break;
    bytesPerRow = Math.max(bytesPerRow, block.bytes / count);
    next = Math.max(1, Math.min(ceiling, Math.floor((s.maxPayloadBytes * HEADROOM) / bytesPerRow)));
    onRows?.(done);
    if (done < total) await yieldToUi();
  }
  return rows;
}
