import ExcelJS from 'exceljs';
import type { UnzipDecoderConstructor } from 'fflate';
import { columnLetter, type SourceTable, type Tick } from '../../engine/model';
import { HEADER_FILL, INPUT_FILL, moneyFormat, numberFormatFor } from '../formats';
import { addCharts, type BarChartSpec } from './chart';
import { spliceBigSheets, splitBigSheets, type ZipEntryFactory } from './big-sheet';
import { cellText } from './cell-text';
import { hasKeyword, withoutOwnSheetCells } from './previous';
import { readTables } from './read';
import { EDITED_SHEET_NAMES } from '../../engine/plan/edits';
import { KIND_EDITS, LINE_EDITS } from '../../engine/plan/line-edits';
import { headerRowHeight, paragraphLayout, wrappedRowHeights, wrapRows } from '../../engine/plan/print';
import type { PlanCell, SheetPlan, StyleRole, WritePlan } from '../../engine/plan/types';

const solid = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hex.slice(1)}` } });
const HEADER = solid(HEADER_FILL);
const INPUT = solid(INPUT_FILL);
/**
 * A cell's own font names its face: one that gives only `bold` leaves the face to the reader, and
 * LibreOffice then prints a serif, wider than the Calibri the columns are sized for.
 */
const FONT: Partial<ExcelJS.Font> = { name: 'Calibri', family: 2, size: 11 };

/** Marks a workbook as written by Tandem, so a re-run recognises its sheets. */
export const TANDEM_MARKER = 'tandem.workbook/1';

function cellValue(c: PlanCell): ExcelJS.CellValue {
  if (c.f !== undefined) return { formula: c.f, result: c.result } as ExcelJS.CellFormulaValue;
  // Text stays text: ExcelJS writes strings as shared strings, so `=…` from a source never runs.
  return typeof c.v === 'string' ? cellText(c.v) : (c.v ?? null);
}

/** The look of a role, as ExcelJS takes it. */
function roleStyle(role: StyleRole | undefined, currency: string): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (!role) return style;
  const fmt = numberFormatFor(role, currency);
  if (fmt) style.numFmt = fmt;
  switch (role) {
    case 'title':
      style.font = { ...FONT, bold: true, size: 14, color: { argb: 'FF1F4E79' } };
      break;
    case 'subtitle':
      style.font = { ...FONT, bold: true, size: 12, color: { argb: 'FF1F4E79' } };
      break;
    case 'header':
      style.font = { ...FONT, bold: true, color: { argb: 'FFFFFFFF' } };
      style.fill = HEADER;
      style.alignment = { vertical: 'middle', wrapText: true };
      break;
    case 'note':
      style.font = { ...FONT, italic: true, color: { argb: 'FF595959' } };
      break;
    case 'input':
    case 'input-money':
    case 'input-percent':
      style.fill = INPUT;
      break;
    case 'paragraph':
      style.alignment = { wrapText: true, vertical: 'top' };
      break;
    case 'total':
      style.font = { ...FONT, bold: true };
      break;
    default:
      break;
  }
  return style;
}

/**
 * One style object per role (and per kind of value: ExcelJS gives numbers its `General` format),
 * shared by all the cells of that role. ExcelJS recognises a style object it has seen and skips
 * writing it out to find its duplicate: per cell, that was most of the time it took to write the
 * small sheets in one call, a pause in the task pane's progress. The objects are never changed.
 */
class SharedStyles {
  private readonly byKey = new Map<string, Partial<ExcelJS.Style>>();
  constructor(private readonly currency: string) {}

  /** `align`: in rows where some columns wrap (`wrapColumns`), every cell sits at the top, and those columns wrap. */
  of(role: StyleRole | undefined, cell: PlanCell, align?: 'top' | 'wrap'): Partial<ExcelJS.Style> {
    const numeric = typeof (cell.f !== undefined ? cell.result : cell.v) === 'number';
    const key = `${role ?? ''}|${numeric ? 'n' : ''}|${align ?? ''}`;
    let style = this.byKey.get(key);
    if (!style) {
      style = roleStyle(role, this.currency);
      if (align) style = { ...style, alignment: { ...style.alignment, vertical: 'top', ...(align === 'wrap' ? { wrapText: true } : {}) } };
      this.byKey.set(key, style);
    }
    return style;
  }
}

/**
 * ExcelJS marks every row it gives a height as sized by hand (`customHeight`), and Excel never
 * changes such a row: a note typed later into Toewijzing would stay cut off at the height its
 * empty cell had. Rows whose height only follows their texts lose the mark, as rows Excel fitted
 * itself have none; Excel then fits them again when their text changes, and other spreadsheets
 * still read the height the file gives.
 */
function rowsFitToText(bySheet: ReadonlyMap<string, ReadonlySet<number>>): Map<string, (xml: string) => string> {
  const edits = new Map<string, (xml: string) => string>();
  for (const [sheet, rows] of bySheet) {
    if (rows.size === 0) continue;
    edits.set(sheet, (xml) =>
      xml.replace(/<row r="(\d+)" ht="([^"]*)" customHeight="1"/g, (whole, r: string, ht: string) =>
        rows.has(Number(r)) ? `<row r="${r}" ht="${ht}"` : whole,
      ),
    );
  }
  return edits;
}

/** A paragraph spans the sheet's first columns, with a row tall enough for its wrapped lines. */
function fitParagraph(ws: ExcelJS.Worksheet, plan: SheetPlan, row: number, col: number, text: string): void {
  const { span, height } = paragraphLayout(plan.widths, col - 1, text);
  if (span > 1) ws.mergeCells(row, col, row, col + span - 1);
  ws.getRow(row).height = height;
}

/**
 * `full`: the sheet as planned, before `splitBigSheets` took out its long table (which never wraps).
 * Returns the rows whose height was worked out from their texts (headers and wrapped rows), which
 * a spreadsheet may fit again itself (`rowsFitToText`).
 */
function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan, styles: SharedStyles, full: SheetPlan): Set<number> {
  const ws = workbook.addWorksheet(plan.name, {
    // ExcelJS leaves out a column 9 wide, its own default: the sheet must then say 9 is the default,
    // or Excel and LibreOffice show that column at their 8.43.
    properties: { defaultColWidth: 9 },
    views: plan.freeze ? [{ state: 'frozen', xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }] : undefined,
    pageSetup: {
      orientation: plan.print.landscape ? 'landscape' : 'portrait',
      fitToPage: plan.print.fitToWidth,
      fitToWidth: plan.print.pagesWide ?? 1,
      fitToHeight: 0,
      // 8 is A3 in the file format, though ExcelJS's enum does not name it.
      paperSize: (plan.print.paper === 'A3' ? 8 : 9) as ExcelJS.PaperSize,
      printTitlesRow: plan.print.repeatRows ? `1:${plan.print.repeatRows}` : undefined,
      printTitlesColumn: plan.print.repeatColumns ? `A:${columnLetter(plan.print.repeatColumns)}` : undefined,
    },
  });
  ws.columns = plan.widths.map((width) => ({ width }));
  const tableRows = new Set<number>();
  for (const t of plan.tables) {
    const columns = plan.rows[t.headerRow - 1]!.slice(t.firstColumn - 1, t.lastColumn).map((h) => ({
      name: String(h.v ?? ''),
      filterButton: true,
    }));
    const rows = plan.rows.slice(t.headerRow, t.lastRow).map((r) => {
      const values = r.slice(t.firstColumn - 1, t.lastColumn).map(cellValue);
      while (values.length < columns.length) values.push(null);
      return values;
    });
    ws.addTable({
      name: t.name,
      ref: `${columnLetter(t.firstColumn)}${t.headerRow}`,
      headerRow: true,
      style: { theme: 'TableStyleLight9', showRowStripes: true },
      columns,
      // An Excel table needs at least one data row; an empty one stands for "nothing here".
      rows: rows.length ? rows : [columns.map(() => null)],
    });
    for (let r = t.headerRow; r <= Math.max(t.lastRow, t.headerRow + 1); r++) tableRows.add(r);
  }
  const wrap = wrapRows(full);
  const wrapColumns = new Set(plan.wrapColumns);
  const fitted = new Set<number>();
  const paragraphs = new Set<number>();
  plan.rows.forEach((row, ri) => {
    const r = ri + 1;
    const aligned = wrap.some((w) => r >= w.from && r <= w.to);
    row.forEach((c, ci) => {
      const cell = ws.getCell(r, ci + 1);
      if (!tableRows.has(r)) cell.value = cellValue(c);
      cell.style = styles.of(c.style, c, aligned ? (wrapColumns.has(ci + 1) ? 'wrap' : 'top') : undefined);
      if (c.style === 'paragraph') {
        fitParagraph(ws, plan, r, ci + 1, String(c.v ?? ''));
        paragraphs.add(r);
      }
    });
    const header = headerRowHeight(row, plan.widths);
    if (header) {
      ws.getRow(r).height = header;
      fitted.add(r);
    }
  });
  for (const [r, height] of wrappedRowHeights(full)) {
    ws.getRow(r).height = height;
    fitted.add(r);
  }
  // A spreadsheet fits no merged cell: a paragraph's row keeps the height worked out for it.
  for (const r of paragraphs) fitted.delete(r);
  // One validation over the column's range: set cell by cell, ExcelJS joins the cells into ranges
  // that overlap (it orders C10 before C4), so some cells would carry the rule twice.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of plan.validations ?? []) {
    const column = columnLetter(v.column);
    const alert = { showErrorMessage: true, errorStyle: 'stop', errorTitle: v.error.title, error: v.error.message };
    validations.add(
      `${column}${v.fromRow}:${column}${v.toRow}`,
      'list' in v.rule
        ? { type: 'list', allowBlank: false, formulae: [`"${v.rule.list.join(',')}"`], ...alert }
        : 'above' in v.rule
          ? { type: 'decimal', operator: 'greaterThan', allowBlank: false, formulae: [v.rule.above], ...alert }
          : { type: 'decimal', operator: 'between', allowBlank: false, formulae: v.rule.between, ...alert },
    );
  }
  return fitted;
}

/**
 * Applies a write plan to a new `.xlsx` workbook and returns its bytes. Given the bytes of a workbook
 * Tandem wrote before, its own sheets are replaced and the user's other sheets kept.
 */
export interface XlsxOptions {
  /** The bytes of a workbook Tandem wrote before: its own sheets (`isOwnSheet`) are replaced, the user's kept. */
  previous?: Uint8Array;
  isOwnSheet?: (name: string) => boolean;
  /** How the zip's entries are compressed (Node's native zlib in the CLI; fflate elsewhere). */
  zipEntry?: ZipEntryFactory;
  /** Told how far the long tables are written. */
  tick?: Tick;
  /**
   * Other work for the calling thread, done (once) while compression on other threads finishes the
   * long tables: at 200,000 lines the main thread otherwise waits half a second for it.
   */
  meanwhile?: () => void;
}

export async function planToXlsx(plan: WritePlan, options: XlsxOptions = {}): Promise<Uint8Array> {
  const { previous, isOwnSheet } = options;
  const workbook = new ExcelJS.Workbook();
  if (previous) {
    const light = isOwnSheet ? withoutOwnSheetCells(previous, isOwnSheet) : previous;
    await workbook.xlsx.load(light as unknown as ArrayBuffer);
    for (const ws of [...workbook.worksheets]) if (isOwnSheet?.(ws.name)) workbook.removeWorksheet(ws.id);
  }
  workbook.creator = 'Tandem';
  // A fixed date keeps the file the same for the same input.
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = workbook.created;
  workbook.keywords = TANDEM_MARKER;
  // Long tables (Lijnen) bypass ExcelJS's cell model: it would hold every cell in memory.
  const tick = options.tick;
  const { plan: small, bodies } = splitBigSheets(plan, tick);
  tick?.(0, 1);
  const styles = new SharedStyles(plan.currency);
  const fitted = new Map<string, Set<number>>();
  small.sheets.forEach((sheet, i) => fitted.set(sheet.name, writeSheet(workbook, sheet, styles, plan.sheets[i]!)));
  tick?.(0, 1);
  // With long tables the workbook is zipped once more when they are spliced in: until then its parts
  // are only stored, not compressed three times over (ExcelJS, the charts, the splice).
  const store = bodies.length > 0;
  const buffer = new Uint8Array((await workbook.xlsx.writeBuffer(store ? { zip: { compression: 'STORE' } } : undefined)) as ArrayBuffer);
  tick?.(0, 1);
  const money = moneyFormat(plan.currency);
  const charts: BarChartSpec[] = plan.sheets.flatMap((sheet) =>
    (sheet.charts ?? []).map((c) => ({ ...c, sheet: sheet.name, horizontal: true, numberFormat: money.split(';')[0] })),
  );
  // Charts go in last: ExcelJS cannot write them, so they are added to the finished file (which also
  // fixes the zip entries' dates, so the same plan gives the same bytes).
  const withCharts = await addCharts(buffer, charts, store ? 'STORE' : 'DEFLATE', rowsFitToText(fitted));
  tick?.(0, 1);
  return spliceBigSheets(withCharts, bodies, options.zipEntry, tick, options.meanwhile);
}

/**
 * Whether a workbook was written by Tandem (its marker), and the sheets people's edits are read from
 * (`EDITED_SHEET_NAMES`) as plain tables; of its lines sheet only the rows someone typed a category
 * in (the others come back empty, unread: they are nearly all of the workbook), of its savings sheet
 * only the categories' table (not the price table below it). `inflate`: the platform's own inflate,
 * where it has one (see `readXlsxSheets`).
 */
export async function readWorkbookForRerun(
  file: string,
  bytes: Uint8Array,
  inflate?: UnzipDecoderConstructor,
): Promise<{ tandem: boolean; tables: SourceTable[] }> {
  const tandem = hasKeyword(bytes, TANDEM_MARKER);
  const tables = await readTables(file, bytes, {
    allSheets: true,
    sheets: EDITED_SHEET_NAMES,
    inflate,
    editedRowsOnly: LINE_EDITS,
    tableOnly: KIND_EDITS,
  });
  return { tandem, tables };
}
