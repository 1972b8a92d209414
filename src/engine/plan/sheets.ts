import type { Analysis } from '../analyze';
import { ALL_LANGS, LANG_BIT, languagesIn, readLanguageChoice } from '../classify/languages';
import { fitHeaderWords, spreadWideSheet } from './print';
import { columnLetter, LABELS, languageNames } from '../labels';
import type { Classification, Lang, SourceSnapshot, Tick } from '../model';
import { TICK_EVERY } from '../model';
import { isoToExcelSerial } from '../read/values';
import { tableWarnings } from '../report';
import type { SavingsResult } from '../savings';
import type { Kind } from '../savings/parameters';
import { buildSavingsSheets, type AllocationEdits, type Layout } from './savings-sheets';
import type { PlanCell, PlanValidation, SheetPlan, WritePlan } from './types';

const CATEGORIES_HEADER_ROW = 3;
const CATEGORIES_FIRST_SPEND = 5;
/** The column saying whether a category is shared (or no purchase). */
const CATEGORIES_SHARED = 4;
/** The reconciliation table's first data row on the control sheet. */
const CONTROL_FIRST_ROW = 6;

const title = (text: string): PlanCell => ({ v: text, style: 'title' });
const note = (text: string): PlanCell => ({ v: text, style: 'note' });
const header = (text: string): PlanCell => ({ v: text, style: 'header' });
const text = (value: string | undefined | null): PlanCell => ({ v: value ?? '', style: 'text' });
const money = (cents: number): PlanCell => ({ v: cents / 100, style: 'money' });
const int = (n: number): PlanCell => ({ v: n, style: 'integer' });
/** A row of a source, as the spreadsheet numbers it: looked up, not added up. */
const rowNumber = (n: number): PlanCell => ({ v: n, style: 'row' });

/** Table header cells must be unique; a source named like a fixed column gets a suffix. */
function uniqueHeaders(headers: string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h) => {
    const key = h.toLowerCase();
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n === 0 ? h : `${h} (${n + 1})`;
  });
}

function categoriesSheet(analysis: Analysis, snapshots: readonly SourceSnapshot[]): SheetPlan {
  const L = LABELS[analysis.lang];
  const names = snapshots.map((s) => s.name);
  const n = names.length;
  const headers = uniqueHeaders([
    L.col.category,
    L.col.categoryId,
    L.col.cpv,
    L.col.shared,
    ...names,
    L.col.total,
    L.col.lines,
    L.col.suppliers,
    L.col.administrations,
  ]);
  const firstSpend = CATEGORIES_FIRST_SPEND;
  const headerRow = CATEGORIES_HEADER_ROW;
  const rows: PlanCell[][] = [[title(L.text.categoriesTitle)], [note(L.text.overrideNote)], headers.map(header)];
  analysis.categories.forEach((c, i) => {
    const r = headerRow + 1 + i;
    const spendRange = `${columnLetter(firstSpend)}${r}:${columnLetter(firstSpend + n - 1)}${r}`;
    rows.push([
      text(c.names[analysis.lang]),
      text(c.id),
      text(c.cpv ?? ''),
      text(c.purchase ? (c.shared ? L.yes : L.no) : L.notPurchase),
      ...c.spendCents.map(money),
      { f: `SUM(${spendRange})`, result: c.totalCents / 100, style: 'money' },
      int(c.lines),
      int(c.suppliers),
      { f: `COUNTIF(${spendRange},">0")`, result: c.spendCents.filter((x) => x > 0).length, style: 'integer' },
    ]);
  });
  return {
    key: 'categories',
    name: L.sheets.categories,
    rows,
    widths: [34, 22, 11, 9, ...names.map(() => 15), 15, 9, 12, 10],
    // A long category name wraps rather than being cut off at the id beside it.
    wrapColumns: [1],
    tables: [
      { name: 'TandemCategories', headerRow, lastRow: headerRow + analysis.categories.length, firstColumn: 1, lastColumn: headers.length },
    ],
    freeze: { rows: headerRow, columns: 1 },
    print: { landscape: true, fitToWidth: true, repeatRows: headerRow },
  };
}

