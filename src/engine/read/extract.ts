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
} from '../model';
import { fold } from '../text/normalize';
import { guessLayout } from './headers';
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
  /** How amounts were found: one net column, a VAT-inclusive one, or debit minus credit. */
  amountMode: 'net' | 'gross' | 'debit-credit' | 'none';
  decimalStyle: DecimalStyle;
  /** ISO currency of the amounts: from the amount header or symbols in the values; euro unless told otherwise. */
  currency: string;
  lines: PurchaseLine[];
  skipped: SkippedRow[];
  rejected: RejectedRow[];
  /** Sum of every readable amount under the header, totals rows included. */
  columnTotalCents: number;
  /** Sum of the totals rows that were skipped. */
  totalsCents: number;
  /** Dates that could not be read: the line is kept, the date left empty. */
  badDates: { row: number; value: string }[];
}

// The whole cell must be a totals label: `Total Energies` is a supplier, not a totals row.
const TOTAL_WORDS =
  /^(?:sub ?|grand |algemeen |eind)?(?:totaal|totalen|total|totals|totaux|sous total|som|somme|subtotal)(?: (?:generaal|general|generale|algemeen|excl|incl|btw|tva|htva|vat|eur|euro|gbp|bedrag|montant|amount|[0-9]+))*$/;
// A cheap test before folding: most cells are not totals labels.
const MAYBE_TOTAL = /^\W*(?:sub|grand|algemeen|eind)?\W*(?:tot|som|sous)/i;
const MAX_VALUE_TEXT = 80;

function columnOf(layout: TableLayout, role: Role): ColumnGuess | undefined {
  return layout.columns.find((c) => c.role === role);
}

/** Applies a user-confirmed mapping over the guess: the user's columns win, with full confidence. */
export function withMapping(layout: TableLayout, table: SourceTable, mapping: Partial<Record<Role, number>> | undefined): TableLayout {
  if (!mapping) return layout;
  const header = table.rows[layout.headerRow - 1] ?? [];
  const chosen = Object.entries(mapping).filter(([, col]) => typeof col === 'number' && col >= 0) as [Role, number][];
  const usedCols = new Set(chosen.map(([, c]) => c));
  const usedRoles = new Set(chosen.map(([r]) => r));
  const kept = layout.columns.filter((c) => !usedCols.has(c.column) && !usedRoles.has(c.role));
  const added = chosen.map(([role, column]) => ({ role, column, header: cellText(header[column] ?? null), confidence: 1 }));
  return { ...layout, columns: [...kept, ...added].sort((a, b) => a.column - b.column) };
}

