/*
 * An in-memory Excel for tests: an `Excel.run` that hands out a request context whose objects behave
 * as Office.js's do where it matters to the gateway.
 *
 * - Operations are queued and run only on `context.sync()`, in order; a property can be read only
 *   after `load` and a sync (else it throws PropertyNotLoaded, as Office.js does); `isNullObject` is
 *   known only after a sync; `getItem` of a missing item fails the sync with ItemNotFound.
 * - Writing through `values` or `formulas` is typing: `=…` becomes a formula, `+…`/`-…`/`@…` a formula
 *   or a number, `00123` a number, `2024-01-05` or `jan 2024` a date, `TRUE` a boolean, `#N/A` an
 *   error; a leading apostrophe keeps the rest as text (and is not part of the value); a cell whose
 *   number format is `@` keeps text as typed. Array sizes must match the range.
 * - Each sync counts the bytes of its request (the queued operations and their arguments, as JSON) and
 *   of its response (what was loaded) and refuses, as Excel on the web does, one over the limit
 *   (`RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`); loading more than the
 *   cell cap from one range fails too. `stats` keeps the syncs, the largest payloads and the operations.
 * - Renaming a sheet rewrites the formulas that refer to it; deleting one turns them into `#REF!`; a
 *   formula written against a sheet that does not exist gets `#REF!` too. Formulas are not computed:
 *   their value reads as 0 (as under manual calculation).
 * - `failAt(n)` makes the n-th sync from now fail (optionally after some of its operations ran, as a
 *   real batch is not transactional); `hangAt(n)` makes it never answer.
 *
 * Plain TypeScript with no Node APIs, so it can also be bundled into a browser page as a fake host.
 */

export type FakeScalar = string | number | boolean;
export type FakeInput = FakeScalar | null | { value?: FakeScalar | null; formula?: string; numberFormat?: string };

export interface FakeFormat {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  wrapText?: boolean;
  verticalAlignment?: string;
  horizontalAlignment?: string;
}

export interface FakeCell {
  value: FakeScalar | null;
  /** With the leading `=`. */
  formula?: string;
  numberFormat?: string;
  /** Entered with a leading apostrophe. */
  quotePrefix?: boolean;
  error?: boolean;
  format?: FakeFormat;
}

/** 0-based. */
export interface FakeRect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<number, Map<number, FakeCell>>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  merges: FakeRect[];
  freeze: { rows: number; columns: number } | null;
  pageLayout: {
    orientation?: string;
    paperSize?: string;
    zoom?: Record<string, number>;
    printTitleRows?: string;
    printTitleColumns?: string;
  };
  /** Data validation by range address (`C4:C44`): the rule and the alert, as set. */
  validations: Map<string, { rule?: unknown; errorAlert?: unknown }>;
  customProperties: Map<string, { key: string; value: string }>;
  deleted?: boolean;
}

export interface FakeTable {
  id: string;
  name: string;
  sheet: FakeSheet;
  rect: FakeRect;
  style?: string;
  showBandedRows?: boolean;
  rowsAdded: number;
}

export interface FakeRangeRef {
  sheet: FakeSheet;
  rect: FakeRect;
}

export interface FakeSeries {
  name?: string;
  values?: FakeRangeRef;
  xValues?: FakeRangeRef;
}

export interface FakeChart {
  id: string;
  name: string;
  sheet: FakeSheet;
  type: string;
  source: FakeRangeRef;
  seriesBy: string;
  title?: string;
  position?: { start: string; end?: string };
  legendVisible?: boolean;
  series: FakeSeries[];
  categoryAxis: { reversePlotOrder?: boolean; position?: string };
  valueAxis: { numberFormat?: string };
}

export interface FakeWorkbookState {
  sheets: FakeSheet[];
  tables: FakeTable[];
  charts: FakeChart[];
  settings: Map<string, { key: string; value: unknown }>;
  names: string[];
  activeSheet: FakeSheet | null;
  calculations: number;
}

export interface FakeStats {
  runs: number;
  syncs: number;
  /** Operations queued, by name (`worksheets.add`, `range.values`, `tables.add`, `table.rows.add`, …). */
  actions: Record<string, number>;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  untracked: number;
  perSync: { request: number; response: number; actions: number; ok: boolean }[];
}

export interface FakeLimits {
  maxRequestBytes: number;
  maxResponseBytes: number;
  maxCellsPerRead: number;
}

export type FakeRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface FakeExcel {
  run: FakeRun;
  workbookState: FakeWorkbookState;
  stats: FakeStats;
  limits: FakeLimits;
  /** The n-th sync from now (1 = the next) fails, after `afterActions` of its operations ran (default 0). */
  failAt(n: number, options?: { afterActions?: number; code?: string }): void;
  /** The n-th sync from now never answers. */
  hangAt(n: number): void;
  resetStats(): void;
  /** A plain, comparable copy of the whole workbook. */
  snapshot(): unknown;
  sheet(name: string): FakeSheet | undefined;
  sheetNames(): string[];
  /** Values from A1 to the last used cell (formulas as their value, empty as null). */
  values(sheet: string): (FakeScalar | null)[][];
  /** Per cell the formula (with `=`) or the value, from A1 to the last used cell. */
  formulas(sheet: string): (FakeScalar | null)[][];
  cell(sheet: string, address: string): FakeCell | undefined;
  /** Sets cells directly (no sync), as a user typing into the sheet would. */
  setCells(sheet: string, topLeft: string, rows: FakeInput[][]): void;
  addSheet(name: string, rows?: FakeInput[][]): FakeSheet;
  /** A namespace to stand in for `Excel` on a fake host page. */
  excel: { run: FakeRun; ChartType: Record<string, string>; CalculationType: Record<string, string> };
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const ACTION_OVERHEAD = 60;
const RESPONSE_OVERHEAD = 20;

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message };
  }
}

const notLoaded = (prop: string) =>
  new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
const invalid = (message: string) => new FakeOfficeError('InvalidArgument', message);

// ------------------------------------------------------------------------------------------ addresses