function linesSheet(
  analysis: Analysis,
  snapshots: readonly SourceSnapshot[],
  overrides?: ReadonlyMap<number, string>,
  tick?: Tick,
): SheetPlan {
  const L = LABELS[analysis.lang];
  const headers = [
    L.col.administration,
    L.col.file,
    L.col.sheet,
    L.col.row,
    L.col.date,
    L.col.supplier,
    L.col.description,
    L.col.account,
    L.col.service,
    L.col.amount,
    L.col.category,
    L.col.categoryId,
    L.col.evidence,
    L.col.detail,
    L.col.override,
  ];
  const headerRow = 3;
  const names = new Map(analysis.categories.map((c) => [c.id, c.names[analysis.lang]]));
  const rows: PlanCell[][] = [[title(L.text.linesTitle)], [note(L.text.overrideNote)], headers.map(header)];
  // Cells that repeat from line to line (where a line came from, its category and date) are made
  // once and shared: at 200,000 lines that is over a million cells fewer. Plans are never changed.
  const where = snapshots.map((snap) => snap.tables.map((t) => [text(snap.name), text(t.file), text(t.sheet)] as const));
  const shared = new Map<string, PlanCell>();
  const once = (key: string, make: () => PlanCell): PlanCell => {
    let cell = shared.get(key);
    if (!cell) shared.set(key, (cell = make()));
    return cell;
  };
  const emptyText = text('');
  // A year has a few hundred dates.
  const dateCells = new Map<string, PlanCell>();
  const dateCell = (iso: string): PlanCell => {
    let cell = dateCells.get(iso);
    if (!cell) dateCells.set(iso, (cell = { v: isoToExcelSerial(iso), style: 'date' }));
    return cell;
  };
  // Suppliers, accounts and services are few: one cell per value.
  const valueCells = new Map<string, PlanCell>();
  const textOnce = (value: string | undefined): PlanCell => {
    if (!value) return emptyText;
    let cell = valueCells.get(value);
    if (!cell) valueCells.set(value, (cell = text(value)));
    return cell;
  };
  // Lines decided alike share their classification, and so its four cells.
  const classCells = new Map<Classification, readonly [PlanCell, PlanCell, PlanCell, PlanCell]>();
  const cellsOf = (c: Classification) => {
    let cells = classCells.get(c);
    if (!cells) {
      cells = [
        once(`n${c.category}`, () => text(names.get(c.category) ?? c.category)),
        once(`c${c.category}`, () => text(c.category)),
        once(`e${c.evidence.kind}`, () => text(L.evidence[c.evidence.kind])),
        text(c.evidence.detail),
      ];
      classCells.set(c, cells);
    }
    return cells;
  };
  const emptyInput: PlanCell = { v: '', style: 'input' };
  analysis.lines.forEach((l, i) => {
    if (tick && i % TICK_EVERY === 0) tick(i, analysis.lines.length);
    // Indexed, not destructured: destructuring steps an iterator until the code is optimised.
    const c = cellsOf(analysis.classifications[i]!);
    const at = where[l.source]![l.table]!;
    const override = overrides?.get(i);
    rows.push([
      at[0],
      at[1],
      at[2],
      rowNumber(l.row),
      l.date ? dateCell(l.date) : emptyText,
      textOnce(l.supplier),
      text(l.description),
      textOnce(l.account),
      textOnce(l.service),
      money(l.amountCents),
      c[0],
      c[1],
      c[2],
      c[3],
      override ? { v: override, style: 'input' } : emptyInput,
    ]);
  });
  return {
    key: 'lines',
    name: L.sheets.lines,
    rows,
    widths: [12, 22, 14, 7, 11, 28, 44, 11, 18, 13, 28, 20, 13, 26, 20],
    tables: [{ name: 'TandemLines', headerRow, lastRow: headerRow + analysis.lines.length, firstColumn: 1, lastColumn: headers.length }],
    freeze: { rows: headerRow, columns: 0 },
    print: { landscape: true, fitToWidth: true, repeatRows: headerRow, paper: 'A3' },
  };
}

