import { notPurchaseTotals, type Analysis } from '../analyze';
import type { SourceSnapshot } from '../model';
import { EXACT_SHAPLEY_BUYERS, popcount, SHAPLEY_ORDERS } from '../savings/model';
import { defaultKind, type SavingsResult, type SharedCategory } from '../savings';
import {
  KINDS,
  mustBePositive,
  parameterRows,
  PROCEDURES,
  PROCEDURE_NAMES,
  SCENARIOS,
  type Kind,
  type Scenario,
} from '../savings/parameters';
import { absCell, absRange, cell, sheetRef, str } from './refs';
import { SAVINGS_LABELS, type SavingsLabels } from './savings-labels';
import type { PlanCell, PlanValidation, SheetPlan } from './types';

/** Where the sheets built before these put the figures these refer to. */
export interface Layout {
  categoriesSheet: string;
  /** Row of each category on the categories sheet, and the column of each source's spend there. */
  categoryRow: Map<string, number>;
  spendColumn: (source: number) => number;
  /**
   * The categories table's column saying whether a category is shared, the word it shows there for
   * one that is no purchase, its column of totals, and its first and last rows (the last is the
   * header's when there are none).
   */
  sharedColumn: number;
  notPurchase: string;
  totalColumn: number;
  categoriesFirstRow: number;
  categoriesLastRow: number;
  controlSheet: string;
  /** Rows of the reconciliation table on the control sheet, per source and table. */
  controlRows: { source: number; table: number; row: number; file: string }[];
  controlLinesColumn: number;
  controlLinesTotalColumn: number;
}

/** What people typed in an earlier run's Toewijzing, by category id. */
export interface AllocationEdits {
  leadOverride: string;
  status: string;
  note: string;
}

export interface SavingsSheetsInput {
  analysis: Analysis;
  snapshots: readonly SourceSnapshot[];
  savings: SavingsResult;
  layout: Layout;
  allocationEdits?: ReadonlyMap<string, AllocationEdits>;
  /** The kind each category had on an earlier run's Besparingen (or below its Toewijzing), by category id. */
  previousKinds?: ReadonlyMap<string, Kind>;
  /** Council copy: no line-level data (item descriptions on the price table are left out). */
  council?: boolean;
}

const t = (v: string): PlanCell => ({ v, style: 'text' });
const h = (v: string): PlanCell => ({ v, style: 'header' });
const f = (formula: string, result: number | string, style: PlanCell['style'] = 'money'): PlanCell => ({ f: formula, result, style });

const HEADER_ROW = 3;
const FIRST_ROW = HEADER_ROW + 1;
const ANY_NUMBER = 1e15;