export function extractTable(snapshot: SourceSnapshot, sourceIndex: number, tableIndex: number): TableResult {
  const table = snapshot.tables[tableIndex]!;
  const rows = table.rows;
  const layout = withMapping(guessLayout(rows), table, snapshot.mapping);
  const net = columnOf(layout, 'amount');
  const gross = columnOf(layout, 'amountInclVat');
  const debit = columnOf(layout, 'debit');
  const credit = columnOf(layout, 'credit');
  const amountMode: TableResult['amountMode'] = net ? 'net' : gross ? 'gross' : debit ? 'debit-credit' : 'none';
  const amountCol = net ?? gross ?? debit;
  const result: TableResult = {
    layout,
    amountMode,
    decimalStyle: 'comma',
    currency: 'EUR',
    lines: [],
    skipped: [],
    rejected: [],
    columnTotalCents: 0,
    totalsCents: 0,
    badDates: [],
  };
  const where = { source: sourceIndex, table: tableIndex };
  const firstData = layout.headerRow; // 0-based index of the first row under the header
  for (let r = 0; r < Math.min(firstData, rows.length); r++) {
    result.skipped.push({ ...where, row: r + 1, reason: rowIsBlank(rows[r]) ? 'blank' : r === firstData - 1 ? 'header' : 'title' });
  }
  if (!amountCol) {
    for (let r = firstData; r < rows.length; r++) {
      result.skipped.push({ ...where, row: r + 1, reason: rowIsBlank(rows[r]) ? 'blank' : 'title' });
    }
    return result;
  }
  const amountCols = [amountCol, credit].filter((c): c is ColumnGuess => !!c);
  result.decimalStyle = detectDecimalStyle(
    rows.slice(firstData, firstData + 2000).flatMap((row) => amountCols.map((c) => row[c.column] ?? null)),
  );
  result.currency = detectCurrency(
    amountCol.header,
    rows.slice(firstData, firstData + 200).map((row) => row[amountCol.column] ?? null),
  );
  const headerFolded = firstData > 0 ? (rows[firstData - 1] ?? []).map((c) => fold(cellText(c))) : [];
  const get = (row: CellValue[], role: Role): CellValue => {
    const c = columnOf(layout, role);
    return c ? (row[c.column] ?? null) : null;
  };
  const text = (row: CellValue[], role: Role): string | undefined => {
    const t = cellText(get(row, role));
    return t === '' ? undefined : t;
  };

  for (let r = firstData; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const rowNumber = r + 1;
    if (rowIsBlank(row)) {
      result.skipped.push({ ...where, row: rowNumber, reason: 'blank' });
      continue;
    }
    if (headerFolded.length > 0 && isHeaderRepeat(row, headerFolded)) {
      result.skipped.push({ ...where, row: rowNumber, reason: 'header' });
      continue;
    }
    const amount = readAmount(row, amountCol, amountMode === 'debit-credit' ? credit : undefined, result.decimalStyle);
    if (amount.ok) result.columnTotalCents += amount.cents;
    if (isTotalsRow(row, layout)) {
      result.skipped.push({ ...where, row: rowNumber, reason: 'total', ...(amount.ok ? { amountCents: amount.cents } : {}) });
      if (amount.ok) result.totalsCents += amount.cents;
      continue;
    }
    if (!amount.ok) {
      const raw = row[amountCol.column] ?? null;
      result.rejected.push({
        ...where,
        row: rowNumber,
        column: amountCol.column + 1,
        header: amountCol.header,
        code: isBlank(raw) ? 'amount-missing' : amount.code === 'ambiguous' ? 'amount-ambiguous' : 'amount-unreadable',
        value: cellText(raw).slice(0, MAX_VALUE_TEXT),
      });
      continue;
    }
    const line: PurchaseLine = { ...where, row: rowNumber, amountCents: amount.cents };
    const dateCell = get(row, 'date');
    if (!isBlank(dateCell)) {
      const iso = parseDate(dateCell);
      if (iso) line.date = iso;
      else result.badDates.push({ row: rowNumber, value: cellText(dateCell).slice(0, MAX_VALUE_TEXT) });
    }
    assign(line, 'supplier', text(row, 'supplier'));
    assign(line, 'supplierVat', normaliseVat(get(row, 'supplierVat')) ?? undefined);
    assign(line, 'description', text(row, 'description'));
    assign(line, 'unit', text(row, 'unit'));
    assign(line, 'account', text(row, 'account'));
    assign(line, 'accountName', text(row, 'accountName'));
    assign(line, 'cpv', normaliseCpv(get(row, 'cpv')) ?? undefined);
    assign(line, 'service', text(row, 'service'));
    assign(line, 'reference', text(row, 'reference'));
    assign(line, 'sourceCategory', text(row, 'category'));
    const qty = parseNumber(get(row, 'quantity'), result.decimalStyle);
    if (qty !== null && qty !== 0) line.quantity = qty;
    const price = get(row, 'unitPrice');
    if (!isBlank(price)) {
      const p = parseAmount(price, result.decimalStyle);
      if (p.ok) line.unitPriceCents = p.cents;
    }
    result.lines.push(line);
  }
  return result;
}

function assign<K extends keyof PurchaseLine>(line: PurchaseLine, key: K, value: PurchaseLine[K] | undefined): void {
  if (value !== undefined) line[key] = value;
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

function detectCurrency(header: string, values: readonly CellValue[]): string {
  const texts = [header, ...values.filter((v): v is string => typeof v === 'string')].join(' ');
  if (/£|\bgbp\b/i.test(texts)) return 'GBP';
  if (/\$|\busd\b/i.test(texts)) return 'USD';
  return 'EUR';
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

/**
 * A totals row names itself (`Totaal`, `Total`, …) and has no supplier or description of its own;
 * other text in it (a currency, a period) does not matter.
 */
function isTotalsRow(row: CellValue[], layout: TableLayout): boolean {
  let labelColumn = -1;
  for (let c = 0; c < row.length; c++) {
    const v = row[c] ?? null;
    if (typeof v === 'string' && MAYBE_TOTAL.test(v) && TOTAL_WORDS.test(fold(v))) {
      labelColumn = c;
      break;
    }
  }
  if (labelColumn < 0) return false;
  return layout.columns
    .filter((c) => c.role === 'supplier' || c.role === 'description')
    .every((c) => c.column === labelColumn || isBlank(row[c.column] ?? null));
}
