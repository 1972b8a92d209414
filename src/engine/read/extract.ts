import type {
  CellValue,
  ColumnGuess,
  PurchaseLine,
  RejectedRow,
  Role,
  SkippedRow,
  SourceSnapshot,
  SourceTable,
  TableLayout,
  Tick,
} from '../model';
import { TICK_EVERY } from '../model';
import { fold } from '../text/normalize';
import { dataShapeMinimum, filledCount, guessLayout, headerName, headerRowScore, isNamesOnlyHeader, layoutAt } from './headers';
import {
  cellText,
  detectDecimalStyle,
  isBlank,
  normaliseCpv,
  normaliseVat,
  parseAmount,
  parseDate,
  parseNumber,
  type DecimalStyle,
} from './values';

export interface TableResult {
  layout: TableLayout;
  /**
   * Further header rows of another shape below the first section, each with the layout its rows
   * are read by (1-based `fromRow` is that header row). Empty for most tables.
   */
  sections: { fromRow: number; layout: TableLayout; amountMode: TableResult['amountMode'] }[];
  /** How amounts were found: one net column, a VAT-inclusive one, or debit minus credit. */
  amountMode: 'net' | 'gross' | 'debit-credit' | 'none';
  decimalStyle: DecimalStyle;
  /**
   * ISO currency of the amounts: from the amount header or symbols in the values; else the currency
   * the source's tables name most in their first rows; euro when nothing names one.
   */
  currency: string;
  /** True when nothing in the source named the currency (`currency` is then euro, or what `analyze` finds the other sources name). */
  currencyUnnamed: boolean;
  lines: PurchaseLine[];
  skipped: SkippedRow[];
  rejected: RejectedRow[];
  /** Sum of every readable amount under the header, totals rows included. */
  columnTotalCents: number;
  /** Sum of the totals rows that were skipped. */
  totalsCents: number;
  /** Dates that could not be read: the line is kept, the date left empty. */
  badDates: { row: number; value: string }[];
  /**
   * Texts longer than a spreadsheet cell holds (32,767 characters; a CSV can hold more), cut to that
   * length: the line is kept. `column` is 1-based, `length` the text's length before the cut.
   */
  cutTexts: { row: number; column: number; length: number }[];
  /**
   * Header names that stand above more than one column (two columns `Bedrag`): which column is read
   * for the role, so the choice is said, not silent. Columns are 1-based, in sheet order; `row` is the header row.
   */
  duplicateHeaders: { row: number; header: string; columns: number[]; used: number; role: Role }[];
}

/** The most characters an Excel cell holds; longer source texts are cut to it (the line is kept). */
export const MAX_CELL_TEXT = 32_767;

// The whole cell must be a totals label: `Total Energies` is a supplier, not a totals row.
const TOTAL_WORDS =
  /^(?:sub ?|grand |algemeen |eind)?(?:totaal|totalen|total|totals|totaux|sous total|som|somme|subtotal)(?: (?:generaal|general|generale|algemeen|excl|incl|btw|tva|htva|vat|eur|euro|gbp|bedrag|montant|amount|[0-9]+))*$/;
// A cheap test before folding: most cells are not totals labels.
const MAYBE_TOTAL = /^\W*(?:sub|grand|algemeen|eind)?\W*(?:tot|som|sous)/i;
const MAX_VALUE_TEXT = 80;
const REJECT_CODE = { unreadable: 'amount-unreadable', ambiguous: 'amount-ambiguous', 'too-large': 'amount-too-large' } as const;

function columnOf(layout: TableLayout, role: Role): ColumnGuess | undefined {
  return layout.columns.find((c) => c.role === role);
}

/**
 * Applies a user-confirmed mapping over the guess: the user's columns win, with full confidence, and
 * a role the user set to "none" (a negative column) is dropped from the guess.
 */
export function withMapping(layout: TableLayout, table: SourceTable, mapping: Partial<Record<Role, number>> | undefined): TableLayout {
  if (!mapping) return layout;
  const header = table.rows[layout.headerRow - 1] ?? [];
  const chosen = Object.entries(mapping).filter(([, col]) => typeof col === 'number' && col >= 0) as [Role, number][];
  const usedCols = new Set(chosen.map(([, c]) => c));
  const usedRoles = new Set<Role>(Object.keys(mapping) as Role[]);
  const kept = layout.columns.filter((c) => !usedCols.has(c.column) && !usedRoles.has(c.role));
  const added = chosen.map(([role, column]) => ({ role, column, header: headerName(header[column] ?? null), confidence: 1 }));
  return { ...layout, columns: [...kept, ...added].sort((a, b) => a.column - b.column) };
}

