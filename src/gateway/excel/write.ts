import { columnLetter } from '../../engine/model';
import { headerRowHeight, paragraphLayout, wrapRows } from '../../engine/plan/print';
import type { PlanCell, PlanChart, SheetPlan } from '../../engine/plan/types';
import { lookFor, moneyFormat, numberFormatFor, TABLE_STYLE, widthToPoints, type Look } from '../formats';
import { renameSheetRefs, splitRef } from './names';
import { jsonBytes, utf8Length } from './sync';

/*
 * The write plan turned into Office.js operations, each with an upper bound of the request bytes it
 * adds, so the gateway can group them into syncs that stay under Excel on the web's 5 MB limit.
 */

/** An Office.js action's own share of a request (object path, ids, names), on top of its arguments. */
export const ACTION_BYTES = 200;
/** Excel's limit on the characters in a cell. */
export const MAX_TEXT = 32_767;
/** Cells in one write, whatever their size. */
export const MAX_CELLS_PER_WRITE = 5_000_000;
/** Rows whose styles are grouped into rectangles at a time. */
const STYLE_ROWS = 5_000;

export interface WriteEnv {
  context: Excel.RequestContext;
  supports(set: string, version: string): boolean;
  /** The worksheet a plan sheet is being written into, by the plan's name (case-insensitive). */
  sheetByPlanName(name: string): Excel.Worksheet | undefined;
}

export interface WriteOp {
  /** Upper bound of the request bytes this adds. */
  bytes: number;
  /** Cells whose content it writes (progress). */
  cells: number;
  /** What it does, for a timeout's message: `writing 'Lijnen' rows 1–4000`. */
  label: string;
  apply(sheet: Excel.Worksheet, env: WriteEnv): void;
}

export interface SheetOpsOptions {
  currency: string;
  /** Bytes one sync may carry. */
  budget: number;
  /** The sheet names the formulas refer to, as the sheets are named while being written. */
  renameSheet(name: string): string | undefined;
  /** The name a plan table gets while being written. */
  tableName(name: string): string;
  /** The sheet's name while being written (for labels). */
  label: string;
}

// ------------------------------------------------------------------------------------------ text

const BOOLEAN_WORDS = /^(?:true|false|waar|onwaar|vrai|faux)$/i;

/**
 * Whether Excel would read text written through `values`/`formulas` as something else: a formula
 * (`=`, `+`, `-`, `@`), a number (`00123`, `1,5`), a date or time (`2024-01-05`, `12:30`, `jan 2024`),
 * a percentage, a boolean (`TRUE`), an error (`#N/A`), or text losing its own leading apostrophe. Such
 * text is written with a leading apostrophe, which Excel takes as "this is text" and does not keep in
 * the value. Text starting with a letter is left as it is, so most cells carry no prefix.
 */
export function needsQuotePrefix(text: string): boolean {
  if (text === '') return false;
  if (!/^\p{L}/u.test(text)) return true;
  if (BOOLEAN_WORDS.test(text.trim())) return true;
  // A month name before a number (`jan 2024`, `Dec-24`, `Sept. 5`) can be read as a date.
  return /^\p{L}{3,}\.?[\s./-]*\d/u.test(text);
}

/** The value written for a plan cell: a formula as `=…` (its sheet names renamed), text made safe, or '' for empty. */
export function cellInput(cell: PlanCell | undefined, renameSheet: (name: string) => string | undefined): string | number | boolean {
  if (!cell) return '';
  if (cell.f !== undefined) return `=${renameSheetRefs(cell.f, renameSheet)}`;
  const v = cell.v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (typeof v === 'boolean') return v;
  const text = v.length > MAX_TEXT ? v.slice(0, MAX_TEXT) : v;
  return needsQuotePrefix(text) ? `'${text}` : text;
}

// ------------------------------------------------------------------------------------------ rectangles

export interface Rect<T> {
  row: number;
  column: number;
  rows: number;
  columns: number;
  value: T;
}

/**
 * Groups equal cells of a grid into rectangles: runs along each row, joined down the rows while the
 * same run repeats (a money column becomes one rectangle, a header row another).
 */
