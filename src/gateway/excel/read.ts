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
  throwIfAborted(signal);
  const { context } = s;
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await s.timed(context.sync(), `finding the used range of '${sheetName}'`);
  if (sheet.isNullObject) throw new ExcelGatewayError('no-such-sheet', sheetName, { sheet: sheetName });
  if (used.isNullObject) return [];
  const top = used.rowIndex;
  const left = used.columnIndex;
  const total = used.rowCount;
  const columns = used.columnCount;
  used.untrack();

  const rows: CellValue[][] = [];
  for (let r = 0; r < top; r++) rows.push([]);
  const cellCap = Math.max(1, Math.floor(s.maxCellsPerRead / columns));
  let next = Math.max(1, Math.min(total, FIRST_BLOCK_ROWS, cellCap, Math.floor(s.maxPayloadBytes / (columns * GUESS_BYTES_PER_CELL))));
  let bytesPerRow = 0;
  // After Excel refused a block as too large, blocks stay at most half of it.
  let ceiling = cellCap;
  let done = 0;
  onProgress?.({ phase: 'read', done: 0, total });
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
    for (let i = 0; i < count; i++) {
      const values = block.values[i] ?? [];
      const formats = block.formats[i] ?? [];
      const row: CellValue[] = [];
      for (let c = 0; c < left; c++) row.push(null);
      for (let c = 0; c < columns; c++) row.push(cellFromExcel(values[c], formats[c]));
      let end = row.length;
      while (end > 0 && row[end - 1] === null) end--;
      row.length = end;
      rows.push(row);
    }
    done += count;
    bytesPerRow = Math.max(bytesPerRow, block.bytes / count);
    next = Math.max(1, Math.min(ceiling, Math.floor((s.maxPayloadBytes * HEADROOM) / bytesPerRow)));
    onProgress?.({ phase: 'read', done, total });
    if (done < total) await yieldToUi();
  }
  return rows;
}