/** The Parameters sheet, and where each parameter stands for the formulas of the other sheets. */
function parametersSheet(L: SavingsLabels, input: SavingsSheetsInput) {
  const lang = input.analysis.lang;
  const p = input.savings.parameters;
  const rows: PlanCell[][] = [
    [{ v: L.text.parametersTitle, style: 'title' }],
    [{ v: L.text.parametersNote, style: 'note' }],
    [L.col.parameter, L.col.value, L.col.defaultValue, L.col.unit, L.col.source, L.col.keyCol].map(h),
  ];
  const defaults = new Map(parameterRows(input.savings.defaults).map((r) => [r.key, r.value]));
  const at = new Map<string, string>();
  const values = new Map<string, number | string>();
  for (const r of parameterRows(p)) {
    const row = rows.length + 1;
    at.set(r.key, sheetRef(L.sheets.parameters, absCell(2, row)));
    values.set(r.key, r.value);
    const style: PlanCell['style'] = r.input ? 'input' : r.format === 'date' ? 'text' : 'integer';
    const valueCell: PlanCell = { v: r.value, style };
    const defaultValue = defaults.get(r.key) ?? r.value;
    rows.push([
      t(r.label[lang]),
      valueCell,
      { v: defaultValue, style: valueCell.style === 'input' ? 'number' : valueCell.style },
      t(r.unit[lang]),
      t(r.source[lang]),
      t(r.key),
    ]);
  }
  const formats = new Map(parameterRows(p).map((r) => [r.key, r.format]));
  const paramLast = rows.length;
  // Each input value takes a number (above zero where the model needs one); consecutive rows alike share one range.
  const validations: PlanValidation[] = [];
  parameterRows(p).forEach((r, i) => {
    if (!r.input) return;
    const row = FIRST_ROW + i;
    const positive = mustBePositive(r.key);
    const last = validations.at(-1);
    const lastPositive = !!last && 'above' in last.rule;
    if (last && last.toRow === row - 1 && lastPositive === positive) last.toRow = row;
    else
      validations.push({
        column: 2,
        fromRow: row,
        toRow: row,
        // A decimal rule needs bounds: these let through any number a parameter could hold.
        rule: positive ? { above: 0 } : { between: [-ANY_NUMBER, ANY_NUMBER] },
        error: { title: L.col.value, message: positive ? L.text.positiveError : L.text.numberError },
      });
  });

  rows.push([], [{ v: L.text.proceduresTitle, style: 'subtitle' }], [L.col.levelNo, L.col.procedure, L.col.cost].map(h));
  const procHeader = rows.length;
  PROCEDURES.forEach((proc, level) => {
    rows.push([
      { v: level, style: 'integer' },
      t(PROCEDURE_NAMES[proc][lang]),
      f(at.get(`procedureCost.${proc}`)!.replace(/^.*!/, ''), p.procedureCost[proc]),
    ]);
  });
  const procFirst = procHeader + 1;
  const procLast = rows.length;

  rows.push([], [{ v: L.text.kindsTitle, style: 'subtitle' }], [L.col.kind, L.col.bLow, L.col.bExpected, L.col.bHigh].map(h));
  const kindHeader = rows.length;
  for (const kind of KINDS) {
    rows.push([
      t(L.kind[kind]),
      ...SCENARIOS.map((s) => f(at.get(`elasticity.${kind}.${s}`)!.replace(/^.*!/, ''), p.elasticity[kind][s], 'text')),
    ]);
  }
  const kindFirst = kindHeader + 1;
  const kindLast = rows.length;
  const P = L.sheets.parameters;
  const refs = {
    param: (key: string) => at.get(key)!,
    procedureNames: sheetRef(P, absRange(2, procFirst, procLast)),
    procedureCosts: sheetRef(P, absRange(3, procFirst, procLast)),
    kindLabels: sheetRef(P, absRange(1, kindFirst, kindLast)),
    kindB: (s: Scenario) => sheetRef(P, absRange(2 + SCENARIOS.indexOf(s), kindFirst, kindLast)),
    worksLabel: sheetRef(P, absCell(1, kindFirst + KINDS.indexOf('works'))),
  };
  // Number formats for the parameter values follow their unit.
  rows.forEach((row, i) => {
    const key = row[5]?.v;
    if (i < HEADER_ROW || i >= paramLast || typeof key !== 'string') return;
    const fmt = formats.get(key);
    if (fmt === 'percent') {
      row[1]!.style = 'input-percent';
      row[2]!.style = 'percent';
    } else if (fmt === 'money') {
      row[1]!.style = 'input-money';
      row[2]!.style = 'money';
    } else if (fmt === 'integer' || fmt === 'years') row[2]!.style = 'number';
  });
  const sheet: SheetPlan = {
    key: 'parameters',
    name: P,
    rows,
    // A long name or source wraps rather than being cut off where the next column starts; B is wide
    // enough for the longest word of a procedure's name below (`Onderhandelingsprocedure`).
    widths: [44, 25, 14, 26, 70, 30],
    wrapColumns: [1, 2, 5],
    tables: [
      { name: 'TandemParameters', headerRow: HEADER_ROW, lastRow: paramLast, firstColumn: 1, lastColumn: 6 },
      { name: 'TandemProcedures', headerRow: procHeader, lastRow: procLast, firstColumn: 1, lastColumn: 3 },
      { name: 'TandemKinds', headerRow: kindHeader, lastRow: kindLast, firstColumn: 1, lastColumn: 4 },
    ],
    freeze: { rows: HEADER_ROW, columns: 1 },
    print: { landscape: true, fitToWidth: true },
    validations,
  };
  return { sheet, refs, values };
}

type ParamRefs = ReturnType<typeof parametersSheet>['refs'];

/** Columns of the Besparingen sheet for n sources (1-based). */
function savingsColumns(n: number) {
  let c = 4;
  const annual = Array.from({ length: n }, () => c++);
  const combined = c++;
  const b = { low: c++, expected: c++, high: c++ } as Record<Scenario, number>;
  const volume = { low: c++, expected: c++, high: c++ } as Record<Scenario, number>;
  const gap = c++;
  const harmonisation = { low: c++, expected: c++, high: c++ } as Record<Scenario, number>;
  const contractValue = c++;
  const level = Array.from({ length: n }, () => c++);
  const jointLevel = c++;
  const costApart = c++;
  const costJoint = c++;
  const process = c++;
  const coordination = c++;
  const total = { low: c++, expected: c++, high: c++ } as Record<Scenario, number>;
  return {
    annual,
    combined,
    b,
    volume,
    gap,
    harmonisation,
    contractValue,
    level,
    jointLevel,
    costApart,
    costJoint,
    process,
    coordination,
    total,
    last: c - 1,
  };
}

/**
 * `IF(S1>0,S1*(1-(S/S1)^(-b)),0)+…` over the given spend cells. `totalCell` holds their sum when the
 * row has one: repeating the sum in every term makes the formula grow with the square of the
 * administrations, past Excel's 8,192 characters at 40 of them.
 */