export function columnName(index0: number): string {
  let n = index0 + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `A1`, `$A$1:$C$3`, `A:C`, `1:3`, optionally after `Sheet!` / `'Sheet'!`. */
export function parseAddress(address: string): { sheet?: string; rect: FakeRect } {
  let sheet: string | undefined;
  let a = address.trim();
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(a);
  if (m) {
    sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    a = m[3]!;
  }
  a = a.replace(/\$/g, '').toUpperCase();
  const parts = a.split(':');
  if (parts.length > 2 || !parts[0]) throw invalid(`The address '${address}' is not valid.`);
  const one = (p: string) => {
    let r = /^([A-Z]{1,3})(\d{1,7})$/.exec(p);
    if (r) return { c: columnIndex(r[1]!), r: Number(r[2]) - 1, kind: 'cell' as const };
    r = /^([A-Z]{1,3})$/.exec(p);
    if (r) return { c: columnIndex(r[1]!), r: -1, kind: 'col' as const };
    r = /^(\d{1,7})$/.exec(p);
    if (r) return { c: -1, r: Number(r[1]) - 1, kind: 'row' as const };
    throw invalid(`The address '${address}' is not valid.`);
  };
  const p = one(parts[0]);
  const q = parts[1] ? one(parts[1]) : p;
  if (p.kind !== q.kind) throw invalid(`The address '${address}' is not valid.`);
  let rect: FakeRect;
  if (p.kind === 'col') rect = { row: 0, rows: MAX_ROWS, column: Math.min(p.c, q.c), columns: Math.abs(q.c - p.c) + 1 };
  else if (p.kind === 'row') rect = { column: 0, columns: MAX_COLUMNS, row: Math.min(p.r, q.r), rows: Math.abs(q.r - p.r) + 1 };
  else rect = { row: Math.min(p.r, q.r), column: Math.min(p.c, q.c), rows: Math.abs(q.r - p.r) + 1, columns: Math.abs(q.c - p.c) + 1 };
  if (rect.row < 0 || rect.column < 0 || rect.row + rect.rows > MAX_ROWS || rect.column + rect.columns > MAX_COLUMNS)
    throw invalid(`The address '${address}' is outside the sheet.`);
  return { sheet, rect };
}

function rectAddress(rect: FakeRect): string {
  const a = `${columnName(rect.column)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.columns === 1) return a;
  return `${a}:${columnName(rect.column + rect.columns - 1)}${rect.row + rect.rows}`;
}

const overlaps = (a: FakeRect, b: FakeRect) =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;

// ------------------------------------------------------------------------------------------ formulas

/** Applies `map` to each sheet reference of a formula (outside string literals); `null` makes it `#REF!`. */
export function mapSheetRefs(formula: string, map: (sheet: string) => string | null | undefined): string {
  let out = '';
  let i = 0;
  const n = formula.length;
  const ident = /[\p{L}\p{N}_.]/u;
  const emit = (name: string, original: string, after: number) => {
    const to = map(name);
    if (to === null) {
      out += '#REF!';
    } else out += `${to === undefined ? original : quoteName(to)}!`;
    i = after;
  };
  while (i < n) {
    const ch = formula[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < n && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (ch === "'") {
      let j = i + 1;
      let name = '';
      while (j < n && !(formula[j] === "'" && formula[j + 1] !== "'")) {
        name += formula[j];
        j += formula[j] === "'" ? 2 : 1;
      }
      if (formula[j + 1] === '!') emit(name, formula.slice(i, j + 1), j + 2);
      else {
        out += formula.slice(i, j + 1);
        i = j + 1;
      }
    } else if (ident.test(ch)) {
      let j = i;
      while (j < n && ident.test(formula[j]!)) j++;
      if (formula[j] === '!') emit(formula.slice(i, j), formula.slice(i, j), j + 1);
      else {
        out += formula.slice(i, j);
        i = j;
      }
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** The sheets a formula refers to. */
export function formulaSheets(formula: string): string[] {
  const found: string[] = [];
  mapSheetRefs(formula, (s) => {
    found.push(s);
    return undefined;
  });
  return found;
}

// ------------------------------------------------------------------------------------------ typing

const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december';
const DATE_WORDS = new RegExp(
  `^(?:\\d{1,2}[\\s-]+(?:${MONTHS})\\.?(?:[\\s-]+\\d{2,4})?|(?:${MONTHS})\\.?[\\s./-]*\\d{1,4}(?:,?\\s*\\d{2,4})?)$`,
  'i',
);

/** What Excel makes of a typed string: a number, boolean, date serial, error or formula; undefined for text. */
function interpret(text: string): { value?: FakeScalar; formula?: string; format?: string; error?: boolean } | undefined {
  const t = text.trim();
  if (text.startsWith('=') && text.length > 1) return { formula: text };
  let m = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(e[+-]?\d+)?(%?)$/i.exec(t) ?? /^([+-]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?)()(%?)$/.exec(t);
  if (m) {
    const n = Number(`${m[1]}${m[2]!.replace(/,/g, '')}${m[3] ?? ''}`);
    return m[4] ? { value: n / 100, format: '0%' } : { value: n };
  }
  if (/^[+\-@]/.test(t)) return { formula: `=${t}` };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  if (/^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!)$/i.test(t)) return { value: t.toUpperCase(), error: true };
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/.exec(t);
  if (m) return { value: 45000, format: 'm/d/yyyy' };
  if (DATE_WORDS.test(t)) return { value: 45000, format: 'd-mmm-yy' };
  if (/^\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m)?$/i.test(t)) return { value: 0.5, format: 'h:mm' };
  return undefined;
}

// ------------------------------------------------------------------------------------------ the workbook

class Book {
  readonly state: FakeWorkbookState = {
    sheets: [],
    tables: [],
    charts: [],
    settings: new Map(),
    names: [],
    activeSheet: null,
    calculations: 0,
  };
  private ids = 0;

  nextId(prefix: string): string {
    return `{${prefix}-${(++this.ids).toString().padStart(4, '0')}}`;
  }

  findSheet(name: string): FakeSheet | undefined {
    const l = name.toLowerCase();
    return this.state.sheets.find((s) => s.name.toLowerCase() === l || s.id === name);
  }

  validateSheetName(name: string, except?: FakeSheet): void {
    if (
      typeof name !== 'string' ||
      name.length < 1 ||
      name.length > 31 ||
      /[[\]:*?/\\]/.test(name) ||
      /^'|'$/.test(name) ||
      name.toLowerCase() === 'history'
    ) {
      throw invalid(`The sheet name '${name}' is not valid.`);
    }
    const other = this.findSheet(name);
    if (other && other !== except) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named '${name}' already exists.`);
  }

  addSheet(name?: string): FakeSheet {
    let n = name;
    if (n === undefined) {
      let i = this.state.sheets.length + 1;
      while (this.findSheet(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    this.validateSheetName(n);
    const sheet: FakeSheet = {
      id: this.nextId('sheet'),
      name: n,
      visibility: 'Visible',
      cells: new Map(),
      columnWidths: new Map(),
      rowHeights: new Map(),
      merges: [],
      freeze: null,
      pageLayout: {},
      validations: new Map(),
      customProperties: new Map(),
    };
    this.state.sheets.push(sheet);
    this.state.activeSheet ??= sheet;
    return sheet;
  }

  private eachFormula(fn: (cell: FakeCell) => void): void {
    for (const s of this.state.sheets) for (const row of s.cells.values()) for (const cell of row.values()) if (cell.formula) fn(cell);
  }

  renameSheet(sheet: FakeSheet, name: string): void {
    this.live(sheet);
    if (sheet.name === name) return;
    this.validateSheetName(name, sheet);
    const old = sheet.name.toLowerCase();
    sheet.name = name;
    this.eachFormula((cell) => {
      cell.formula = mapSheetRefs(cell.formula!, (s) => (s.toLowerCase() === old ? name : undefined));
    });
  }

  deleteSheet(sheet: FakeSheet): void {
    this.live(sheet);
    const visible = this.state.sheets.filter((s) => s.visibility === 'Visible');
    if (visible.length === 1 && visible[0] === sheet)
      throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    this.state.sheets = this.state.sheets.filter((s) => s !== sheet);
    this.state.tables = this.state.tables.filter((t) => t.sheet !== sheet);
    this.state.charts = this.state.charts.filter((c) => c.sheet !== sheet);
    sheet.deleted = true;
    const old = sheet.name.toLowerCase();
    this.eachFormula((cell) => {
      cell.formula = mapSheetRefs(cell.formula!, (s) => (s.toLowerCase() === old ? null : undefined));
    });
    if (this.state.activeSheet === sheet) this.state.activeSheet = this.state.sheets.find((s) => s.visibility === 'Visible') ?? null;
  }

  live(sheet: FakeSheet): FakeSheet {
    if (sheet.deleted) throw new FakeOfficeError('InvalidObjectPath', `The sheet '${sheet.name}' has been deleted.`);
    return sheet;
  }

  cell(sheet: FakeSheet, r: number, c: number, create: true): FakeCell;
  cell(sheet: FakeSheet, r: number, c: number, create?: false): FakeCell | undefined;
  cell(sheet: FakeSheet, r: number, c: number, create = false): FakeCell | undefined {
    let row = sheet.cells.get(r);
    if (!row) {
      if (!create) return undefined;
      row = new Map();
      sheet.cells.set(r, row);
    }
    let cell = row.get(c);
    if (!cell && create) {
      cell = { value: null };
      row.set(c, cell);
    }
    return cell;
  }

  /** Types one input into a cell, as `values` and `formulas` do. */
  enter(sheet: FakeSheet, r: number, c: number, input: unknown): void {
    if (input === null || input === undefined) return;
    const cell = this.cell(sheet, r, c, true);
    delete cell.formula;
    delete cell.quotePrefix;
    delete cell.error;
    if (typeof input === 'number') {
      if (!Number.isFinite(input)) throw invalid('The value is not a valid number.');
      cell.value = input;
      return;
    }
    if (typeof input === 'boolean') {
      cell.value = input;
      return;
    }
    if (typeof input !== 'string') throw invalid(`Cannot write a ${typeof input} into a cell.`);
    if (input === '') {
      cell.value = null;
      return;
    }
    if (cell.numberFormat === '@') {
      cell.value = input;
      return;
    }
    if (input.startsWith("'")) {
      cell.value = input.slice(1);
      cell.quotePrefix = true;
      return;
    }
    const typed = interpret(input);
    if (!typed) {
      cell.value = input;
      return;
    }
    if (typed.formula) {
      cell.formula = mapSheetRefs(typed.formula, (s) => {
        const target = this.findSheet(s);
        return target ? target.name : null;
      });
      cell.value = 0;
      return;
    }
    cell.value = typed.value ?? null;
    if (typed.error) cell.error = true;
    if (typed.format && (cell.numberFormat === undefined || cell.numberFormat === 'General')) cell.numberFormat = typed.format;
  }

  forEachCell(sheet: FakeSheet, rect: FakeRect, fn: (r: number, c: number) => void): void {
    if (rect.rows * rect.columns > 5_000_000) throw new Error(`fake: refusing to touch ${rect.rows * rect.columns} cells one by one`);
    for (let r = rect.row; r < rect.row + rect.rows; r++) for (let c = rect.column; c < rect.column + rect.columns; c++) fn(r, c);
  }

  usedRect(sheet: FakeSheet, valuesOnly: boolean): FakeRect | null {
    let r0 = Infinity;
    let r1 = -1;
    let c0 = Infinity;
    let c1 = -1;
    for (const [r, row] of sheet.cells) {
      for (const [c, cell] of row) {
        const used =
          cell.value !== null ||
          cell.formula !== undefined ||
          (!valuesOnly && (cell.numberFormat !== undefined || cell.format !== undefined));
        if (!used) continue;
        r0 = Math.min(r0, r);
        r1 = Math.max(r1, r);
        c0 = Math.min(c0, c);
        c1 = Math.max(c1, c);
      }
    }
    return r1 < 0 ? null : { row: r0, column: c0, rows: r1 - r0 + 1, columns: c1 - c0 + 1 };
  }

  read(sheet: FakeSheet, rect: FakeRect, prop: string): unknown[][] {
    const out: unknown[][] = [];
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const line: unknown[] = [];
      const row = sheet.cells.get(r);
      for (let c = rect.column; c < rect.column + rect.columns; c++) {
        const cell = row?.get(c);
        switch (prop) {
          case 'values':
            line.push(cell?.value ?? '');
            break;
          case 'formulas':
            line.push(cell?.formula ?? cell?.value ?? '');
            break;
          case 'numberFormat':
            line.push(cell?.numberFormat ?? 'General');
            break;
          case 'valueTypes':
            line.push(
              !cell || (cell.value === null && !cell.formula)
                ? 'Empty'
                : cell.error
                  ? 'Error'
                  : typeof cell.value === 'number'
                    ? 'Double'
                    : typeof cell.value === 'boolean'
                      ? 'Boolean'
                      : 'String',
            );
            break;
          default:
            line.push(cell?.value === null || cell?.value === undefined ? '' : String(cell.value));
        }
      }
      out.push(line);
    }
    return out;
  }

  validateTableName(name: string, except?: FakeTable): void {
    if (
      typeof name !== 'string' ||
      !/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) ||
      name.length > 255 ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^[rc]$/i.test(name)
    ) {
      throw invalid(`The table name '${name}' is not valid.`);
    }
    const l = name.toLowerCase();
    if (this.state.tables.some((t) => t !== except && t.name.toLowerCase() === l) || this.state.names.some((n) => n.toLowerCase() === l)) {
      throw new FakeOfficeError('ItemAlreadyExists', `A table or name '${name}' already exists.`);
    }
  }

  addTable(sheet: FakeSheet, rect: FakeRect, hasHeaders: boolean): FakeTable {
    this.live(sheet);
    const r = { ...rect };
    if (hasHeaders && r.rows === 1) r.rows = 2;
    if (this.state.tables.some((t) => t.sheet === sheet && overlaps(t.rect, r))) throw invalid('A table cannot overlap another table.');
    if (sheet.merges.some((m) => overlaps(m, r))) throw new FakeOfficeError('MergedRangeConflict', 'A table cannot contain merged cells.');
    if (!hasHeaders) throw new Error('fake: tables without a header row are not modelled');
    const seen = new Set<string>();
    for (let c = 0; c < r.columns; c++) {
      const cell = this.cell(sheet, r.row, r.column + c, true);
      let header = cell.value === null || cell.value === '' ? `Column${c + 1}` : String(cell.value);
      if (cell.formula) delete cell.formula;
      let name = header;
      for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${header}${k}`;
      header = name;
      seen.add(header.toLowerCase());
      cell.value = header;
    }
    let i = this.state.tables.length + 1;
    const taken = (n: string) => this.state.tables.some((t) => t.name.toLowerCase() === n.toLowerCase());
    while (taken(`Table${i}`)) i++;
    const table: FakeTable = { id: this.nextId('table'), name: `Table${i}`, sheet, rect: r, rowsAdded: 0 };
    this.state.tables.push(table);
    return table;
  }

  findTable(key: string): FakeTable | undefined {
    const l = key.toLowerCase();
    return this.state.tables.find((t) => t.name.toLowerCase() === l || t.id === key);
  }
}

// ------------------------------------------------------------------------------------------ the request

interface Action {
  name: string;
  bytes: number;
  exec: () => unknown;
}

class LoadResult {
  constructor(
    readonly target: Obj<unknown>,
    readonly values: Record<string, unknown>,
  ) {}
}

class Ctx {
  queue: Action[] = [];
  instantiated: Obj<unknown>[] = [];
  readonly workbook: WorkbookObj;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  constructor(readonly engine: Engine) {
    this.workbook = new WorkbookObj(this);
  }
  enqueue(name: string, payload: unknown, exec: () => unknown): void {
    const bytes = utf8(JSON.stringify([name, payload ?? null]) ?? '') + ACTION_OVERHEAD;
    this.engine.stats.actions[name] = (this.engine.stats.actions[name] ?? 0) + 1;
    this.queue.push({ name, bytes, exec });
  }
  sync(): Promise<void> {
    return this.engine.sync(this);
  }
}

function utf8(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function propList(props?: string | string[] | Record<string, unknown>): string[] {
  if (props === undefined) return ['*'];
  if (Array.isArray(props)) return props.flatMap((p) => propList(p));
  if (typeof props === 'string')
    return props
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
  const select = (props as { select?: string | string[] }).select;
  if (select !== undefined) return propList(select);
  return Object.keys(props).filter((k) => (props as Record<string, unknown>)[k]);
}

/** How a proxy finds its state: lazily from its parent, by an instantiation queued like any operation, or at once. */
type How<S> = { lazy: () => S | null } | { action: string; payload?: unknown; resolve: () => S | null } | { bound: S };

/** A proxy: resolved to its state when its instantiation runs in a sync (or lazily from its parent). */
abstract class Obj<S> {
  protected _state: S | null | undefined = undefined;
  _synced = false;
  protected _loaded = new Map<string, unknown>();
  private _lazy?: () => S | null;

  constructor(
    protected readonly _ctx: Ctx,
    how: How<S>,
  ) {
    if ('bound' in how) {
      this._state = how.bound;
      this._synced = true;
    } else if ('lazy' in how) this._lazy = how.lazy;
    else {
      _ctx.enqueue(how.action, how.payload, () => {
        this._state = how.resolve();
        _ctx.instantiated.push(this as Obj<unknown>);
      });
    }
  }

  protected abstract readonly _kind: string;

  _st(): S | null {
    if (this._state === undefined) {
      if (!this._lazy) throw new Error(`fake: ${this._kind} used before it was instantiated`);
      this._state = this._lazy();
    }
    return this._state;
  }

  /** The state, for an operation; a null object makes the operation do nothing. */
  protected _op(name: string, payload: unknown, fn: (s: S) => unknown): void {
    this._ctx.enqueue(name, payload, () => {
      const s = this._st();
      if (s !== null) fn(s);
    });
  }

  get isNullObject(): boolean {
    if (!this._synced) throw notLoaded('isNullObject');
    return this._state === null;
  }

  protected abstract _read(state: S, prop: string): unknown;
  protected _all(): string[] {
    return [];
  }

  load(props?: string | string[] | Record<string, unknown>): this {
    const list = propList(props);
    this._ctx.enqueue(`${this._kind}.load`, list.join(','), () => {
      const s = this._st();
      const values: Record<string, unknown> = {};
      if (s !== null) {
        for (const p of list.includes('*') ? this._all() : list) values[p] = this._read(s, p);
      }
      return new LoadResult(this as Obj<unknown>, values);
    });
    return this;
  }

  _receive(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this._loaded.set(k, v);
    this._synced = true;
  }

  protected _get<T>(prop: string): T {
    if (!this._loaded.has(prop)) throw notLoaded(prop);
    return this._loaded.get(prop) as T;
  }

  untrack(): this {
    this._ctx.engine.stats.untracked++;
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

// ------------------------------------------------------------------------------------------ collections

/** A collection's loaded items: `load('items/name')`, `load('items')`. */
function loadItems<T extends Obj<unknown>>(
  owner: Obj<unknown>,
  ctx: Ctx,
  kind: string,
  props: string | string[] | Record<string, unknown> | undefined,
  states: () => unknown[],
  make: (state: unknown) => T,
  read: (item: T, prop: string) => unknown,
  all: string[],
): void {
  const list = propList(props);
  const itemProps = list.flatMap((p) => (p === 'items' || p === '*' ? all : p.startsWith('items/') ? [p.slice(6)] : []));
  ctx.enqueue(`${kind}.load`, list.join(','), () => {
    const items = states().map((s) => make(s));
    const values = items.map((it) => Object.fromEntries(itemProps.map((p) => [p, read(it, p)])));
    items.forEach((it, i) => it._receive(values[i]!));
    return new LoadResult(owner, { items: values, __items: items });
  });
}

// ------------------------------------------------------------------------------------------ ranges

interface RangeState {
  sheet: FakeSheet;
  rect: FakeRect;
}

class RangeFontObj {
  constructor(private readonly range: RangeObj) {}
  private set(prop: keyof FakeFormat, value: unknown) {
    this.range._format(`range.format.font.${prop}`, prop, value);
  }
  set bold(v: boolean) {
    this.set('bold', v);
  }
  set italic(v: boolean) {
    this.set('italic', v);
  }
  set color(v: string) {
    this.set('fontColor', v);
  }
  set size(v: number) {
    this.set('fontSize', v);
  }
  set name(_v: string) {}
}

class RangeFillObj {
  constructor(private readonly range: RangeObj) {}
  set color(v: string) {
    this.range._format('range.format.fill.color', 'fill', v);
  }
  clear(): void {
    this.range._format('range.format.fill.clear', 'fill', undefined);
  }
}

class RangeDataValidationObj {
  constructor(private readonly range: RangeObj) {}
  set rule(v: unknown) {
    this.range._sheetOp('range.dataValidation.rule', v, (st) => {
      const at = rectAddress(st.rect);
      st.sheet.validations.set(at, { ...st.sheet.validations.get(at), rule: JSON.parse(JSON.stringify(v)) as unknown });
    });
  }
  set errorAlert(v: unknown) {
    this.range._sheetOp('range.dataValidation.errorAlert', v, (st) => {
      const at = rectAddress(st.rect);
      st.sheet.validations.set(at, { ...st.sheet.validations.get(at), errorAlert: JSON.parse(JSON.stringify(v)) as unknown });
    });
  }
}

class RangeFormatObj {
  readonly fill: RangeFillObj;
  readonly font: RangeFontObj;
  constructor(private readonly range: RangeObj) {
    this.fill = new RangeFillObj(range);
    this.font = new RangeFontObj(range);
  }
  set wrapText(v: boolean) {
    this.range._format('range.format.wrapText', 'wrapText', v);
  }
  set verticalAlignment(v: string) {
    this.range._format('range.format.verticalAlignment', 'verticalAlignment', v);
  }
  set horizontalAlignment(v: string) {
    this.range._format('range.format.horizontalAlignment', 'horizontalAlignment', v);
  }
  set columnWidth(v: number) {
    this.range._sheetOp('range.format.columnWidth', v, (st) => {
      for (let c = st.rect.column; c < st.rect.column + st.rect.columns; c++) st.sheet.columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.range._sheetOp('range.format.rowHeight', v, (st) => {
      for (let r = st.rect.row; r < st.rect.row + st.rect.rows; r++) st.sheet.rowHeights.set(r, v);
    });
  }
  autofitRows(): void {
    this.range._sheetOp('range.format.autofitRows', null, () => undefined);
  }
  autofitColumns(): void {
    this.range._sheetOp('range.format.autofitColumns', null, () => undefined);
  }
}

class RangeObj extends Obj<RangeState> {
  protected readonly _kind = 'range';
  readonly format: RangeFormatObj;
  readonly dataValidation: RangeDataValidationObj;

  constructor(ctx: Ctx, how: How<RangeState>) {
    super(ctx, how);
    this.format = new RangeFormatObj(this);
    this.dataValidation = new RangeDataValidationObj(this);
  }

  private get engine() {
    return this._ctx.engine;
  }

  protected override _all(): string[] {
    return [
      'address',
      'rowIndex',
      'columnIndex',
      'rowCount',
      'columnCount',
      'cellCount',
      'values',
      'formulas',
      'numberFormat',
      'valueTypes',
      'text',
    ];
  }

  protected _read(st: RangeState, prop: string): unknown {
    const { sheet, rect } = st;
    this.engine.book.live(sheet);
    switch (prop) {
      case 'address':
        return `${quoteName(sheet.name)}!${rectAddress(rect)}`;
      case 'rowIndex':
        return rect.row;
      case 'columnIndex':
        return rect.column;
      case 'rowCount':
        return rect.rows;
      case 'columnCount':
        return rect.columns;
      case 'cellCount':
        return rect.rows * rect.columns;
      case 'values':
      case 'formulas':
      case 'numberFormat':
      case 'valueTypes':
      case 'text':
        if (rect.rows * rect.columns > this.engine.limits.maxCellsPerRead) {
          throw new FakeOfficeError(
            'RangeExceedsLimit',
            `The range has ${rect.rows * rect.columns} cells, more than the ${this.engine.limits.maxCellsPerRead} a read may return.`,
          );
        }
        return this.engine.book.read(sheet, rect, prop);
      default:
        throw invalid(`The fake does not know the range property '${prop}'.`);
    }
  }

  get address(): string {
    return this._get('address');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }
  get text(): string[][] {
    return this._get('text');
  }

  private write(prop: 'values' | 'formulas' | 'numberFormat', matrix: unknown): void {
    this._op(`range.${prop}`, matrix, (st) => {
      this.engine.book.live(st.sheet);
      if (
        !Array.isArray(matrix) ||
        matrix.length !== st.rect.rows ||
        matrix.some((row) => !Array.isArray(row) || row.length !== st.rect.columns)
      ) {
        throw invalid("The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
      }
      const m = matrix as unknown[][];
      this.engine.book.forEachCell(st.sheet, st.rect, (r, c) => {
        const v = m[r - st.rect.row]![c - st.rect.column];
        if (prop === 'numberFormat') {
          if (v === null || v === undefined) return;
          if (typeof v !== 'string') throw invalid('A number format must be text.');
          const cell = this.engine.book.cell(st.sheet, r, c, true);
          if (v === 'General') delete cell.numberFormat;
          else cell.numberFormat = v;
        } else this.engine.book.enter(st.sheet, r, c, v);
      });
    });
  }

  get values(): unknown[][] {
    return this._get('values');
  }
  set values(v: unknown[][]) {
    this.write('values', v);
  }
  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  set formulas(v: unknown[][]) {
    this.write('formulas', v);
  }
  get numberFormat(): unknown[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.write('numberFormat', v);
  }

  _format(name: string, prop: keyof FakeFormat, value: unknown): void {
    this._op(name, value ?? null, (st) => {
      this.engine.book.live(st.sheet);
      this.engine.book.forEachCell(st.sheet, st.rect, (r, c) => {
        const cell = this.engine.book.cell(st.sheet, r, c, true);
        cell.format ??= {};
        if (value === undefined) delete cell.format[prop];
        else (cell.format as Record<string, unknown>)[prop] = value;
      });
    });
  }

  _sheetOp(name: string, payload: unknown, fn: (st: RangeState) => void): void {
    this._op(name, payload, (st) => {
      this.engine.book.live(st.sheet);
      fn(st);
    });
  }

  merge(across = false): void {
    this._sheetOp('range.merge', across, (st) => {
      if (this.engine.book.state.tables.some((t) => t.sheet === st.sheet && overlaps(t.rect, st.rect)))
        throw new FakeOfficeError('MergedRangeConflict', 'Cells in a table cannot be merged.');
      if (across) for (let r = 0; r < st.rect.rows; r++) st.sheet.merges.push({ ...st.rect, row: st.rect.row + r, rows: 1 });
      else st.sheet.merges.push({ ...st.rect });
    });
  }

  select(): void {
    this._sheetOp('range.select', null, (st) => {
      this.engine.book.state.activeSheet = st.sheet;
    });
  }

  clear(): void {
    this._sheetOp('range.clear', null, (st) => {
      this.engine.book.forEachCell(st.sheet, st.rect, (r, c) => st.sheet.cells.get(r)?.delete(c));
    });
  }

  private derived(name: string, fn: (st: RangeState) => RangeState): RangeObj {
    return new RangeObj(this._ctx, {
      action: name,
      resolve: () => {
        const st = this._st();
        return st === null ? null : fn(st);
      },
    });
  }

  getEntireColumn(): RangeObj {
    return this.derived('range.getEntireColumn', (st) => ({ sheet: st.sheet, rect: { ...st.rect, row: 0, rows: MAX_ROWS } }));
  }

  getCell(row: number, column: number): RangeObj {
    return this.derived('range.getCell', (st) => ({
      sheet: st.sheet,
      rect: { row: st.rect.row + row, column: st.rect.column + column, rows: 1, columns: 1 },
    }));
  }
}

// ------------------------------------------------------------------------------------------ sheets

class TableObj extends Obj<FakeTable> {
  protected readonly _kind = 'table';
  readonly rows = {
    add: (index?: number | null, values?: unknown[][]) => {
      this._op('table.rows.add', values ?? null, (t) => {
        const n = Array.isArray(values) ? values.length : 1;
        t.rowsAdded += n;
        const at = t.rect.row + t.rect.rows;
        if (Array.isArray(values))
          values.forEach((row, i) =>
            (row as unknown[]).forEach((v, c) => this._ctx.engine.book.enter(t.sheet, at + i, t.rect.column + c, v)),
          );
        t.rect = { ...t.rect, rows: t.rect.rows + n };
        void index;
      });
    },
  };
  protected override _all(): string[] {
    return ['name', 'id', 'style', 'showBandedRows'];
  }
  protected _read(t: FakeTable, prop: string): unknown {
    switch (prop) {
      case 'name':
        return t.name;
      case 'id':
        return t.id;
      case 'style':
        return t.style ?? 'TableStyleMedium2';
      case 'showBandedRows':
        return t.showBandedRows ?? true;
      default:
        throw invalid(`The fake does not know the table property '${prop}'.`);
    }
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._op('table.name', v, (t) => {
      this._ctx.engine.book.validateTableName(v, t);
      t.name = v;
    });
  }
  set style(v: string) {
    this._op('table.style', v, (t) => {
      t.style = v;
    });
  }
  set showBandedRows(v: boolean) {
    this._op('table.showBandedRows', v, (t) => {
      t.showBandedRows = v;
    });
  }
  delete(): void {
    this._op('table.delete', null, (t) => {
      this._ctx.engine.book.state.tables = this._ctx.engine.book.state.tables.filter((x) => x !== t);
    });
  }
  getRange(): RangeObj {
    return new RangeObj(this._ctx, {
      action: 'table.getRange',
      resolve: () => {
        const t = this._st();
        return t && { sheet: t.sheet, rect: t.rect };
      },
    });
  }
}

class TableCollectionObj extends Obj<FakeSheet | 'workbook'> {
  protected readonly _kind = 'tables';
  private _items?: TableObj[];
  protected _read(): unknown {
    throw invalid('Load the items of a collection.');
  }
  private list(s: FakeSheet | 'workbook'): FakeTable[] {
    const all = this._ctx.engine.book.state.tables;
    return s === 'workbook' ? all : all.filter((t) => t.sheet === s);
  }
  add(address: string | RangeObj, hasHeaders: boolean): TableObj {
    const payload = typeof address === 'string' ? address : 'range';
    return new TableObj(this._ctx, {
      action: 'tables.add',
      payload: [payload, hasHeaders],
      resolve: () => {
        const owner = this._st();
        const book = this._ctx.engine.book;
        let target: RangeState;
        if (typeof address === 'string') {
          const { sheet, rect } = parseAddress(address);
          const s = sheet !== undefined ? book.findSheet(sheet) : owner === 'workbook' ? undefined : owner!;
          if (!s) throw new FakeOfficeError('ItemNotFound', `No sheet for the address '${address}'.`);
          target = { sheet: s, rect };
        } else {
          const st = address._st();
          if (!st) throw invalid('The range is a null object.');
          target = st;
        }
        return book.addTable(book.live(target.sheet), target.rect, hasHeaders);
      },
    });
  }
  getItem(key: string): TableObj {
    return new TableObj(this._ctx, {
      action: 'tables.getItem',
      payload: key,
      resolve: () => {
        const t = this._ctx.engine.book.findTable(key);
        if (!t || !this.list(this._st()!).includes(t)) throw new FakeOfficeError('ItemNotFound', `The table '${key}' was not found.`);
        return t;
      },
    });
  }
  getItemOrNullObject(key: string): TableObj {
    return new TableObj(this._ctx, {
      action: 'tables.getItemOrNullObject',
      payload: key,
      resolve: () => {
        const t = this._ctx.engine.book.findTable(key);
        return t && this.list(this._st()!).includes(t) ? t : null;
      },
    });
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    loadItems(
      this as Obj<unknown>,
      this._ctx,
      'tables',
      props,
      () => this.list(this._st()!),
      (s) => new TableObj(this._ctx, { bound: s as FakeTable }),
      (it, p) => it['_read'](it._st()!, p),
      ['name', 'id', 'style', 'showBandedRows'],
    );
    return this;
  }
  override _receive(values: Record<string, unknown>): void {
    this._items = values.__items as TableObj[];
    this._synced = true;
  }
  get items(): TableObj[] {
    if (!this._items) throw notLoaded('items');
    return this._items;
  }
}

class ChartSeriesObj extends Obj<FakeSeries> {
  protected readonly _kind = 'chartSeries';
  protected _read(s: FakeSeries, prop: string): unknown {
    if (prop === 'name') return s.name ?? '';
    throw invalid(`The fake does not know the series property '${prop}'.`);
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._op('chartSeries.name', v, (s) => {
      s.name = v;
    });
  }
  private ref(range: RangeObj): FakeRangeRef {
    const st = range._st();
    if (!st) throw invalid('The range is a null object.');
    return { sheet: st.sheet, rect: st.rect };
  }
  setValues(range: RangeObj): void {
    this._op('chartSeries.setValues', 'range', (s) => {
      s.values = this.ref(range);
    });
  }
  setXAxisValues(range: RangeObj): void {
    this._op('chartSeries.setXAxisValues', 'range', (s) => {
      s.xValues = this.ref(range);
    });
  }
}

class ChartObj extends Obj<FakeChart> {
  protected readonly _kind = 'chart';
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly axes: { categoryAxis: { reversePlotOrder: boolean; position: string }; valueAxis: { numberFormat: string } };
  readonly series: { getItemAt(i: number): ChartSeriesObj; add(name?: string): ChartSeriesObj };

  constructor(ctx: Ctx, how: How<FakeChart>) {
    super(ctx, how);
    const op = (name: string, v: unknown, fn: (c: FakeChart) => void) => this._op(name, v, fn);
    this.title = {
      set text(v: string) {
        op('chart.title.text', v, (c) => {
          c.title = v;
        });
      },
      get text(): string {
        throw notLoaded('text');
      },
    };
    this.legend = {
      set visible(v: boolean) {
        op('chart.legend.visible', v, (c) => {
          c.legendVisible = v;
        });
      },
      get visible(): boolean {
        throw notLoaded('visible');
      },
    };
    this.axes = {
      categoryAxis: {
        set reversePlotOrder(v: boolean) {
          op('chart.axes.categoryAxis.reversePlotOrder', v, (c) => {
            c.categoryAxis.reversePlotOrder = v;
          });
        },
        get reversePlotOrder(): boolean {
          throw notLoaded('reversePlotOrder');
        },
        set position(v: string) {
          op('chart.axes.categoryAxis.position', v, (c) => {
            c.categoryAxis.position = v;
          });
        },
        get position(): string {
          throw notLoaded('position');
        },
      },
      valueAxis: {
        set numberFormat(v: string) {
          op('chart.axes.valueAxis.numberFormat', v, (c) => {
            c.valueAxis.numberFormat = v;
          });
        },
        get numberFormat(): string {
          throw notLoaded('numberFormat');
        },
      },
    };
    this.series = {
      getItemAt: (i: number) =>
        new ChartSeriesObj(this._ctx, {
          action: 'chart.series.getItemAt',
          payload: i,
          resolve: () => {
            const c = this._st();
            if (!c) return null;
            const s = c.series[i];
            if (!s) throw new FakeOfficeError('ItemNotFound', `The chart has no series ${i}.`);
            return s;
          },
        }),
      add: (name?: string) =>
        new ChartSeriesObj(this._ctx, {
          action: 'chart.series.add',
          payload: name ?? null,
          resolve: () => {
            const c = this._st();
            if (!c) return null;
            const s: FakeSeries = { name };
            c.series.push(s);
            return s;
          },
        }),
    };
  }

  protected _read(c: FakeChart, prop: string): unknown {
    if (prop === 'name') return c.name;
    if (prop === 'id') return c.id;
    throw invalid(`The fake does not know the chart property '${prop}'.`);
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._op('chart.name', v, (c) => {
      c.name = v;
    });
  }
  setPosition(start: string | RangeObj, end?: string | RangeObj): void {
    const addr = (x: string | RangeObj | undefined) =>
      x === undefined ? undefined : typeof x === 'string' ? x : rectAddress(x._st()!.rect);
    this._op('chart.setPosition', [typeof start === 'string' ? start : 'range', typeof end === 'string' ? end : null], (c) => {
      parseAddress(addr(start)!);
      c.position = { start: addr(start)!, end: addr(end) };
    });
  }
}

const CHART_TYPES = ['BarClustered', 'BarStacked', 'ColumnClustered', 'ColumnStacked', 'Line', 'Pie', 'XYScatter', 'Area'];

class ChartCollectionObj extends Obj<FakeSheet> {
  protected readonly _kind = 'charts';
  protected _read(): unknown {
    throw invalid('Load the items of a collection.');
  }
  add(type: string, source: RangeObj, seriesBy = 'Auto'): ChartObj {
    return new ChartObj(this._ctx, {
      action: 'charts.add',
      payload: [type, 'range', seriesBy],
      resolve: () => {
        const sheet = this._ctx.engine.book.live(this._st()!);
        if (!CHART_TYPES.includes(type)) throw invalid(`The chart type '${type}' is not valid.`);
        const st = source._st();
        if (!st) throw invalid('The source range is a null object.');
        const byRows = seriesBy === 'Rows';
        const count = byRows ? st.rect.rows : st.rect.columns;
        const series: FakeSeries[] = Array.from({ length: count }, (_, i) => ({
          values: {
            sheet: st.sheet,
            rect: byRows ? { ...st.rect, row: st.rect.row + i, rows: 1 } : { ...st.rect, column: st.rect.column + i, columns: 1 },
          },
        }));
        const chart: FakeChart = {
          id: this._ctx.engine.book.nextId('chart'),
          name: `Chart ${this._ctx.engine.book.state.charts.length + 1}`,
          sheet,
          type,
          source: { sheet: st.sheet, rect: st.rect },
          seriesBy,
          series,
          categoryAxis: {},
          valueAxis: {},
        };
        this._ctx.engine.book.state.charts.push(chart);
        return chart;
      },
    });
  }
}

class CustomPropertyObj extends Obj<{ key: string; value: string; owner: FakeSheet }> {
  protected readonly _kind = 'customProperty';
  protected override _all(): string[] {
    return ['key', 'value'];
  }
  protected _read(p: { key: string; value: string }, prop: string): unknown {
    if (prop === 'key') return p.key;
    if (prop === 'value') return p.value;
    throw invalid(`The fake does not know the custom property '${prop}'.`);
  }
  get key(): string {
    return this._get('key');
  }
  get value(): string {
    return this._get('value');
  }
  delete(): void {
    this._op('customProperty.delete', null, (p) => {
      p.owner.customProperties.delete(p.key.toLowerCase());
    });
  }
}

class CustomPropertyCollectionObj extends Obj<FakeSheet> {
  protected readonly _kind = 'customProperties';
  private _items?: CustomPropertyObj[];
  protected _read(): unknown {
    throw invalid('Load the items of a collection.');
  }
  private find(key: string) {
    const sheet = this._ctx.engine.book.live(this._st()!);
    const p = sheet.customProperties.get(key.toLowerCase());
    return p ? { ...p, owner: sheet } : undefined;
  }
  add(key: string, value: string): CustomPropertyObj {
    return new CustomPropertyObj(this._ctx, {
      action: 'customProperties.add',
      payload: [key, value],
      resolve: () => {
        const sheet = this._ctx.engine.book.live(this._st()!);
        if (typeof key !== 'string' || key.length === 0 || key.length > 255)
          throw invalid('The key of a custom property must have 1 to 255 characters.');
        const p = { key, value: String(value) };
        sheet.customProperties.set(key.toLowerCase(), p);
        return { ...p, owner: sheet };
      },
    });
  }
  getItemOrNullObject(key: string): CustomPropertyObj {
    return new CustomPropertyObj(this._ctx, {
      action: 'customProperties.getItemOrNullObject',
      payload: key,
      resolve: () => this.find(key) ?? null,
    });
  }
  getItem(key: string): CustomPropertyObj {
    return new CustomPropertyObj(this._ctx, {
      action: 'customProperties.getItem',
      payload: key,
      resolve: () => {
        const p = this.find(key);
        if (!p) throw new FakeOfficeError('ItemNotFound', `The custom property '${key}' was not found.`);
        return p;
      },
    });
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    loadItems(
      this as Obj<unknown>,
      this._ctx,
      'customProperties',
      props,
      () => {
        const sheet = this._st()!;
        return [...sheet.customProperties.values()].map((p) => ({ ...p, owner: sheet }));
      },
      (s) => new CustomPropertyObj(this._ctx, { bound: s as { key: string; value: string; owner: FakeSheet } }),
      (it, p) => it['_read'](it._st()!, p),
      ['key', 'value'],
    );
    return this;
  }
  override _receive(values: Record<string, unknown>): void {
    this._items = values.__items as CustomPropertyObj[];
    this._synced = true;
  }
  get items(): CustomPropertyObj[] {
    if (!this._items) throw notLoaded('items');
    return this._items;
  }
}

class WorksheetObj extends Obj<FakeSheet> {
  protected readonly _kind = 'worksheet';
  readonly tables: TableCollectionObj;
  readonly charts: ChartCollectionObj;
  readonly customProperties: CustomPropertyCollectionObj;
  readonly freezePanes: {
    freezeRows(n?: number): void;
    freezeColumns(n?: number): void;
    freezeAt(r: string | RangeObj): void;
    unfreeze(): void;
  };
  readonly pageLayout: {
    orientation: string;
    paperSize: string;
    zoom: Record<string, number>;
    setPrintTitleRows(rows: string | RangeObj): void;
    setPrintTitleColumns(columns: string | RangeObj): void;
  };

  constructor(ctx: Ctx, how: How<FakeSheet>) {
    super(ctx, how);
    const live = () => ctx.engine.book.live(this._st()!);
    this.tables = new TableCollectionObj(ctx, { lazy: () => this._st() });
    this.charts = new ChartCollectionObj(ctx, { lazy: () => this._st() });
    this.customProperties = new CustomPropertyCollectionObj(ctx, { lazy: () => this._st() });
    const op = (name: string, v: unknown, fn: (s: FakeSheet) => void) =>
      ctx.enqueue(name, v, () => {
        fn(live());
      });
    this.freezePanes = {
      freezeRows: (n = 1) =>
        op('freezePanes.freezeRows', n, (s) => {
          s.freeze = { rows: n, columns: 0 };
        }),
      freezeColumns: (n = 1) =>
        op('freezePanes.freezeColumns', n, (s) => {
          s.freeze = { rows: 0, columns: n };
        }),
      freezeAt: (r: string | RangeObj) =>
        op('freezePanes.freezeAt', typeof r === 'string' ? r : 'range', (s) => {
          const rect = typeof r === 'string' ? parseAddress(r).rect : r._st()!.rect;
          s.freeze = { rows: rect.row + rect.rows, columns: rect.column + rect.columns };
        }),
      unfreeze: () =>
        op('freezePanes.unfreeze', null, (s) => {
          s.freeze = null;
        }),
    };
    this.pageLayout = {
      set orientation(v: string) {
        op('pageLayout.orientation', v, (s) => {
          if (v !== 'Landscape' && v !== 'Portrait') throw invalid(`Orientation '${v}' is not valid.`);
          s.pageLayout.orientation = v;
        });
      },
      get orientation(): string {
        throw notLoaded('orientation');
      },
      set paperSize(v: string) {
        op('pageLayout.paperSize', v, (s) => {
          s.pageLayout.paperSize = v;
        });
      },
      get paperSize(): string {
        throw notLoaded('paperSize');
      },
      set zoom(v: Record<string, number>) {
        op('pageLayout.zoom', v, (s) => {
          s.pageLayout.zoom = { ...v };
        });
      },
      get zoom(): Record<string, number> {
        throw notLoaded('zoom');
      },
      setPrintTitleRows: (rows: string | RangeObj) =>
        op('pageLayout.setPrintTitleRows', typeof rows === 'string' ? rows : 'range', (s) => {
          s.pageLayout.printTitleRows = typeof rows === 'string' ? rows : rectAddress(rows._st()!.rect);
        }),
      setPrintTitleColumns: (columns: string | RangeObj) =>
        op('pageLayout.setPrintTitleColumns', typeof columns === 'string' ? columns : 'range', (s) => {
          s.pageLayout.printTitleColumns = typeof columns === 'string' ? columns : rectAddress(columns._st()!.rect);
        }),
    };
  }

  protected override _all(): string[] {
    return ['name', 'id', 'position', 'visibility'];
  }
  protected _read(s: FakeSheet, prop: string): unknown {
    this._ctx.engine.book.live(s);
    switch (prop) {
      case 'name':
        return s.name;
      case 'id':
        return s.id;
      case 'position':
        return this._ctx.engine.book.state.sheets.indexOf(s);
      case 'visibility':
        return s.visibility;
      default:
        throw invalid(`The fake does not know the worksheet property '${prop}'.`);
    }
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._op('worksheet.name', v, (s) => this._ctx.engine.book.renameSheet(s, v));
  }
  get id(): string {
    return this._get('id');
  }
  get position(): number {
    return this._get('position');
  }
  get visibility(): string {
    return this._get('visibility');
  }
  set visibility(v: 'Visible' | 'Hidden' | 'VeryHidden') {
    this._op('worksheet.visibility', v, (s) => {
      this._ctx.engine.book.live(s).visibility = v;
    });
  }
  activate(): void {
    this._op('worksheet.activate', null, (s) => {
      this._ctx.engine.book.state.activeSheet = this._ctx.engine.book.live(s);
    });
  }
  delete(): void {
    this._op('worksheet.delete', null, (s) => this._ctx.engine.book.deleteSheet(s));
  }
  private range(name: string, payload: unknown, rect: (s: FakeSheet) => FakeRect | null): RangeObj {
    return new RangeObj(this._ctx, {
      action: name,
      payload,
      resolve: () => {
        const s = this._st();
        if (s === null) return null;
        this._ctx.engine.book.live(s);
        const r = rect(s);
        return r && { sheet: s, rect: r };
      },
    });
  }
  getRange(address?: string): RangeObj {
    return this.range('worksheet.getRange', address ?? null, () =>
      address === undefined ? { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS } : parseAddress(address).rect,
    );
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeObj {
    return this.range('worksheet.getRangeByIndexes', [row, column, rows, columns], () => {
      if (
        ![row, column, rows, columns].every(Number.isInteger) ||
        row < 0 ||
        column < 0 ||
        rows < 1 ||
        columns < 1 ||
        row + rows > MAX_ROWS ||
        column + columns > MAX_COLUMNS
      ) {
        throw invalid(`getRangeByIndexes(${row}, ${column}, ${rows}, ${columns}) is outside the sheet.`);
      }
      return { row, column, rows, columns };
    });
  }
  getUsedRange(valuesOnly = false): RangeObj {
    return this.range(
      'worksheet.getUsedRange',
      valuesOnly,
      (s) => this._ctx.engine.book.usedRect(s, valuesOnly) ?? { row: 0, column: 0, rows: 1, columns: 1 },
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeObj {
    return this.range('worksheet.getUsedRangeOrNullObject', valuesOnly, (s) => this._ctx.engine.book.usedRect(s, valuesOnly));
  }
}

class WorksheetCollectionObj extends Obj<'workbook'> {
  protected readonly _kind = 'worksheets';
  private _items?: WorksheetObj[];
  protected _read(): unknown {
    throw invalid('Load the items of a collection.');
  }
  add(name?: string): WorksheetObj {
    return new WorksheetObj(this._ctx, {
      action: 'worksheets.add',
      payload: name ?? null,
      resolve: () => this._ctx.engine.book.addSheet(name),
    });
  }
  getItem(key: string): WorksheetObj {
    return new WorksheetObj(this._ctx, {
      action: 'worksheets.getItem',
      payload: key,
      resolve: () => {
        const s = this._ctx.engine.book.findSheet(key);
        if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: sheet '${key}'.`);
        return s;
      },
    });
  }
  getItemOrNullObject(key: string): WorksheetObj {
    return new WorksheetObj(this._ctx, {
      action: 'worksheets.getItemOrNullObject',
      payload: key,
      resolve: () => this._ctx.engine.book.findSheet(key) ?? null,
    });
  }
  getActiveWorksheet(): WorksheetObj {
    return new WorksheetObj(this._ctx, { action: 'worksheets.getActiveWorksheet', resolve: () => this._ctx.engine.book.state.activeSheet });
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    loadItems(
      this as Obj<unknown>,
      this._ctx,
      'worksheets',
      props,
      () => this._ctx.engine.book.state.sheets,
      (s) => new WorksheetObj(this._ctx, { bound: s as FakeSheet }),
      (it, p) => it['_read'](it._st()!, p),
      ['name', 'id', 'position', 'visibility'],
    );
    return this;
  }
  override _receive(values: Record<string, unknown>): void {
    this._items = values.__items as WorksheetObj[];
    this._synced = true;
  }
  get items(): WorksheetObj[] {
    if (!this._items) throw notLoaded('items');
    return this._items;
  }
}

class SettingObj extends Obj<{ key: string; value: unknown }> {
  protected readonly _kind = 'setting';
  protected override _all(): string[] {
    return ['key', 'value'];
  }
  protected _read(s: { key: string; value: unknown }, prop: string): unknown {
    if (prop === 'key') return s.key;
    if (prop === 'value') return s.value;
    throw invalid(`The fake does not know the setting property '${prop}'.`);
  }
  get key(): string {
    return this._get('key');
  }
  get value(): unknown {
    return this._get('value');
  }
  delete(): void {
    this._op('setting.delete', null, (s) => {
      this._ctx.engine.book.state.settings.delete(s.key);
    });
  }
}

class SettingCollectionObj extends Obj<'workbook'> {
  protected readonly _kind = 'settings';
  private _items?: SettingObj[];
  protected _read(): unknown {
    throw invalid('Load the items of a collection.');
  }
  add(key: string, value: unknown): SettingObj {
    return new SettingObj(this._ctx, {
      action: 'settings.add',
      payload: [key, value],
      resolve: () => {
        // Office stores settings as JSON.
        const s = { key, value: JSON.parse(JSON.stringify(value ?? null)) as unknown };
        this._ctx.engine.book.state.settings.set(key, s);
        return s;
      },
    });
  }
  getItemOrNullObject(key: string): SettingObj {
    return new SettingObj(this._ctx, {
      action: 'settings.getItemOrNullObject',
      payload: key,
      resolve: () => this._ctx.engine.book.state.settings.get(key) ?? null,
    });
  }
  getItem(key: string): SettingObj {
    return new SettingObj(this._ctx, {
      action: 'settings.getItem',
      payload: key,
      resolve: () => {
        const s = this._ctx.engine.book.state.settings.get(key);
        if (!s) throw new FakeOfficeError('ItemNotFound', `The setting '${key}' was not found.`);
        return s;
      },
    });
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    loadItems(
      this as Obj<unknown>,
      this._ctx,
      'settings',
      props,
      () => [...this._ctx.engine.book.state.settings.values()],
      (s) => new SettingObj(this._ctx, { bound: s as { key: string; value: unknown } }),
      (it, p) => it['_read'](it._st()!, p),
      ['key', 'value'],
    );
    return this;
  }
  override _receive(values: Record<string, unknown>): void {
    this._items = values.__items as SettingObj[];
    this._synced = true;
  }
  get items(): SettingObj[] {
    if (!this._items) throw notLoaded('items');
    return this._items;
  }
}

class NamedItemObj extends Obj<string> {
  protected readonly _kind = 'namedItem';
  protected override _all(): string[] {
    return ['name'];
  }
  protected _read(s: string, prop: string): unknown {
    if (prop === 'name') return s;
    throw invalid(`The fake does not know the name property '${prop}'.`);
  }
  get name(): string {
    return this._get('name');
  }
}

class NamedItemCollectionObj extends Obj<'workbook'> {
  protected readonly _kind = 'names';
  private _items?: NamedItemObj[];
  protected _read(): unknown {
    throw invalid('Load the items of a collection.');
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    loadItems(
      this as Obj<unknown>,
      this._ctx,
      'names',
      props,
      () => this._ctx.engine.book.state.names,
      (s) => new NamedItemObj(this._ctx, { bound: s as string }),
      (it, p) => it['_read'](it._st()!, p),
      ['name'],
    );
    return this;
  }
  override _receive(values: Record<string, unknown>): void {
    this._items = values.__items as NamedItemObj[];
    this._synced = true;
  }
  get items(): NamedItemObj[] {
    if (!this._items) throw notLoaded('items');
    return this._items;
  }
}

class WorkbookObj {
  readonly worksheets: WorksheetCollectionObj;
  readonly tables: TableCollectionObj;
  readonly settings: SettingCollectionObj;
  readonly names: NamedItemCollectionObj;
  readonly application: {
    suspendApiCalculationUntilNextSync(): void;
    suspendScreenUpdatingUntilNextSync(): void;
    calculate(type: string): void;
  };
  constructor(ctx: Ctx) {
    this.worksheets = new WorksheetCollectionObj(ctx, { bound: 'workbook' });
    this.tables = new TableCollectionObj(ctx, { bound: 'workbook' });
    this.settings = new SettingCollectionObj(ctx, { bound: 'workbook' });
    this.names = new NamedItemCollectionObj(ctx, { bound: 'workbook' });
    this.application = {
      suspendApiCalculationUntilNextSync: () => ctx.enqueue('application.suspendApiCalculationUntilNextSync', null, () => undefined),
      suspendScreenUpdatingUntilNextSync: () => ctx.enqueue('application.suspendScreenUpdatingUntilNextSync', null, () => undefined),
      calculate: (type: string) =>
        ctx.enqueue('application.calculate', type, () => {
          ctx.engine.book.state.calculations++;
        }),
    };
  }
  getActiveWorksheet(): WorksheetObj {
    return this.worksheets.getActiveWorksheet();
  }
}

// ------------------------------------------------------------------------------------------ the engine

class Engine {
  readonly book = new Book();
  stats: FakeStats = Engine.freshStats();
  readonly limits: FakeLimits;
  private syncCount = 0;
  private failures = new Map<number, { afterActions: number; code: string }>();
  private hangs = new Set<number>();

  constructor(limits: Partial<FakeLimits>) {
    this.limits = { maxRequestBytes: 5 * 1024 * 1024, maxResponseBytes: 5 * 1024 * 1024, maxCellsPerRead: 5_000_000, ...limits };
  }

  static freshStats(): FakeStats {
    return {
      runs: 0,
      syncs: 0,
      actions: {},
      maxRequestBytes: 0,
      maxResponseBytes: 0,
      totalRequestBytes: 0,
      totalResponseBytes: 0,
      untracked: 0,
      perSync: [],
    };
  }

  failAt(n: number, afterActions = 0, code = 'GeneralException'): void {
    this.failures.set(this.syncCount + n, { afterActions, code });
  }

  hangAt(n: number): void {
    this.hangs.add(this.syncCount + n);
  }

  async sync(ctx: Ctx): Promise<void> {
    const n = ++this.syncCount;
    this.stats.syncs++;
    const actions = ctx.queue;
    ctx.queue = [];
    ctx.instantiated = [];
    const request = actions.reduce((a, x) => a + x.bytes, 0);
    const record = { request, response: 0, actions: actions.length, ok: false };
    this.stats.perSync.push(record);
    this.stats.totalRequestBytes += request;
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, request);
    await Promise.resolve();
    if (this.hangs.has(n)) return new Promise<void>(() => undefined);
    if (request > this.limits.maxRequestBytes) {
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size (${request} bytes) has exceeded the limit (${this.limits.maxRequestBytes}).`,
      );
    }
    const failure = this.failures.get(n);
    const results: LoadResult[] = [];
    actions.forEach((a, i) => {
      if (failure && i === failure.afterActions)
        throw new FakeOfficeError(failure.code, `Injected failure at sync ${n}, after ${i} operations.`);
      const r = a.exec();
      if (r instanceof LoadResult) results.push(r);
    });
    if (failure) throw new FakeOfficeError(failure.code, `Injected failure at sync ${n}, after all its operations.`);
    const response = utf8(JSON.stringify(results.map((r) => ({ ...r.values, __items: undefined })))) + RESPONSE_OVERHEAD * actions.length;
    record.response = response;
    this.stats.totalResponseBytes += response;
    this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, response);
    if (response > this.limits.maxResponseBytes) {
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size (${response} bytes) has exceeded the limit (${this.limits.maxResponseBytes}).`,
      );
    }
    for (const r of results) r.target._receive(r.values);
    for (const o of ctx.instantiated) o._synced = true;
    ctx.instantiated = [];
    record.ok = true;
  }

  run: FakeRun = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.stats.runs++;
    const ctx = new Ctx(this);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.queue.length) await ctx.sync();
    return result;
  };
}

// ------------------------------------------------------------------------------------------ the fake

function plainCell(c: FakeCell): unknown {
  return { ...c, format: c.format ? { ...c.format } : undefined };
}

function grid(book: Book, sheet: FakeSheet, pick: (c: FakeCell) => FakeScalar | null): (FakeScalar | null)[][] {
  const used = book.usedRect(sheet, true);
  if (!used) return [];
  const out: (FakeScalar | null)[][] = [];
  for (let r = 0; r < used.row + used.rows; r++) {
    const line: (FakeScalar | null)[] = [];
    for (let c = 0; c < used.column + used.columns; c++) {
      const cell = book.cell(sheet, r, c);
      line.push(cell ? pick(cell) : null);
    }
    out.push(line);
  }
  return out;
}

/**
 * A fake Excel over the given sheets (name → rows from A1; a cell is a value — typed as a user would —
 * or `{ value, formula, numberFormat }`). The first sheet is active.
 */
export function createFakeExcel(initialSheets: Record<string, FakeInput[][]> = {}, limits: Partial<FakeLimits> = {}): FakeExcel {
  const engine = new Engine(limits);
  const book = engine.book;

  const setCells = (sheetName: string, topLeft: string, rows: FakeInput[][]) => {
    const sheet = book.findSheet(sheetName);
    if (!sheet) throw new Error(`fake: no sheet '${sheetName}'`);
    const { rect } = parseAddress(topLeft);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const r = rect.row + i;
        const c = rect.column + j;
        if (v !== null && typeof v === 'object') {
          const cell = book.cell(sheet, r, c, true);
          if (v.numberFormat !== undefined) cell.numberFormat = v.numberFormat;
          if (v.formula !== undefined) book.enter(sheet, r, c, v.formula);
          else book.enter(sheet, r, c, v.value ?? null);
        } else book.enter(sheet, r, c, v);
      }),
    );
  };
  const addSheet = (name: string, rows: FakeInput[][] = []) => {
    const sheet = book.addSheet(name);
    if (rows.length) setCells(name, 'A1', rows);
    return sheet;
  };
  for (const [name, rows] of Object.entries(initialSheets)) addSheet(name, rows);

  const fake: FakeExcel = {
    run: engine.run,
    workbookState: book.state,
    get stats() {
      return engine.stats;
    },
    limits: engine.limits,
    failAt: (n, options = {}) => engine.failAt(n, options.afterActions ?? 0, options.code),
    hangAt: (n) => engine.hangAt(n),
    resetStats: () => {
      engine.stats = Engine.freshStats();
    },
    snapshot: () => ({
      sheets: book.state.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        visibility: s.visibility,
        cells: [...s.cells.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([r, row]) => [r, [...row.entries()].sort((a, b) => a[0] - b[0]).map(([c, cell]) => [c, plainCell(cell)])]),
        columnWidths: [...s.columnWidths.entries()].sort(),
        rowHeights: [...s.rowHeights.entries()].sort(),
        merges: s.merges.map((m) => ({ ...m })),
        freeze: s.freeze && { ...s.freeze },
        pageLayout: JSON.parse(JSON.stringify(s.pageLayout)) as unknown,
        validations: [...s.validations.entries()].sort(),
        customProperties: [...s.customProperties.values()].map((p) => ({ ...p })),
      })),
      tables: book.state.tables.map((t) => ({ ...t, sheet: t.sheet.name, rect: { ...t.rect } })),
      charts: book.state.charts.map(
        (c) =>
          JSON.parse(JSON.stringify({ ...c, sheet: c.sheet.name, source: rectAddress(c.source.rect), series: c.series.length })) as unknown,
      ),
      settings: [...book.state.settings.values()].map((s) => JSON.parse(JSON.stringify(s)) as unknown),
      names: [...book.state.names],
      active: book.state.activeSheet?.name ?? null,
    }),
    sheet: (name) => book.findSheet(name),
    sheetNames: () => book.state.sheets.map((s) => s.name),
    values: (name) => {
      const sheet = book.findSheet(name);
      return sheet ? grid(book, sheet, (c) => c.value) : [];
    },
    formulas: (name) => {
      const sheet = book.findSheet(name);
      return sheet ? grid(book, sheet, (c) => c.formula ?? c.value) : [];
    },
    cell: (name, address) => {
      const sheet = book.findSheet(name);
      if (!sheet) return undefined;
      const { rect } = parseAddress(address);
      return book.cell(sheet, rect.row, rect.column);
    },
    setCells,
    addSheet,
    excel: {
      run: engine.run,
      ChartType: { barClustered: 'BarClustered', columnClustered: 'ColumnClustered' },
      CalculationType: { recalculate: 'Recalculate', full: 'Full', fullRebuild: 'FullRebuild' },
    },
  };
  return fake;
}