/** The reading rules in force from a header row on: which column holds what, and how amounts are written. */
interface Section {
  layout: TableLayout;
  amountMode: TableResult['amountMode'];
  amountCol: ColumnGuess | undefined;
  credit: ColumnGuess | undefined;
  decimalStyle: DecimalStyle;
  headerFolded: string[];
  /** The 0-based column of each role, -1 when the layout has none (looked up once, read per row). */
  at: Record<Role, number>;
}

const NO_COLUMNS: Record<Role, number> = {
  amount: -1,
  amountInclVat: -1,
  debit: -1,
  credit: -1,
  date: -1,
  supplier: -1,
  supplierVat: -1,
  description: -1,
  quantity: -1,
  unit: -1,
  unitPrice: -1,
  account: -1,
  accountName: -1,
  cpv: -1,
  service: -1,
  reference: -1,
  category: -1,
};

function sectionFor(rows: readonly CellValue[][], layout: TableLayout, from: number, to: number): Section {
  const net = columnOf(layout, 'amount');
  const gross = columnOf(layout, 'amountInclVat');
  const debit = columnOf(layout, 'debit');
  const credit = columnOf(layout, 'credit');
  const amountMode: TableResult['amountMode'] = net ? 'net' : gross ? 'gross' : debit ? 'debit-credit' : 'none';
  const amountCol = net ?? gross ?? debit;
  const amountCols = [amountCol, credit].filter((c): c is ColumnGuess => !!c);
  const decimalStyle = detectDecimalStyle(
    rows.slice(from, Math.min(to, from + 2000)).flatMap((row) => amountCols.map((c) => row[c.column] ?? null)),
  );
  const headerFolded = layout.headerRow > 0 ? (rows[layout.headerRow - 1] ?? []).map((c) => fold(cellText(c))) : [];
  // Every role is present from the start (-1 for none), so the per-row reads stay on one object shape.
  const at = { ...NO_COLUMNS };
  for (const c of layout.columns) if (at[c.role] < 0) at[c.role] = c.column;
  return { layout, amountMode, amountCol, credit: amountMode === 'debit-credit' ? credit : undefined, decimalStyle, headerFolded, at };
}