export function rectangles<T>(grid: readonly (readonly (T | undefined)[])[], key: (v: T) => string): Rect<T>[] {
  const done: Rect<T>[] = [];
  let open = new Map<string, Rect<T>>();
  grid.forEach((row, r) => {
    const next = new Map<string, Rect<T>>();
    let c = 0;
    while (c < row.length) {
      const v = row[c];
      if (v === undefined) {
        c++;
        continue;
      }
      const k = key(v);
      let e = c + 1;
      while (e < row.length && row[e] !== undefined && key(row[e] as T) === k) e++;
      const id = `${c}:${e}:${k}`;
      const prev = open.get(id);
      if (prev) {
        prev.rows++;
        open.delete(id);
        next.set(id, prev);
      } else next.set(id, { row: r, column: c, rows: 1, columns: e - c, value: v });
      c = e;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done.sort((a, b) => a.row - b.row || a.column - b.column);
}

function fill<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(columns).fill(value));
}

// ------------------------------------------------------------------------------------------ blocks

interface RowData {
  inputs: (string | number | boolean)[];
  formats: (string | undefined)[];
  /** The values' and formats' bytes: what the row adds to a block's request. */
  bytes: number;
  /** The actions its format runs start, when the row above has other runs (else they continue the rectangles above). */
  runBytes: number;
  /** The row's format runs, to compare with the next row's. */
  runs: string;
  formula: boolean;
}

function rowData(row: readonly PlanCell[], width: number, o: SheetOpsOptions): RowData {
  const inputs: (string | number | boolean)[] = [];
  const formats: (string | undefined)[] = [];
  let formula = false;
  let formatBytes = 0;
  let runs = 0;
  for (let c = 0; c < width; c++) {
    const cell = row[c];
    inputs.push(cellInput(cell, o.renameSheet));
    if (cell?.f !== undefined) formula = true;
    const fmt = numberFormatFor(cell?.style, o.currency);
    formats.push(fmt);
    if (fmt !== undefined) {
      // Quotes and comma, and the brackets of a one-column rectangle's row.
      formatBytes += utf8Length(fmt) + 5;
      if (formats[c - 1] !== fmt) runs++;
    }
  }
  // +1: the comma between this row and the next in the block's matrix.
  return {
    inputs,
    formats,
    formula,
    bytes: jsonBytes(inputs) + 1 + formatBytes,
    runBytes: runs * 2 * ACTION_BYTES,
    runs: formats.join('\u0001'),
  };
}

function blockOp(rows: RowData[], from: number, width: number, o: SheetOpsOptions, bytes: number): WriteOp {
  return {
    bytes,
    cells: rows.length * width,
    label: `writing '${o.label}' rows ${from + 1}–${from + rows.length}`,
    apply(sheet) {
      for (const rect of rectangles(
        rows.map((r) => r.formats),
        (f) => f,
      )) {
        sheet.getRangeByIndexes(from + rect.row, rect.column, rect.rows, rect.columns).numberFormat = fill(
          rect.rows,
          rect.columns,
          rect.value,
        );
      }
      const range = sheet.getRangeByIndexes(from, 0, rows.length, width);
      const matrix = rows.map((r) => r.inputs);
      if (rows.some((r) => r.formula)) range.formulas = matrix;
      else range.values = matrix;
    },
  };
}

/**
 * Rows of values in blocks sized by bytes: per block, number formats first, then the values or
 * formulas. Made one block at a time, so a large sheet is prepared between syncs, not all up front.
 */
function* blockOps(plan: SheetPlan, width: number, o: SheetOpsOptions): Generator<WriteOp> {
  let block: RowData[] = [];
  let start = 0;
  let bytes = 3 * ACTION_BYTES;
  for (let r = 0; r < plan.rows.length; r++) {
    const data = rowData(plan.rows[r]!, width, o);
    // Format runs that continue the row above's grow its rectangles: only new runs cost actions.
    const cost = data.bytes + (block.length && block[block.length - 1]!.runs === data.runs ? 0 : data.runBytes);
    if (block.length && (bytes + cost > o.budget || (block.length + 1) * width > MAX_CELLS_PER_WRITE)) {
      yield blockOp(block, start, width, o, bytes);
      block = [];
      start = r;
      bytes = 3 * ACTION_BYTES + data.bytes + data.runBytes;
    } else bytes += cost;
    block.push(data);
  }
  if (block.length) yield blockOp(block, start, width, o, bytes);
}

/** Columns a sheet is written over (at least one). */
export function sheetWidth(plan: SheetPlan): number {
  let width = Math.max(1, plan.widths.length);
  for (const r of plan.rows) width = Math.max(width, r.length);
  return width;
}

/** Cells the blocks of a sheet write (for progress). */
export function sheetCells(plan: SheetPlan): number {
  return plan.rows.length * sheetWidth(plan);
}

// ------------------------------------------------------------------------------------------ the rest

const lookKeys = new Map<Look, string>();
function lookKey(look: Look): string {
  let k = lookKeys.get(look);
  if (k === undefined) {
    k = String(lookKeys.size);
    lookKeys.set(look, k);
  }
  return k;
}

function applyLook(range: Excel.Range, look: Look): void {
  if (look.fill) range.format.fill.color = look.fill;
  if (look.bold !== undefined) range.format.font.bold = look.bold;
  if (look.italic !== undefined) range.format.font.italic = look.italic;
  if (look.color) range.format.font.color = look.color;
  if (look.size) range.format.font.size = look.size;
  if (look.wrapText !== undefined) range.format.wrapText = look.wrapText;
  if (look.verticalAlignment) range.format.verticalAlignment = look.verticalAlignment;
}

function lookActions(look: Look): number {
  return 1 + Object.keys(look).length * 2;
}

const cellAddress = (col0: number, row0: number) => `${columnLetter(col0 + 1)}${row0 + 1}`;

function chartOp(chart: PlanChart, o: SheetOpsOptions, currency: string): WriteOp {
  return {
    bytes: 24 * ACTION_BYTES + jsonBytes(chart.title) + jsonBytes(chart.series.map((s) => s.name)),
    cells: 0,
    label: `adding the chart to '${o.label}'`,
    apply(sheet, env) {
      const range = (ref: string): Excel.Range => {
        const { sheet: name, address } = splitRef(ref);
        const target = name === undefined ? sheet : (env.sheetByPlanName(name) ?? env.context.workbook.worksheets.getItem(name));
        return target.getRange(address);
      };
      const values = chart.series.map((s) => range(s.valuesRef));
      const c = sheet.charts.add('BarClustered', values[0]!, 'Columns');
      c.title.text = chart.title;
      c.setPosition(cellAddress(chart.from.col, chart.from.row), cellAddress(chart.to.col, chart.to.row));
      c.legend.visible = chart.series.length > 1;
      if (env.supports('ExcelApi', '1.7')) {
        const categories = range(chart.categoriesRef);
        chart.series.forEach((s, i) => {
          const series = i === 0 ? c.series.getItemAt(0) : c.series.add(s.name);
          if (i === 0) series.name = s.name;
          else series.setValues(values[i]!);
          series.setXAxisValues(categories);
        });
        // Largest first, top down, as in the table beside it.
        c.axes.categoryAxis.reversePlotOrder = true;
      }
      if (env.supports('ExcelApi', '1.8')) {
        c.axes.categoryAxis.position = 'Maximum';
        c.axes.valueAxis.numberFormat = moneyFormat(currency).split(';')[0]!;
      }
    },
  };
}

/**
 * Everything one plan sheet needs, in order: the values in blocks (number formats first), each table
 * made once over its written range, fonts and fills per role, merged paragraphs and row heights,
 * column widths, frozen panes, page layout and the chart.
 */
export function* sheetOps(plan: SheetPlan, o: SheetOpsOptions): Generator<WriteOp> {
  const width = sheetWidth(plan);
  yield* blockOps(plan, width, o);
  const label = o.label;

  for (const t of plan.tables) {
    const last = Math.max(t.lastRow, t.headerRow + 1);
    const address = `${columnLetter(t.firstColumn)}${t.headerRow}:${columnLetter(t.lastColumn)}${last}`;
    const name = o.tableName(t.name);
    yield {
      bytes: 5 * ACTION_BYTES + utf8Length(address) + utf8Length(name),
      cells: 0,
      label: `making table ${t.name} on '${label}'`,
      apply(sheet) {
        const table = sheet.tables.add(address, true);
        table.name = name;
        table.style = TABLE_STYLE;
        table.showBandedRows = true;
      },
    };
  }

  // Fonts and fills per role, as rectangles, a few thousand rows at a time.
  for (let from = 0; from < plan.rows.length; from += STYLE_ROWS) {
    const looks = plan.rows.slice(from, from + STYLE_ROWS).map((row) => row.map((c) => lookFor(c.style)));
    const rects = rectangles(looks, lookKey);
    for (let i = 0; i < rects.length; i += 200) {
      const part = rects.slice(i, i + 200);
      yield {
        bytes: part.reduce((a, r) => a + lookActions(r.value) * ACTION_BYTES, 0),
        cells: 0,
        label: `styling '${label}'`,
        apply(sheet) {
          for (const r of part) applyLook(sheet.getRangeByIndexes(from + r.row, r.column, r.rows, r.columns), r.value);
        },
      };
    }
  }

  // A paragraph spans the sheet's first columns, with a row tall enough for its wrapped lines; a header
  // row with long labels gets room for the lines they wrap to.
  const merges: { row: number; column: number; span: number }[] = [];
  const heights = new Map<number, number>();
  plan.rows.forEach((row, r) => {
    row.forEach((c, ci) => {
      if (c.style !== 'paragraph') return;
      const { span, height } = paragraphLayout(plan.widths, ci, String(c.v ?? ''));
      if (span > 1) merges.push({ row: r, column: ci, span });
      heights.set(r, height);
    });
    const header = headerRowHeight(row, plan.widths);
    if (header) heights.set(r, header);
  });
  if (merges.length || heights.size) {
    yield {
      bytes: (merges.length * 2 + heights.size * 3) * ACTION_BYTES,
      cells: 0,
      label: `sizing rows of '${label}'`,
      apply(sheet) {
        for (const m of merges) sheet.getRangeByIndexes(m.row, m.column, 1, m.span).merge(false);
        for (const [row, h] of heights) sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = h;
      },
    };
  }

  if (plan.widths.length) {
    yield {
      bytes: plan.widths.length * 3 * ACTION_BYTES,
      cells: 0,
      label: `setting column widths of '${label}'`,
      apply(sheet) {
        plan.widths.forEach((w, i) => {
          const col = columnLetter(i + 1);
          sheet.getRange(`${col}:${col}`).format.columnWidth = widthToPoints(w);
        });
      },
    };
  }

  // After the widths: rows fit their wrapped texts at the widths they will have.
  const wraps = wrapRows(plan);
  if (wraps.length) {
    yield {
      bytes: wraps.length * (plan.wrapColumns!.length + 2) * 2 * ACTION_BYTES,
      cells: 0,
      label: `wrapping the long texts of '${label}'`,
      apply(sheet) {
        for (const wrap of wraps) {
          const rows = wrap.to - wrap.from + 1;
          const body = sheet.getRangeByIndexes(wrap.from - 1, 0, rows, width);
          body.format.verticalAlignment = 'Top';
          for (const c of plan.wrapColumns!) sheet.getRangeByIndexes(wrap.from - 1, c - 1, rows, 1).format.wrapText = true;
          body.format.autofitRows();
        }
      },
    };
  }

  yield {
    bytes: 12 * ACTION_BYTES,
    cells: 0,
    label: `setting the view and print layout of '${label}'`,
    apply(sheet, env) {
      const f = plan.freeze;
      if (f && (f.rows > 0 || f.columns > 0) && env.supports('ExcelApi', '1.7')) {
        if (f.columns === 0) sheet.freezePanes.freezeRows(f.rows);
        else if (f.rows === 0) sheet.freezePanes.freezeColumns(f.columns);
        else sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, f.rows, f.columns));
      }
      if (env.supports('ExcelApi', '1.9')) {
        const p = sheet.pageLayout;
        p.orientation = plan.print.landscape ? 'Landscape' : 'Portrait';
        p.paperSize = plan.print.paper === 'A3' ? 'A3' : 'A4';
        if (plan.print.fitToWidth) p.zoom = { horizontalFitToPages: plan.print.pagesWide ?? 1 };
        if (plan.print.repeatRows) p.setPrintTitleRows(`$1:$${plan.print.repeatRows}`);
        if (plan.print.repeatColumns) p.setPrintTitleColumns(`$A:$${columnLetter(plan.print.repeatColumns)}`);
      }
    },
  };

  if (plan.validations?.length) {
    yield {
      bytes: plan.validations.reduce((n, v) => n + 3 * ACTION_BYTES + utf8Length(JSON.stringify(v)), 0),
      cells: 0,
      label: `setting what the input cells of '${label}' take`,
      apply(sheet, env) {
        if (!env.supports('ExcelApi', '1.8')) return;
        for (const v of plan.validations!) {
          const column = columnLetter(v.column);
          const validation = sheet.getRange(`${column}${v.fromRow}:${column}${v.toRow}`).dataValidation;
          validation.rule =
            'list' in v.rule
              ? { list: { inCellDropDown: true, source: v.rule.list.join(',') } }
              : 'above' in v.rule
                ? { decimal: { operator: 'GreaterThan', formula1: v.rule.above } }
                : { decimal: { operator: 'Between', formula1: v.rule.between[0], formula2: v.rule.between[1] } };
          validation.errorAlert = { showAlert: true, style: 'Stop', title: v.error.title, message: v.error.message };
        }
      },
    };
  }

  for (const chart of plan.charts ?? []) if (chart.categories.length && chart.series.length) yield chartOp(chart, o, o.currency);
}