function controlSheet(analysis: Analysis, snapshots: readonly SourceSnapshot[]): SheetPlan {
  const L = LABELS[analysis.lang];
  const rows: PlanCell[][] = [
    [title(L.text.controlTitle)],
    [],
    [{ v: L.text.reconciliation, style: 'subtitle' }],
    [note(L.text.reconciliationNote)],
  ];
  const recHeaders = [
    L.col.administration,
    L.col.file,
    L.col.sheet,
    L.col.headerRow,
    L.col.lines,
    L.col.skipped,
    L.col.rejected,
    L.col.columnTotal,
    L.col.totalsRows,
    L.col.linesTotal,
    L.col.difference,
  ];
  rows.push(recHeaders.map(header));
  const recHeaderRow = rows.length;
  if (recHeaderRow + 1 !== CONTROL_FIRST_ROW) throw new Error('control sheet layout changed');
  analysis.sources.forEach((src, s) => {
    src.tables.forEach((t, ti) => {
      const table = snapshots[s]!.tables[ti]!;
      const r = rows.length + 1;
      const lineCents = t.lines.reduce((n, l) => n + l.amountCents, 0);
      rows.push([
        text(src.name),
        text(table.file),
        text(table.sheet),
        rowNumber(t.layout.headerRow),
        int(t.lines.length),
        int(t.skipped.length),
        int(t.rejected.length),
        money(t.columnTotalCents),
        money(t.totalsCents),
        money(lineCents),
        { f: `H${r}-I${r}-J${r}`, result: (t.columnTotalCents - t.totalsCents - lineCents) / 100, style: 'money' },
      ]);
    });
  });
  const recLastRow = rows.length;
  rows.push([], [{ v: L.text.rejectedRows, style: 'subtitle' }]);
  const rejHeaders = [L.col.administration, L.col.file, L.col.sheet, L.col.row, L.col.column, L.col.reason, L.col.value];
  rows.push(rejHeaders.map(header));
  const rejHeaderRow = rows.length;
  for (const r of analysis.rejected) {
    const table = snapshots[r.source]!.tables[r.table]!;
    rows.push([
      text(snapshots[r.source]!.name),
      text(table.file),
      text(table.sheet),
      rowNumber(r.row),
      text(`${columnLetter(r.column)} (${r.header})`),
      text(L.reject[r.code](r.header, r.value)),
      text(r.value),
    ]);
  }
  if (analysis.rejected.length === 0) rows.push([text(L.text.noRejected)]);
  const rejLastRow = rows.length;
  rows.push([], [{ v: L.text.warnings, style: 'subtitle' }]);
  rows.push([L.col.administration, L.col.file, L.col.sheet, L.col.row, L.col.reason].map(header));
  let warnings = 0;
  analysis.sources.forEach((src, s) =>
    src.tables.forEach((t, ti) => {
      const table = snapshots[s]!.tables[ti]!;
      for (const w of tableWarnings(t, analysis.lang)) {
        rows.push([text(src.name), text(table.file), text(table.sheet), w.row === null ? text('') : rowNumber(w.row), text(w.message)]);
        warnings++;
      }
    }),
  );
  if (warnings === 0) rows.push([text(L.text.noWarnings)]);
  // Two notes, not one: a note is one line, cut where the printed page ends.
  rows.push([], [{ v: L.text.languages, style: 'subtitle' }], [note(L.text.languagesNote)], [note(L.text.languagesChoiceNote)]);
  rows.push([L.col.administration, L.text.languagesFound, L.text.languagesChoice, L.text.languagesUsed].map(header));
  const names = (langs: readonly Lang[]) => text(languageNames(langs, analysis.lang));
  // The choices the cell's list offers, in the sheet's language: a list's entries hold no commas.
  const choiceText = (bits: number) => languageNames(languagesIn(bits), analysis.lang, ' + ');
  const firstLanguageRow = rows.length + 1;
  analysis.sources.forEach((src, s) => {
    const typed = analysis.languageChoices[s] ?? '';
    const read = readLanguageChoice(typed);
    rows.push([
      text(src.name),
      names(analysis.languagesFound[s]!),
      // What could not be read stays as typed, in view to be put right.
      { v: read === null ? typed : choiceText(read), style: 'input' },
      names(analysis.languages[s]!),
    ]);
  });
  const languageValidation: PlanValidation = {
    column: 3,
    fromRow: firstLanguageRow,
    toRow: rows.length,
    rule: { list: LANGUAGE_CHOICES.map(choiceText) },
    error: { title: L.text.languagesChoice, message: L.text.languagesChoiceError },
  };
  // What the ledgers pay that is no purchase, per administration: left out of the savings, so said here.
  rows.push([], [{ v: L.text.transfers, style: 'subtitle' }], [note(L.text.transfersNote)]);
  rows.push([L.col.administration, L.col.category, L.col.lines, L.col.amount].map(header));
  const transfers = analysis.categories.filter((c) => !c.purchase);
  let transferRows = 0;
  analysis.sources.forEach((src, s) => {
    for (const c of transfers) {
      if (c.linesPerSource[s] === 0) continue;
      rows.push([text(src.name), text(c.names[analysis.lang]), int(c.linesPerSource[s]!), money(c.spendCents[s]!)]);
      transferRows++;
    }
  });
  if (transferRows === 0) rows.push([text(L.text.noTransfers)]);
  return {
    key: 'control',
    name: L.sheets.control,
    rows,
    // Wide enough for what the tables below the reconciliation put there too: a category's name (B),
    // the languages choice (`Nederlands + Frans + Engels`, C) and a year's payments that are no
    // purchase (D), which a narrower column shows as ###.
    widths: [14, 40, 26, 16, 20, 48, 16, 16, 14, 16, 12],
    // A long file name, sheet, column (`J (Bedrag excl. btw)`), reason or rejected value wraps rather
    // than being cut off where the next column starts: they say what was rejected and where.
    wrapColumns: [2, 3, 5, 6, 7],
    tables: [
      { name: 'TandemReconciliation', headerRow: recHeaderRow, lastRow: recLastRow, firstColumn: 1, lastColumn: recHeaders.length },
      ...(analysis.rejected.length
        ? [{ name: 'TandemRejected', headerRow: rejHeaderRow, lastRow: rejLastRow, firstColumn: 1, lastColumn: rejHeaders.length }]
        : []),
    ],
    print: { landscape: true, fitToWidth: true },
    validations: [languageValidation],
  };
}