export function extractTable(snapshot: SourceSnapshot, sourceIndex: number, tableIndex: number, tick?: Tick): TableResult {
  const table = snapshot.tables[tableIndex]!;
  const rows = table.rows;
  const layout = withMapping(guessLayout(rows), table, snapshot.mapping);
  const firstData = layout.headerRow; // 0-based index of the first row under the header
  const headerIndex = firstData - 1;
  // Data rows can stand above the header too (an export sorted with its header among the data).
  const dataAbove = headerIndex > 0 ? dataRowsAbove(rows, layout) : new Set<number>();
  let section = sectionFor(
    rows,
    layout,
    dataAbove.size > rows.length - firstData ? 0 : firstData,
    dataAbove.size > rows.length - firstData ? headerIndex : rows.length,
  );
  const result: TableResult = {
    layout,
    sections: [],
    amountMode: section.amountMode,
    decimalStyle: 'comma',
    currency: 'EUR',
    currencyUnnamed: true,
    lines: [],
    skipped: [],
    rejected: [],
    columnTotalCents: 0,
    totalsCents: 0,
    badDates: [],
    cutTexts: [],
    duplicateHeaders: duplicateHeaders(rows, layout),
  };
  const where = { source: sourceIndex, table: tableIndex };
  const amountCol = section.amountCol;
  if (!amountCol) {
    for (let r = 0; r < rows.length; r++) {
      result.skipped.push({ ...where, row: r + 1, reason: rowIsBlank(rows[r]) ? 'blank' : r === headerIndex ? 'header' : 'title' });
    }
    return result;
  }
  result.decimalStyle = section.decimalStyle;
  const named =
    detectCurrency(
      amountCol.header,
      [...dataAbove, ...range(firstData, Math.min(rows.length, firstData + 200))].map((r) => rows[r]?.[amountCol.column] ?? null),
    ) ?? sourceCurrency(snapshot);
  result.currency = named ?? 'EUR';
  result.currencyUnnamed = named === null;

  for (let r = 0; r < rows.length; r++) {
    if (tick && r % TICK_EVERY === 0) tick(r, rows.length);
    const row = rows[r] ?? [];
    const rowNumber = r + 1;
    if (rowIsBlank(row)) {
      result.skipped.push({ ...where, row: rowNumber, reason: 'blank' });
      continue;
    }
    if (r < headerIndex && !dataAbove.has(r)) {
      result.skipped.push({ ...where, row: rowNumber, reason: 'title' });
      continue;
    }
    if (r === headerIndex || (section.headerFolded.length > 0 && isHeaderRepeat(row, section.headerFolded))) {
      result.skipped.push({ ...where, row: rowNumber, reason: 'header' });
      continue;
    }
    const main = section.amountCol!;
    const amount = readAmount(row, main, section.credit, section.decimalStyle);
    if (!amount.ok && r > headerIndex) {
      // A header of another shape below the data: the rows under it follow their own layout
      // (a year's export continued in a second column order).
      const next = layoutBelow(rows, r);
      if (next) {
        section = sectionFor(rows, next, r + 1, rows.length);
        result.sections.push({ fromRow: rowNumber, layout: next, amountMode: section.amountMode });
        result.duplicateHeaders.push(...duplicateHeaders(rows, next));
        result.skipped.push({ ...where, row: rowNumber, reason: 'header' });
        continue;
      }
    }
    if (amount.ok) result.columnTotalCents += amount.cents;
    if (isTotalsRow(row, section.layout)) {
      result.skipped.push({ ...where, row: rowNumber, reason: 'total', ...(amount.ok ? { amountCents: amount.cents } : {}) });
      if (amount.ok) result.totalsCents += amount.cents;
      continue;
    }
    if (!amount.ok) {
      const raw = row[main.column] ?? null;
      result.rejected.push({
        ...where,
        row: rowNumber,
        column: main.column + 1,
        header: main.header,
        code: isBlank(raw) ? 'amount-missing' : REJECT_CODE[amount.code],
        value: cutText(cellText(raw), MAX_VALUE_TEXT),
      });
      continue;
    }
    // A literal, not `{ ...where }`: V8 makes spread objects that then gain properties very slow (50× at 100,000 lines).
    // Every field is there from the start, unset ones undefined: all lines then share one shape, and
    // the passes that read them do not slow down on lines of a dozen shapes.
    const line: PurchaseLine = {
      source: sourceIndex,
      table: tableIndex,
      row: rowNumber,
      amountCents: amount.cents,
      // In the order `readLine` fills them in.
      date: undefined,
      supplier: undefined,
      supplierVat: undefined,
      description: undefined,
      unit: undefined,
      account: undefined,
      accountName: undefined,
      cpv: undefined,
      service: undefined,
      reference: undefined,
      sourceCategory: undefined,
      quantity: undefined,
      unitPriceCents: undefined,
    };
    result.lines.push(readLine(row, section, line, result));
  }
  return result;
}