function volumeFormula(spendCells: string[], bCell: string, totalCell?: string): string {
  const total = totalCell ?? (spendCells.length === 1 ? spendCells[0]! : `(${spendCells.join('+')})`);
  return spendCells.map((s) => `IF(${s}>0,${s}*(1-(${total}/${s})^(-${bCell})),0)`).join('+');
}

/** Shapley value of player i in the volume game, written out over all coalitions (n ≤ 4). */
function shapleyFormula(i: number, spendCells: string[], bCell: string): string {
  const n = spendCells.length;
  const fact = (k: number): number => (k <= 1 ? 1 : k * fact(k - 1));
  const terms: string[] = [];
  const v = (mask: number) =>
    popcount(mask) < 2
      ? ''
      : volumeFormula(
          spendCells.filter((_, j) => mask & (1 << j)),
          bCell,
        );
  for (let mask = 0; mask < 1 << n; mask++) {
    if (mask & (1 << i)) continue;
    const size = popcount(mask);
    const weight = fact(size) * fact(n - size - 1);
    const withI = v(mask | (1 << i));
    if (!withI) continue;
    const without = v(mask);
    terms.push(`${weight}*((${withI})${without ? `-(${without})` : ''})`);
  }
  return terms.length ? `(${terms.join('+')})/${fact(n)}` : '0';
}

function priceRowsStart(shared: number): number {
  return FIRST_ROW + Math.max(shared, 1) + 3;
}

