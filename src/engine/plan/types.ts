/**
 * The write plan: every output sheet as plain data. The engine builds it; a gateway (ExcelJS for
 * files, Office.js in the add-in) applies it. Tests read it without any workbook.
 */

/** How a cell looks; each gateway maps a role to its own formats. */
export type StyleRole =
  | 'title'
  | 'subtitle'
  | 'header'
  | 'text'
  | 'paragraph'
  | 'money'
  | 'money4'
  | 'number'
  | 'percent'
  | 'integer'
  /** A row number in a source (`1085`): an address, shown without thousands separators. */
  | 'row'
  | 'date'
  | 'input'
  | 'input-money'
  | 'input-percent'
  | 'note'
  | 'total';

export interface PlanCell {
  /** The value; text is always written as text, never interpreted as a formula. */
  v?: string | number | boolean | null;
  /** A formula without the leading `=`, in English function names and `,` separators (file format). */
  f?: string;
  /** For a formula: its computed result, so viewers that do not recalculate show the right number. */
  result?: number | string | boolean;
  style?: StyleRole;
}

export interface PlanTable {
  name: string;
  /** 1-based row of the table's header. */
  headerRow: number;
  /** 1-based last row (the header row when the table has no data). */
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

/** A bar chart over ranges of the workbook, with the values it shows cached for viewers that do not recalculate. */
export interface PlanChart {
  title: string;
  /** Absolute references with quoted sheet names: `'Samenvatting'!$A$20:$A$29`. */
  categoriesRef: string;
  series: { name: string; valuesRef: string }[];
  categories: string[];
  values: number[][];
  /** 0-based anchor cells. */
  from: { col: number; row: number };
  to: { col: number; row: number };
}

export interface SheetPlan {
  /** A stable key (`categories`, `lines`, `control`, …): how a re-run recognises Tandem's sheets. */
  key: string;
  name: string;
  rows: PlanCell[][];
  /** Width per column, in characters. */
  widths: number[];
  tables: PlanTable[];
  /** Rows and columns kept in view when scrolling. */
  freeze?: { rows: number; columns: number };
  print: SheetPrint;
  charts?: PlanChart[];
  /** Input cells the formulas depend on: what they take, and a refusal of anything else. */
  validations?: PlanValidation[];
  /**
   * Columns (1-based) whose texts wrap inside the rows of the sheet's tables (up to `WRAP_ROWS_MAX`
   * rows), each row as tall as its longest text and its cells aligned at the top: a printed sheet can
   * then have narrow columns, and so larger type, without cutting a name or a reason short.
   */
  wrapColumns?: number[];
}

/**
 * A column of input cells the formulas read (the kind of a category on the savings sheet, the
 * values on Parameters): anything else typed would turn every figure that follows into #N/A or #VALUE!.
 */
export interface PlanValidation {
  /** 1-based column and rows of the cells. */
  column: number;
  fromRow: number;
  toRow: number;
  /** One of a few words in the plan's language (no commas), from a dropdown; or a number above a bound, or between two. */
  rule: { list: string[] } | { above: number } | { between: [number, number] };
  /** What the spreadsheet says when something else is typed. */
  error: { title: string; message: string };
}

export interface SheetPrint {
  landscape: boolean;
  /** Scaled to fit the page's width: one page, or `pagesWide` pages side by side. */
  fitToWidth: boolean;
  /** A sheet too wide to read on one page spreads over this many pages (see `spreadWideSheet`). */
  pagesWide?: number;
  /** Rows printed at the top of every page. */
  repeatRows?: number;
  /** Columns printed at the left of every page (the category's name, when a row spreads over pages). */
  repeatColumns?: number;
  paper?: 'A4' | 'A3';
}

export interface WritePlan {
  sheets: SheetPlan[];
  /** ISO currency of the money cells (euro for Flemish exports). */
  currency: string;
}