/** What the control sheet's list offers for a source's languages: each language, each pair, all three. */
const LANGUAGE_CHOICES = [
  LANG_BIT.nl,
  LANG_BIT.fr,
  LANG_BIT.en,
  LANG_BIT.nl | LANG_BIT.fr,
  LANG_BIT.nl | LANG_BIT.en,
  LANG_BIT.fr | LANG_BIT.en,
  ALL_LANGS,
];

export interface PlanOptions {
  /** Council copy: no line-level sheet and no descriptions. */
  council?: boolean;
  /** What people typed in an earlier run: Toewijzing by category id, Lijnen by line index. */
  allocationEdits?: ReadonlyMap<string, AllocationEdits>;
  /** The kind of each category on an earlier run's savings sheet (or below its allocation), by id. */
  kinds?: ReadonlyMap<string, Kind>;
  lineOverrides?: ReadonlyMap<number, string>;
  tick?: Tick;
}

/** The workbook Tandem writes, as data: the savings sheets first, then the analysis they rest on. */
export function buildWritePlan(
  analysis: Analysis,
  snapshots: readonly SourceSnapshot[],
  savings: SavingsResult,
  options: PlanOptions = {},
): WritePlan {
  const categories = categoriesSheet(analysis, snapshots);
  const control = controlSheet(analysis, snapshots);
  const controlRows: Layout['controlRows'] = [];
  let row = CONTROL_FIRST_ROW;
  analysis.sources.forEach((src, s) =>
    src.tables.forEach((_, ti) => controlRows.push({ source: s, table: ti, row: row++, file: snapshots[s]!.tables[ti]!.file })),
  );
  const layout: Layout = {
    categoriesSheet: categories.name,
    categoryRow: new Map(analysis.categories.map((c, i) => [c.id, CATEGORIES_HEADER_ROW + 1 + i])),
    spendColumn: (source) => CATEGORIES_FIRST_SPEND + source,
    sharedColumn: CATEGORIES_SHARED,
    notPurchase: LABELS[analysis.lang].notPurchase,
    totalColumn: CATEGORIES_FIRST_SPEND + snapshots.length,
    categoriesFirstRow: CATEGORIES_HEADER_ROW + 1,
    categoriesLastRow: CATEGORIES_HEADER_ROW + analysis.categories.length,
    controlSheet: control.name,
    controlRows,
    controlLinesColumn: 5,
    controlLinesTotalColumn: 10,
  };
  const own = buildSavingsSheets({
    analysis,
    snapshots,
    savings,
    layout,
    allocationEdits: options.allocationEdits,
    previousKinds: options.kinds,
    council: options.council,
  });
  const sheets = [own.summary, own.allocation, own.savings, own.parameters, categories];
  if (!options.council) sheets.push(linesSheet(analysis, snapshots, options.lineOverrides, options.tick));
  sheets.push(control);
  return { sheets: sheets.map((s) => spreadWideSheet(fitHeaderWords(s))), currency: analysis.sources[0]?.tables[0]?.currency ?? 'EUR' };
}