function savingsSheet(L: SavingsLabels, input: SavingsSheetsInput, P: ParamRefs) {
  const { analysis, savings, layout } = input;
  const names = analysis.sources.map((s) => s.name);
  const n = names.length;
  const C = savingsColumns(n);
  const p = savings.parameters;
  const scen: Record<Scenario, string> = {
    low: L.col.low.split(' ').pop()!,
    expected: L.col.expected.split(' ').pop()!,
    high: L.col.high.split(' ').pop()!,
  };
  const headers: string[] = [L.col.category, L.col.categoryId, L.col.kind, ...names.map(L.col.perYear), L.col.combined];
  headers.push(L.col.bLow, L.col.bExpected, L.col.bHigh);
  for (const s of SCENARIOS) headers.push(L.col.volume(scen[s]));
  headers.push(L.col.gap);
  for (const s of SCENARIOS) headers.push(L.col.harmonisation(scen[s]));
  headers.push(
    L.col.contractValue,
    ...names.map(L.col.level),
    L.col.jointLevel,
    L.col.costApart,
    L.col.costJoint,
    L.col.process,
    L.col.coordination,
  );
  for (const s of SCENARIOS) headers.push(L.col.total(scen[s]));

  const rows: PlanCell[][] = [[{ v: L.text.savingsTitle, style: 'title' }], [{ v: L.text.savingsNote, style: 'note' }], headers.map(h)];
  const priceStart = priceRowsStart(savings.shared.length);
  const priceHeader = priceStart + 2;
  const priceFirst = priceHeader + 1;
  const priceLast =
    priceHeader +
    Math.max(
      1,
      savings.priceItems.reduce((k, it) => k + it.rows.length, 0),
    );
  const priceId = absRange(1, priceFirst, priceLast);
  const priceAdmin = absRange(4, priceFirst, priceLast);
  const priceYear = absRange(10, priceFirst, priceLast);
  const S = L.sheets.savings;

  savings.shared.forEach((sc, k) => {
    const r = FIRST_ROW + k;
    const s = sc.savings;
    const catRow = layout.categoryRow.get(sc.category.id)!;
    const row: PlanCell[] = [t(sc.category.names[analysis.lang]), t(sc.category.id), { v: L.kind[sc.kind], style: 'input' }];
    // Credits alone (a net negative spend) count as no spend, as in the engine.
    s.annual.forEach((a, i) =>
      row.push(f(`MAX(0,${sheetRef(layout.categoriesSheet, cell(layout.spendColumn(i), catRow))}/${P.param('periodYears')})`, a)),
    );
    const annualCells = C.annual.map((c) => cell(c, r));
    row.push(f(`SUM(${annualCells[0]}:${annualCells[n - 1]})`, s.combined));
    for (const sn of SCENARIOS) row.push(f(`INDEX(${P.kindB(sn)},MATCH($C${r},${P.kindLabels},0))`, p.elasticity[sc.kind][sn], 'number'));
    for (const sn of SCENARIOS) row.push(f(volumeFormula(annualCells, cell(C.b[sn], r), cell(C.combined, r)), s.scenarios[sn].volume));
    row.push(f(`SUMIF(${priceId},$B${r},${priceYear})`, s.harmonisationGap));
    for (const sn of SCENARIOS) row.push(f(`${cell(C.gap, r)}*${P.param(`harmonisation.${sn}`)}`, s.scenarios[sn].harmonisation));
    row.push(f(`${cell(C.combined, r)}*${P.param('contractYears')}`, s.combined * p.contractYears));
    const euFor = `IF($C${r}=${P.worksLabel},${P.param('thresholds.euWorks')},${P.param('thresholds.euSuppliesServices')})`;
    const levelFormula = (value: string) =>
      `IF(${value}>=${P.param('thresholds.small')},1,0)+IF(${value}>=${P.param('thresholds.negotiated')},1,0)+IF(${value}>=${euFor},1,0)`;
    annualCells.forEach((a, i) => row.push(f(levelFormula(`${a}*${P.param('contractYears')}`), s.levels[i]!, 'integer')));
    row.push(f(levelFormula(cell(C.contractValue, r)), s.jointLevel, 'integer'));
    const apart = annualCells.map((a, i) => `IF(${a}>0,INDEX(${P.procedureCosts},${cell(C.level[i]!, r)}+1),0)`).join('+');
    const apartValue = s.levels.reduce((acc, l, i) => acc + (s.annual[i]! > 0 ? p.procedureCost[PROCEDURES[l]!] : 0), 0);
    row.push(f(apart, apartValue));
    row.push(f(`INDEX(${P.procedureCosts},${cell(C.jointLevel, r)}+1)`, p.procedureCost[PROCEDURES[s.jointLevel]!]));
    row.push(f(`(${cell(C.costApart, r)}-${cell(C.costJoint, r)})/${P.param('contractYears')}`, s.scenarios.expected.process));
    row.push(f(P.param('coordinationPerYear'), p.coordinationPerYear));
    for (const sn of SCENARIOS) {
      row.push(
        f(
          `${cell(C.volume[sn], r)}+${cell(C.harmonisation[sn], r)}+${cell(C.process, r)}-${cell(C.coordination, r)}`,
          s.scenarios[sn].total,
          'total',
        ),
      );
    }
    rows.push(row);
  });
  if (savings.shared.length === 0) rows.push([t(L.text.noShared)]);
  const lastRow = rows.length;

  // The price table: every item two administrations buy at different unit prices.
  while (rows.length < priceStart - 1) rows.push([]);
  rows.push([{ v: L.text.priceTitle, style: 'subtitle' }], [{ v: L.text.priceNote, style: 'note' }]);
  rows.push(
    [
      L.col.categoryId,
      L.col.category,
      L.col.item,
      L.col.administration,
      L.col.quantity,
      L.col.amount,
      L.col.unitPrice,
      L.col.bestPrice,
      L.col.gapPeriod,
      L.col.gapYear,
    ].map(h),
  );
  const catName = new Map(analysis.categories.map((c) => [c.id, c.names[analysis.lang]]));
  let itemNo = 0;
  for (const item of savings.priceItems) {
    itemNo++;
    const first = rows.length + 1;
    const last = first + item.rows.length - 1;
    const best = Math.min(...item.rows.map((x) => x.amountCents / 100 / x.quantity));
    for (const pr of item.rows) {
      const r = rows.length + 1;
      const price = pr.amountCents / 100 / pr.quantity;
      rows.push([
        t(pr.category),
        t(catName.get(pr.category) ?? pr.category),
        t(input.council ? `${L.col.item} ${itemNo}` : item.item),
        t(names[pr.source]!),
        { v: pr.quantity, style: 'number' },
        { v: pr.amountCents / 100, style: 'money' },
        f(`F${r}/E${r}`, price, 'money4'),
        f(`MIN(${absRange(7, first, last)})`, best, 'money4'),
        f(`(G${r}-H${r})*E${r}`, (price - best) * pr.quantity),
        f(`I${r}/${P.param('periodYears')}`, ((price - best) * pr.quantity) / p.periodYears),
      ]);
    }
  }
  if (savings.priceItems.length === 0) rows.push([t(''), t(L.text.noPriceGaps)]);

  const sheet: SheetPlan = {
    key: 'savings',
    name: S,
    rows,
    widths: [
      34,
      20,
      12,
      ...names.map(() => 14),
      14,
      8,
      8,
      8,
      13,
      13,
      13,
      13,
      13,
      13,
      13,
      15,
      ...names.map(() => 9),
      9,
      13,
      13,
      13,
      13,
      13,
      13,
      13,
    ],
    tables: [
      { name: 'TandemSavings', headerRow: HEADER_ROW, lastRow: Math.max(lastRow, FIRST_ROW), firstColumn: 1, lastColumn: C.last },
      { name: 'TandemPrices', headerRow: priceHeader, lastRow: Math.max(priceLast, priceFirst), firstColumn: 1, lastColumn: 10 },
    ],
    freeze: { rows: HEADER_ROW, columns: 1 },
    // A long category name wraps rather than being cut off at the id beside it.
    wrapColumns: [1],
    print: { landscape: true, fitToWidth: true, repeatRows: HEADER_ROW, paper: 'A3' },
    ...(savings.shared.length > 0
      ? {
          validations: [
            {
              column: 3,
              fromRow: FIRST_ROW,
              toRow: lastRow,
              rule: { list: KINDS.map((k) => L.kind[k]) },
              error: { title: L.col.kind, message: L.text.kindError },
            },
          ],
        }
      : {}),
  };
  return { sheet, C, price: { id: priceId, admin: priceAdmin, year: priceYear } };
}