function readLine(
  row: CellValue[],
  section: Section,
  line: PurchaseLine,
  result: Pick<TableResult, 'badDates' | 'cutTexts'>,
): PurchaseLine {
  const at = section.at;
  // By column, not by role: `at[role]` is a lookup by a key that changes on every call.
  const text = (c: number): string | undefined => {
    if (c < 0) return undefined;
    const t = cellText(row[c] ?? null);
    if (t === '') return undefined;
    if (t.length <= MAX_CELL_TEXT) return t;
    result.cutTexts.push({ row: line.row, column: c + 1, length: t.length });
    return cutText(t, MAX_CELL_TEXT);
  };
  const cell = (c: number): CellValue => (c < 0 ? null : (row[c] ?? null));
  const dateCell = cell(at.date);
  if (!isBlank(dateCell)) {
    const iso = parseDate(dateCell);
    if (iso) line.date = iso;
    else result.badDates.push({ row: line.row, value: cutText(cellText(dateCell), MAX_VALUE_TEXT) });
  }
  const supplier = text(at.supplier);
  if (supplier !== undefined) line.supplier = supplier;
  const vat = at.supplierVat < 0 ? null : normaliseVat(row[at.supplierVat] ?? null);
  if (vat !== null) line.supplierVat = vat;
  const description = text(at.description);
  if (description !== undefined) line.description = description;
  const unit = text(at.unit);
  if (unit !== undefined) line.unit = unit;
  const account = text(at.account);
  if (account !== undefined) line.account = account;
  const accountName = text(at.accountName);
  if (accountName !== undefined) line.accountName = accountName;
  const cpv = at.cpv < 0 ? null : normaliseCpv(row[at.cpv] ?? null);
  if (cpv !== null) line.cpv = cpv;
  const service = text(at.service);
  if (service !== undefined) line.service = service;
  const reference = text(at.reference);
  if (reference !== undefined) line.reference = reference;
  const category = text(at.category);
  if (category !== undefined) line.sourceCategory = category;
  const qty = at.quantity < 0 ? null : parseNumber(row[at.quantity] ?? null, section.decimalStyle);
  if (qty !== null && qty !== 0) line.quantity = qty;
  const price = cell(at.unitPrice);
  if (!isBlank(price)) {
    const p = parseAmount(price, section.decimalStyle);
    if (p.ok) line.unitPriceCents = p.cents;
  }
  return line;
}

/** The first `max` characters of a text, without splitting a character made of two UTF-16 units. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** Header names (folded) that stand above more than one column, for each role read from one of them. */
function duplicateHeaders(rows: readonly CellValue[][], layout: TableLayout): TableResult['duplicateHeaders'] {
  if (layout.headerRow === 0) return [];
  const header = rows[layout.headerRow - 1] ?? [];
  const byName = new Map<string, number[]>();
  header.forEach((cell, c) => {
    const name = fold(cellText(cell));
    if (name) byName.set(name, [...(byName.get(name) ?? []), c + 1]);
  });
  const out: TableResult['duplicateHeaders'] = [];
  for (const g of layout.columns) {
    const columns = byName.get(fold(cellText(header[g.column] ?? null)));
    if (columns && columns.length > 1)
      out.push({ row: layout.headerRow, header: headerName(header[g.column] ?? null), columns, used: g.column + 1, role: g.role });
  }
  return out;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/**
 * Rows above the header that are data, not titles: shaped like a data row (at least half as many
 * filled cells as the header names, and three) with a readable amount.
 */
function dataRowsAbove(rows: readonly CellValue[][], layout: TableLayout): Set<number> {
  const headerIndex = layout.headerRow - 1;
  const amountCol = columnOf(layout, 'amount') ?? columnOf(layout, 'amountInclVat') ?? columnOf(layout, 'debit');
  const found = new Set<number>();
  if (!amountCol) return found;
  const credit = columnOf(layout, 'credit');
  const minFilled = dataShapeMinimum(rows[headerIndex] ?? []);
  for (let r = 0; r < headerIndex; r++) {
    const row = rows[r] ?? [];
    if (filledCount(row) < minFilled) continue;
    const raw = row[amountCol.column] ?? null;
    const rawCredit = credit ? (row[credit.column] ?? null) : null;
    if ((!isBlank(raw) && parseAmount(raw, 'dot').ok) || (!isBlank(rawCredit) && parseAmount(rawCredit, 'dot').ok)) found.add(r);
  }
  return found;
}

/** The layout a row starts when it is a header row of its own (names, an amount among them, no numbers). */
function layoutBelow(rows: readonly CellValue[][], r: number): TableLayout | undefined {
  if (!isNamesOnlyHeader(rows[r] ?? [])) return undefined;
  let end = r + 1;
  while (end < rows.length && !headerRowScore(rows[end] ?? []).header) end++;
  const layout = layoutAt(rows, r, end, false);
  return columnOf(layout, 'amount') || columnOf(layout, 'amountInclVat') || columnOf(layout, 'debit') ? layout : undefined;
}

function readAmount(row: CellValue[], main: ColumnGuess, credit: ColumnGuess | undefined, style: DecimalStyle) {
  const raw = row[main.column] ?? null;
  if (!credit) return parseAmount(raw, style);
  // Debit/credit layouts: one of the two is filled; an empty side counts as zero.
  const rawCredit = row[credit.column] ?? null;
  if (isBlank(raw) && isBlank(rawCredit)) return parseAmount(raw, style);
  const d = isBlank(raw) ? ({ ok: true, cents: 0 } as const) : parseAmount(raw, style);
  const c = isBlank(rawCredit) ? ({ ok: true, cents: 0 } as const) : parseAmount(rawCredit, style);
  if (!d.ok) return d;
  if (!c.ok) return c;
  return { ok: true as const, cents: d.cents - c.cents };
}

/** The currency the amount header or the amounts name, or null when they name none. */
function detectCurrency(header: string, values: readonly CellValue[]): string | null {
  return currencyIn([header, ...values.filter((v): v is string => typeof v === 'string')].join(' '));
}

function currencyIn(text: string): string | null {
  // `amount_gbp`, `Net Amount (GBP)`: the code stands between any non-letters.
  if (/£|(?<![a-z])gbp(?![a-z])/i.test(text)) return 'GBP';
  if (/\$|(?<![a-z])usd(?![a-z])/i.test(text)) return 'USD';
  if (/€|(?<![a-z])eur(?![a-z])/i.test(text)) return 'EUR';
  return null;
}

const SOURCE_CURRENCY = new WeakMap<SourceSnapshot, string | null>();
const CURRENCY_SCAN_ROWS = 50;

/**
 * The currency one administration's tables name most, from the text of their first rows: a month's
 * export whose header lost its `£` (or never had one) is in the same currency as the other months.
 */
function sourceCurrency(snapshot: SourceSnapshot): string | null {
  if (SOURCE_CURRENCY.has(snapshot)) return SOURCE_CURRENCY.get(snapshot) ?? null;
  const votes = new Map<string, number>();
  for (const t of snapshot.tables) {
    const text = t.rows
      .slice(0, CURRENCY_SCAN_ROWS)
      .flatMap((row) => row.filter((v): v is string => typeof v === 'string'))
      .join(' ');
    const c = currencyIn(text);
    if (c) votes.set(c, (votes.get(c) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  SOURCE_CURRENCY.set(snapshot, best);
  return best;
}

function rowIsBlank(row: CellValue[] | undefined): boolean {
  return !row || row.every(isBlank);
}

function isHeaderRepeat(row: CellValue[], header: string[]): boolean {
  // Most rows differ from the header in their first labelled cell; only fold the rest when it matches.
  const first = header.findIndex(Boolean);
  if (first < 0 || fold(cellText(row[first] ?? null)) !== header[first]) return false;
  let same = 0;
  let filled = 0;
  for (let c = 0; c < header.length; c++) {
    if (!header[c]) continue;
    filled++;
    if (fold(cellText(row[c] ?? null)) === header[c]) same++;
  }
  return filled > 0 && same >= Math.max(2, Math.ceil(filled * 0.6));
}

/** A cell that names a totals row (`Totaal`, `Sous-total`, `Grand total excl. btw`, …). */
function isTotalsLabel(v: CellValue): boolean {
  return typeof v === 'string' && MAYBE_TOTAL.test(v) && TOTAL_WORDS.test(fold(v));
}

/**
 * A totals row names itself (`Totaal`, `Total`, …) and has no supplier or description of its own;
 * other text in it (a currency, a period) does not matter.
 */
function isTotalsRow(row: CellValue[], layout: TableLayout): boolean {
  // Most rows name a supplier or a product: such a cell that is no totals label settles it at once,
  // without testing every text of the row.
  for (const c of layout.columns) {
    if (c.role !== 'supplier' && c.role !== 'description') continue;
    const v = row[c.column] ?? null;
    if (!isBlank(v) && !isTotalsLabel(v)) return false;
  }
  let labelColumn = -1;
  for (let c = 0; c < row.length; c++) {
    if (isTotalsLabel(row[c] ?? null)) {
      labelColumn = c;
      break;
    }
  }
  if (labelColumn < 0) return false;
  return layout.columns
    .filter((c) => c.role === 'supplier' || c.role === 'description')
    .every((c) => c.column === labelColumn || isBlank(row[c.column] ?? null));
}