function allocationSheet(L: SavingsLabels, input: SavingsSheetsInput, P: ParamRefs, sv: ReturnType<typeof savingsSheet>) {
  const { analysis, savings } = input;
  const lang = analysis.lang;
  const names = analysis.sources.map((s) => s.name);
  const n = names.length;
  const S = L.sheets.savings;
  const C = sv.C;
  const headers = [
    L.col.category,
    L.col.categoryId,
    ...names.map(L.col.perYear),
    L.col.combined,
    ...names.map(L.col.key),
    L.col.low,
    L.col.expected,
    L.col.high,
    L.col.verdict,
    L.col.procedure,
    L.col.changes,
    ...names.map(L.col.split),
    L.col.lead,
    L.col.service,
    L.col.reason,
    L.col.leadOverride,
    L.col.status,
    L.col.note,
    L.col.pilot,
    L.col.circular,
  ];
  const col = {
    annual: (i: number) => 3 + i,
    combined: 3 + n,
    key: (i: number) => 4 + n + i,
    low: 4 + 2 * n,
    expected: 5 + 2 * n,
    high: 6 + 2 * n,
    verdict: 7 + 2 * n,
    procedure: 8 + 2 * n,
    changes: 9 + 2 * n,
    split: (i: number) => 10 + 2 * n + i,
    lead: 10 + 3 * n,
    leadOverride: 13 + 3 * n,
    status: 14 + 3 * n,
    note: 15 + 3 * n,
    pilot: 16 + 3 * n,
  };
  if (
    headers.length !== col.pilot + 1 ||
    headers[col.pilot - 1] !== L.col.pilot ||
    headers[col.status - 1] !== L.col.status ||
    headers[col.note - 1] !== L.col.note ||
    headers[col.leadOverride - 1] !== L.col.leadOverride
  ) {
    throw new Error('allocation sheet layout changed');
  }
  const rows: PlanCell[][] = [
    [{ v: L.text.allocationTitle, style: 'title' }],
    [{ v: splitNotes(L, n, savings.shared), style: 'note' }],
    headers.map(h),
  ];
  savings.shared.forEach((sc: SharedCategory, k) => {
    const r = FIRST_ROW + k;
    const s = sc.savings;
    const sref = (c: number) => sheetRef(S, cell(c, r));
    const row: PlanCell[] = [t(sc.category.names[lang]), t(sc.category.id)];
    s.annual.forEach((a, i) => row.push(f(sref(C.annual[i]!), a)));
    row.push(f(`SUM(${cell(col.annual(0), r)}:${cell(col.annual(n - 1), r)})`, s.combined));
    s.key.forEach((kv, i) =>
      row.push(f(`IF(${cell(col.combined, r)}>0,${cell(col.annual(i), r)}/${cell(col.combined, r)},0)`, kv, 'percent')),
    );
    row.push(f(sref(C.total.low), s.scenarios.low.total, 'total'));
    row.push(f(sref(C.total.expected), s.scenarios.expected.total, 'total'));
    row.push(f(sref(C.total.high), s.scenarios.high.total, 'total'));
    // In words, live: a category where working together costs more than it brings says so.
    const expectedCell = cell(col.expected, r);
    row.push(
      f(
        `IF(${expectedCell}>0,${str(L.text.worthwhile)},${str(L.text.notWorthwhile)})`,
        s.scenarios.expected.total > 0 ? L.text.worthwhile : L.text.notWorthwhile,
        'text',
      ),
    );
    row.push(f(`INDEX(${P.procedureNames},${sref(C.jointLevel)}+1)`, PROCEDURE_NAMES[PROCEDURES[s.jointLevel]!][lang], 'text'));
    const maxAlone = `MAX(${C.level.map((lc, i) => `IF(${sref(C.annual[i]!)}>0,${sref(lc)},0)`).join(',')})`;
    row.push(
      f(
        `IF(${sref(C.jointLevel)}>${maxAlone},${str(`${L.text.yes}: ${L.text.heavier}`)},${str(L.text.no)})`,
        s.heavier ? `${L.text.yes}: ${L.text.heavier}` : L.text.no,
        'text',
      ),
    );
    const annualHere = names.map((_, i) => cell(col.annual(i), r));
    const bExpected = sref(C.b.expected);
    const rest = `(${sref(C.process)}-${sref(C.coordination)})`;
    names.forEach((name, i) => {
      const volume = n <= 4 ? shapleyFormula(i, annualHere, bExpected) : null;
      const own = `SUMIFS(${sheetRef(S, sv.price.year)},${sheetRef(S, sv.price.id)},$B${r},${sheetRef(S, sv.price.admin)},${criterion(name)})*${P.param('harmonisation.expected')}`;
      const formula = `${volume ?? String(s.volumeSplit[i]!)}+${rest}*${cell(col.key(i), r)}+${own}`;
      row.push(f(formula, s.split[i]!));
    });
    const edits = input.allocationEdits?.get(sc.category.id);
    row.push(t(sc.lead.administration), t(sc.lead.service), t(sc.lead.reason));
    row.push(
      { v: edits?.leadOverride ?? '', style: 'input' },
      { v: edits?.status ?? '', style: 'input' },
      { v: edits?.note ?? '', style: 'input' },
    );
    row.push(sc.pilot ? { v: sc.pilot, style: 'integer' } : t(''), t(sc.category.circular ? L.text.yes : L.text.no));
    rows.push(row);
  });
  if (savings.shared.length === 0) rows.push([t(L.text.noShared)]);
  const tableLast = Math.max(rows.length, FIRST_ROW);

  // What people typed for categories that are no longer shared is not dropped: it stays below the
  // table, under a header of its own, so the next run carries it on (and puts it back if the category
  // is shared again). The kind is one of those entries: it is chosen on Besparingen, where a category
  // that is not shared has no row.
  const orphans = orphanEdits(input);
  const validations: PlanValidation[] = [];
  if (orphans.length) {
    while (rows.length < tableLast) rows.push([]);
    rows.push([], [{ v: L.text.orphanEditsTitle, style: 'subtitle' }], [{ v: L.text.orphanEditsNote, style: 'note' }]);
    const header: PlanCell[] = Array.from({ length: headers.length }, () => ({}));
    header[0] = h(L.col.category);
    header[1] = h(L.col.categoryId);
    header[ORPHAN_KIND_COLUMN - 1] = h(L.col.kind);
    header[col.leadOverride - 1] = h(L.col.leadOverride);
    header[col.status - 1] = h(L.col.status);
    header[col.note - 1] = h(L.col.note);
    rows.push(header);
    const catName = new Map(analysis.categories.map((c) => [c.id, c.names[lang]]));
    for (const { id, edits: e, kind } of orphans) {
      const row: PlanCell[] = Array.from({ length: headers.length }, () => ({}));
      row[0] = t(catName.get(id) ?? id);
      row[1] = t(id);
      row[ORPHAN_KIND_COLUMN - 1] = { v: kind ? L.kind[kind] : '', style: 'input' };
      row[col.leadOverride - 1] = { v: e?.leadOverride ?? '', style: 'input' };
      row[col.status - 1] = { v: e?.status ?? '', style: 'input' };
      row[col.note - 1] = { v: e?.note ?? '', style: 'input' };
      rows.push(row);
    }
    validations.push({
      column: ORPHAN_KIND_COLUMN,
      fromRow: rows.length - orphans.length + 1,
      toRow: rows.length,
      rule: { list: KINDS.map((k) => L.kind[k]) },
      error: { title: L.col.kind, message: L.text.kindError },
    });
  }
  const sheet: SheetPlan = {
    key: 'allocation',
    name: L.sheets.allocation,
    rows,
    // Narrow enough to print on one A3 page in type a meeting can read: the long texts wrap instead.
    widths: [
      26,
      16,
      ...names.map(() => 14),
      14,
      ...names.map(() => 10),
      14,
      15,
      14,
      16,
      25,
      12,
      ...names.map(() => 13),
      13,
      16,
      32,
      14,
      12,
      22,
      6,
      9,
    ],
    wrapColumns: [1, 2, col.verdict, col.procedure, col.changes, col.lead, col.lead + 1, col.lead + 2, col.note],
    tables: [{ name: 'TandemAllocation', headerRow: HEADER_ROW, lastRow: tableLast, firstColumn: 1, lastColumn: headers.length }],
    freeze: { rows: HEADER_ROW, columns: 1 },
    print: { landscape: true, fitToWidth: true, repeatRows: HEADER_ROW, paper: 'A3' },
    ...(validations.length ? { validations } : {}),
  };
  return { sheet, col };
}

/** Below Toewijzing's table, the column of a category's kind (where the table shows the first administration's spend). */
const ORPHAN_KIND_COLUMN = 3;

/**
 * What an earlier run's workbook held for categories that are not shared now, by id. A kind counts
 * when it is not the one Tandem gives the category now (one it filled in itself follows the data),
 * or when the category is gone from the data but kept for its other entries.
 */
function orphanEdits(input: SavingsSheetsInput): { id: string; edits?: AllocationEdits; kind?: Kind }[] {
  const shared = new Set(input.savings.shared.map((sc) => sc.category.id));
  const byId = new Map(input.analysis.categories.map((c) => [c.id, c]));
  const out = new Map<string, { id: string; edits?: AllocationEdits; kind?: Kind }>();
  for (const [id, e] of input.allocationEdits ?? []) {
    if (!shared.has(id) && (e.leadOverride || e.status || e.note)) out.set(id, { id, edits: e });
  }
  for (const [id, kind] of input.previousKinds ?? []) {
    if (shared.has(id)) continue;
    const category = byId.get(id);
    const typed = category ? kind !== defaultKind(category) : out.has(id);
    if (typed) out.set(id, { ...out.get(id), id, kind });
  }
  return [...out.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** How the allocation sheet's split is made, with what holds for this many administrations and buyers. */
function splitNotes(L: SavingsLabels, administrations: number, shared: readonly SharedCategory[]): string {
  const notes = [L.text.allocationNote, L.text.splitNote];
  if (administrations > 4) notes.push(L.text.splitValueNote);
  if (shared.some((sc) => sc.savings.splitEstimated)) notes.push(L.text.splitEstimatedNote(EXACT_SHAPLEY_BUYERS, SHAPLEY_ORDERS));
  return notes.join(' ');
}

/** A SUMIF criterion that matches exactly this text: no wildcards (`*`, `?`, `~`), no comparison (`<`, `>`, `=`). */
function criterion(text: string): string {
  return str(`=${text.replace(/[~*?]/g, '~$&')}`);
}

const TOP = 10;

function summarySheet(L: SavingsLabels, input: SavingsSheetsInput, P: ParamRefs, al: ReturnType<typeof allocationSheet>): SheetPlan {
  const { analysis, savings, layout } = input;
  const A = L.sheets.allocation;
  const k = savings.shared.length;
  const lastAlloc = FIRST_ROW + Math.max(k, 1) - 1;
  const range = (c: number) => sheetRef(A, absRange(c, FIRST_ROW, lastAlloc));
  const total = (sn: Scenario) => savings.shared.reduce((a, s) => a + s.savings.scenarios[sn].total, 0);
  const sharedSpend = savings.shared.reduce((a, s) => a + s.savings.combined, 0);
  const rows: PlanCell[][] = [
    [{ v: L.text.summaryTitle(analysis.sources.map((s) => s.name).join(' + ')), style: 'title' }],
    [
      {
        v: savings.period
          ? L.text.period(showDate(savings.period.from, analysis.lang), showDate(savings.period.to, analysis.lang))
          : L.text.noPeriod,
        style: 'note',
      },
    ],
    [],
    [{ v: L.text.headline, style: 'subtitle' }],
    [h(L.col.figure), h(L.col.value)],
  ];
  const figuresHeader = rows.length;
  const figureRow = (label: string, cellPlan: PlanCell) => rows.push([t(label), cellPlan]);
  const worthwhile = savings.shared.filter((x) => x.savings.scenarios.expected.total > 0);
  const worth = (sn: Scenario) => worthwhile.reduce((a, x) => a + x.savings.scenarios[sn].total, 0);
  const expectedRange = range(al.col.expected);
  figureRow(L.text.figures.shared, f(`COUNTA(${range(2)})`, k, 'integer'));
  figureRow(L.text.figures.worthwhile, f(`COUNTIF(${expectedRange},">0")`, worthwhile.length, 'integer'));
  const spendRow = rows.length + 1;
  figureRow(L.text.figures.sharedSpend, f(`SUM(${range(al.col.combined)})`, sharedSpend));
  // Beside it, what was left out as no purchase (dotations, subsidies, taxes…), from Categorieën.
  const categoriesColumn = (c: number) =>
    sheetRef(layout.categoriesSheet, absRange(c, layout.categoriesFirstRow, Math.max(layout.categoriesLastRow, layout.categoriesFirstRow)));
  const notPurchaseCents = notPurchaseTotals(analysis.categories).cents;
  figureRow(
    L.text.figures.notPurchases,
    f(
      `SUMIF(${categoriesColumn(layout.sharedColumn)},${str(layout.notPurchase)},${categoriesColumn(layout.totalColumn)})/${P.param('periodYears')}`,
      notPurchaseCents / 100 / savings.parameters.periodYears,
    ),
  );
  const sumWorth = (c: number) => `SUMIF(${expectedRange},">0",${range(c)})`;
  figureRow(L.text.figures.low, f(sumWorth(al.col.low), worth('low'), 'total'));
  const expectedRow = rows.length + 1;
  figureRow(L.text.figures.expected, f(sumWorth(al.col.expected), worth('expected'), 'total'));
  figureRow(L.text.figures.high, f(sumWorth(al.col.high), worth('high'), 'total'));
  figureRow(
    L.text.figures.share,
    f(`IF(B${spendRow}>0,B${expectedRow}/B${spendRow},0)`, sharedSpend > 0 ? worth('expected') / sharedSpend : 0, 'percent'),
  );
  figureRow(L.text.figures.allShared, f(`SUM(${expectedRange})`, total('expected'), 'total'));
  figureRow(
    L.text.figures.negative,
    f(`COUNTIF(${expectedRange},"<0")`, savings.shared.filter((s) => s.savings.scenarios.expected.total < 0).length, 'integer'),
  );
  figureRow(
    L.text.figures.heavier,
    f(`COUNTIF(${range(al.col.changes)},${str(`${L.text.yes}*`)})`, savings.shared.filter((s) => s.savings.heavier).length, 'integer'),
  );
  figureRow(L.text.figures.pilots, f(`COUNT(${range(al.col.pilot)})`, savings.shared.filter((s) => s.pilot).length, 'integer'));
  const figuresLast = rows.length;

  rows.push([], [{ v: L.text.sources, style: 'subtitle' }], [L.col.administration, L.col.file, L.col.lines, L.col.spend].map(h));
  const sourcesHeader = rows.length;
  for (const cr of layout.controlRows) {
    const src = analysis.sources[cr.source]!;
    const tr = src.tables[cr.table]!;
    rows.push([
      t(src.name),
      t(cr.file),
      f(sheetRef(layout.controlSheet, cell(layout.controlLinesColumn, cr.row)), tr.lines.length, 'integer'),
      f(sheetRef(layout.controlSheet, cell(layout.controlLinesTotalColumn, cr.row)), tr.lines.reduce((a, l) => a + l.amountCents, 0) / 100),
    ]);
  }
  const sourcesLast = rows.length;

  rows.push([], [{ v: L.text.topTitle, style: 'subtitle' }], [h(L.col.category), h(L.col.expected)]);
  const topHeader = rows.length;
  const top = savings.shared.slice(0, TOP);
  top.forEach((sc, i) => {
    const ar = FIRST_ROW + i;
    rows.push([
      f(sheetRef(A, cell(1, ar)), sc.category.names[analysis.lang], 'text'),
      f(sheetRef(A, cell(al.col.expected, ar)), sc.savings.scenarios.expected.total, 'total'),
    ]);
  });
  if (top.length === 0) rows.push([t(L.text.noShared)]);
  const topLast = rows.length;

  rows.push([], [{ v: L.text.councilTitle, style: 'subtitle' }]);
  for (const para of L.text.council) rows.push([{ v: para, style: 'paragraph' }]);

  const S = L.sheets.summary;
  return {
    key: 'summary',
    name: S,
    rows,
    widths: [62, 36, 10, 18],
    // A long category name or file wraps rather than being cut off in the council's copy.
    wrapColumns: [1, 2],
    tables: [
      { name: 'TandemFigures', headerRow: figuresHeader, lastRow: figuresLast, firstColumn: 1, lastColumn: 2 },
      { name: 'TandemSources', headerRow: sourcesHeader, lastRow: Math.max(sourcesLast, sourcesHeader + 1), firstColumn: 1, lastColumn: 4 },
      ...(top.length ? [{ name: 'TandemTopSavings', headerRow: topHeader, lastRow: topLast, firstColumn: 1, lastColumn: 2 }] : []),
    ],
    print: { landscape: true, fitToWidth: true },
    charts: top.length
      ? [
          {
            title: L.text.chartTitle,
            categoriesRef: sheetRef(S, absRange(1, topHeader + 1, topLast)),
            series: [{ name: L.col.expected, valuesRef: sheetRef(S, absRange(2, topHeader + 1, topLast)) }],
            categories: top.map((sc) => sc.category.names[analysis.lang]),
            values: [top.map((sc) => round2(sc.savings.scenarios.expected.total))],
            from: { col: 5, row: 3 },
            to: { col: 14, row: 3 + Math.max(18, top.length * 2 + 4) },
          },
        ]
      : [],
  };
}

function showDate(iso: string, lang: string): string {
  const [y, m, d] = iso.split('-');
  return lang === 'en' ? iso : `${d}/${m}/${y}`;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The savings workbook's own sheets, in the order a reader meets them. */
export function buildSavingsSheets(input: SavingsSheetsInput): {
  summary: SheetPlan;
  allocation: SheetPlan;
  savings: SheetPlan;
  parameters: SheetPlan;
} {
  const L = SAVINGS_LABELS[input.analysis.lang];
  const params = parametersSheet(L, input);
  const sv = savingsSheet(L, input, params.refs);
  const al = allocationSheet(L, input, params.refs, sv);
  return { summary: summarySheet(L, input, params.refs, al), allocation: al.sheet, savings: sv.sheet, parameters: params.sheet };
}
