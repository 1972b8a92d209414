import { notPurchaseTotals, type Analysis } from './analyze';
import { columnLetter, LABELS } from './labels';
import type { Lang, SourceSnapshot, Tick } from './model';
import { TICK_EVERY } from './model';
import { MAX_CELL_TEXT, type TableResult } from './read/extract';
import type { SavingsResult } from './savings';
import { PROCEDURE_NAMES, PROCEDURES } from './savings/parameters';

/** Euro from cents, as a JSON number with at most two decimals. */
export function euro(cents: number): number {
  return cents / 100;
}

export interface ReportSource {
  name: string;
  file: string;
  sheet: string;
  headerRow: number;
  mapping: Record<string, { column: string; header: string; confidence: number }>;
  amountsIncludeVat: boolean;
  currency: string;
  lines: number;
  skipped: number;
  rejected: number;
  total: number;
  reconciliation: { amountColumn: number; totalsRows: number; lines: number; difference: number };
  /** The languages its descriptions are read in (`nl`, `fr`, `en`): those chosen, else those found. */
  languages: Lang[];
  /** The languages its descriptions were found to be written in. */
  languagesFound: Lang[];
  /** What someone typed for its languages on the control sheet, as typed (absent when nothing was). */
  languageChoice?: string;
  /** Present when one administration's lines come from several files or sheets. */
  tables?: Omit<ReportSource, 'name' | 'tables' | 'languages' | 'languagesFound' | 'languageChoice'>[];
}

/**
 * The JSON report (`tandem.report/1`): plain, deterministic data — same input, same bytes. Amounts
 * are euro numbers; rows are as the spreadsheet shows them.
 */
export function buildReport(
  analysis: Analysis,
  snapshots: readonly SourceSnapshot[],
  savings: SavingsResult,
  /** `lines: false`: the list of lines left empty, for a caller that drops it (the task pane has them in the workbook). */
  options: { council?: boolean; lines?: boolean; tick?: Tick } = {},
) {
  const L = LABELS[analysis.lang];
  const names = snapshots.map((s) => s.name);
  const where = (source: number, table: number) => ({
    file: snapshots[source]!.tables[table]!.file,
    sheet: snapshots[source]!.tables[table]!.sheet,
  });
  const multi = snapshots.map((s) => s.tables.length > 1);

  const sources: ReportSource[] = analysis.sources.map((src, s) => {
    const tables = src.tables.map((t, ti) => {
      const lineCents = t.lines.reduce((sum, l) => sum + l.amountCents, 0);
      return {
        ...where(s, ti),
        headerRow: t.layout.headerRow,
        mapping: Object.fromEntries(
          t.layout.columns.map((c) => [c.role, { column: columnLetter(c.column + 1), header: c.header, confidence: c.confidence }]),
        ),
        amountsIncludeVat: t.amountMode === 'gross',
        currency: t.currency,
        lines: t.lines.length,
        skipped: t.skipped.length,
        rejected: t.rejected.length,
        total: euro(lineCents),
        reconciliation: {
          amountColumn: euro(t.columnTotalCents),
          totalsRows: euro(t.totalsCents),
          lines: euro(lineCents),
          difference: euro(t.columnTotalCents - t.totalsCents - lineCents),
        },
      };
    });
    const first = tables[0]!;
    const sum = (k: 'lines' | 'skipped' | 'rejected') => tables.reduce((n, t) => n + t[k], 0);
    const sumCents = (pick: (t: (typeof tables)[number]) => number) => tables.reduce((n, t) => n + Math.round(pick(t) * 100), 0);
    return {
      name: src.name,
      file: first.file,
      sheet: first.sheet,
      headerRow: first.headerRow,
      mapping: first.mapping,
      amountsIncludeVat: tables.some((t) => t.amountsIncludeVat),
      currency: first.currency,
      lines: sum('lines'),
      skipped: sum('skipped'),
      rejected: sum('rejected'),
      total: euro(sumCents((t) => t.total)),
      reconciliation: {
        amountColumn: euro(sumCents((t) => t.reconciliation.amountColumn)),
        totalsRows: euro(sumCents((t) => t.reconciliation.totalsRows)),
        lines: euro(sumCents((t) => t.reconciliation.lines)),
        difference: euro(sumCents((t) => t.reconciliation.difference)),
      },
      languages: analysis.languages[s]!,
      languagesFound: analysis.languagesFound[s]!,
      ...(analysis.languageChoices[s] ? { languageChoice: analysis.languageChoices[s] } : {}),
      ...(tables.length > 1 ? { tables } : {}),
    };
  });

  const categoryName = new Map(analysis.categories.map((c) => [c.id, c.names[analysis.lang]]));
  const tick = options.tick;
  const lines = (options.lines === false ? [] : analysis.lines).map((l, i) => {
    if (tick && i % TICK_EVERY === 0) tick(i, analysis.lines.length);
    const c = analysis.classifications[i]!;
    const line = {
      administration: names[l.source]!,
      row: l.row,
      date: l.date ?? null,
      amount: euro(l.amountCents),
      supplier: l.supplier ?? null,
      // The council copy leaves out descriptions: they can hold personal data.
      description: options.council ? null : (l.description ?? null),
      category: c.category,
      categoryName: categoryName.get(c.category) ?? c.category,
      evidence: c.evidence.kind,
      evidenceDetail: c.evidence.detail,
    };
    // Only where an administration has several files or sheets, right after its name. The usual
    // case stays a plain literal: V8 builds an object with a spread in it key by key.
    if (!multi[l.source]) return line;
    const { file, sheet } = where(l.source, l.table);
    const { administration, ...rest } = line;
    return { administration, file, sheet, ...rest };
  });

  const rejected = analysis.rejected.map((r) => ({
    administration: names[r.source]!,
    ...where(r.source, r.table),
    row: r.row,
    column: columnLetter(r.column),
    columnHeader: r.header,
    reason: L.reject[r.code](r.header, r.value),
    code: r.code,
    value: r.value,
  }));

  const skipped = analysis.skipped.map((r) => ({
    administration: names[r.source]!,
    ...(multi[r.source] ? where(r.source, r.table) : {}),
    row: r.row,
    reason: r.reason,
    ...(r.amountCents !== undefined ? { amount: euro(r.amountCents) } : {}),
  }));

  const warnings = analysis.sources.flatMap((src, s) =>
    src.tables.flatMap((t, ti) => tableWarnings(t, analysis.lang).map((w) => ({ administration: names[s]!, ...where(s, ti), ...w }))),
  );

  const sharedById = new Map(savings.shared.map((s) => [s.category.id, s]));
  const perSource = (values: readonly number[]) => Object.fromEntries(names.map((n, i) => [n, round2(values[i]!)]));
  const categories = analysis.categories.map((c) => {
    const sc = sharedById.get(c.id);
    const joint = sc
      ? {
          kind: sc.kind,
          annual: { ...perSource(sc.savings.annual), combined: round2(sc.savings.combined) },
          savings: Object.fromEntries(
            (['low', 'expected', 'high'] as const).map((s) => {
              const x = sc.savings.scenarios[s];
              return [
                s,
                {
                  total: round2(x.total),
                  volume: round2(x.volume),
                  harmonisation: round2(x.harmonisation),
                  process: round2(x.process),
                  coordination: round2(x.coordination),
                },
              ];
            }),
          ),
          procedure: {
            level: sc.savings.jointLevel,
            id: PROCEDURES[sc.savings.jointLevel]!,
            name: PROCEDURE_NAMES[PROCEDURES[sc.savings.jointLevel]!][analysis.lang],
            contractValue: round2(sc.savings.combined * savings.parameters.contractYears),
            alone: Object.fromEntries(names.map((n, i) => [n, PROCEDURES[sc.savings.levels[i]!]!])),
            heavier: sc.savings.heavier,
          },
          lead: { administration: sc.lead.administration, service: sc.lead.service, reason: sc.lead.reason },
          key: Object.fromEntries(names.map((n, i) => [n, round4(sc.savings.key[i]!)])),
          split: perSource(sc.savings.split),
          // Only where it holds (more than 12 buyers), so reports of a few administrations stay as they were.
          ...(sc.savings.splitEstimated ? { splitEstimated: true as const } : {}),
          pilot: sc.pilot,
        }
      : null;
    return {
      id: c.id,
      name: c.names[analysis.lang],
      cpv: c.cpv,
      kind: c.kind,
      origin: c.origin,
      purchase: c.purchase,
      shared: c.shared,
      spend: Object.fromEntries(names.map((n, s) => [n, euro(c.spendCents[s]!)])),
      total: euro(c.totalCents),
      lines: c.lines,
      linesPerSource: Object.fromEntries(names.map((n, s) => [n, c.linesPerSource[s]!])),
      suppliers: c.suppliers,
      circular: c.circular,
      ...(joint ?? {}),
    };
  });

  const p = savings.parameters;
  const notPurchases = notPurchaseTotals(analysis.categories);
  return {
    schema: 'tandem.report/1' as const,
    lang: analysis.lang,
    period: savings.period,
    parameters: {
      periodYears: p.periodYears,
      contractYears: p.contractYears,
      elasticity: p.elasticity,
      harmonisation: p.harmonisation,
      procedureCost: p.procedureCost,
      coordinationPerYear: p.coordinationPerYear,
      thresholds: p.thresholds,
      thresholdDate: p.thresholdDate,
      capacityPerService: p.capacityPerService,
    },
    sources,
    summary: {
      lines: analysis.lines.length,
      skipped: skipped.length,
      rejected: rejected.length,
      categories: categories.length,
      sharedCategories: categories.filter((c) => c.shared).length,
      sharedSpend: euro(analysis.categories.filter((c) => c.shared).reduce((n, c) => n + c.totalCents, 0)),
      totalSpend: euro(analysis.categories.reduce((n, c) => n + c.totalCents, 0)),
      // Subsidies, dotations, taxes, benefits, wages, refunds: in totalSpend, never in the savings.
      notPurchases: { lines: notPurchases.lines, spend: euro(notPurchases.cents) },
      // Per year, as Samenvatting shows it (sharedSpend above covers the whole period of the data).
      sharedSpendPerYear: round2(savings.shared.reduce((n, x) => n + x.savings.combined, 0)),
      worthwhileCategories: savings.shared.filter((x) => x.savings.scenarios.expected.total > 0).length,
      // In the categories where joining pays off (expected saving > 0), as Samenvatting shows it.
      savingsPerYear: Object.fromEntries(
        (['low', 'expected', 'high'] as const).map((s) => [
          s,
          round2(
            savings.shared.filter((x) => x.savings.scenarios.expected.total > 0).reduce((n, x) => n + x.savings.scenarios[s].total, 0),
          ),
        ]),
      ),
      savingsPerYearAllShared: Object.fromEntries(
        (['low', 'expected', 'high'] as const).map((s) => [
          s,
          round2(savings.shared.reduce((n, x) => n + x.savings.scenarios[s].total, 0)),
        ]),
      ),
    },
    categories,
    lines,
    rejected,
    skipped,
    warnings,
  };
}

export type Report = ReturnType<typeof buildReport>;
/**
 * The report without its list of lines: what the task pane shows. The lines are nearly all of a
 * large report (67 MB of 67 at 200,000 lines), and the pane has them in the workbook already.
 */
export type ReportOverview = Omit<Report, 'lines'>;

export function withoutLines(report: Report): ReportOverview {
  const { lines: _lines, ...overview } = report;
  return overview;
}

/** What the reader should know about one table: VAT-inclusive amounts, unreadable dates, doubled headers, cut texts. */
export function tableWarnings(t: TableResult, lang: Lang): { row: number | null; message: string }[] {
  const L = LABELS[lang];
  return [
    ...(t.amountMode === 'gross' ? [{ row: null, message: L.text.vatIncluded }] : []),
    ...t.badDates.map((d) => ({ row: d.row, message: L.text.badDate(d.value) })),
    ...t.duplicateHeaders.map((d) => ({
      row: d.row,
      message: WARNINGS[lang].duplicateHeader(d.header, d.columns.map(columnLetter), columnLetter(d.used), L.roles[d.role]),
    })),
    ...t.cutTexts.map((c) => ({ row: c.row, message: WARNINGS[lang].cutText(columnLetter(c.column), c.length, MAX_CELL_TEXT) })),
  ];
}

/** Warnings the report gives beyond the sheet labels', in the report's language. */
const WARNINGS: Record<
  Lang,
  {
    duplicateHeader: (h: string, cols: string[], used: string, role: string) => string;
    cutText: (col: string, length: number, max: number) => string;
  }
> = {
  nl: {
    duplicateHeader: (h, cols, used, role) =>
      `Kolommen ${cols.join(', ')} heten allemaal "${h}"; kolom ${used} is gelezen als ${role.toLowerCase()}`,
    cutText: (col, n, max) =>
      `De tekst in kolom ${col} telt ${n} tekens; ingekort tot ${max} (het maximum van een Excel-cel), de lijn telt mee`,
  },
  fr: {
    duplicateHeader: (h, cols, used, role) =>
      `Les colonnes ${cols.join(', ')} s'appellent toutes « ${h} » ; la colonne ${used} est lue comme ${role.toLowerCase()}`,
    cutText: (col, n, max) =>
      `Le texte de la colonne ${col} compte ${n} caractères ; réduit à ${max} (le maximum d'une cellule Excel), la ligne compte`,
  },
  en: {
    duplicateHeader: (h, cols, used, role) =>
      `Columns ${cols.join(', ')} are all named "${h}"; column ${used} is read as ${role.toLowerCase()}`,
    cutText: (col, n, max) =>
      `The text in column ${col} has ${n} characters; cut to ${max} (the most an Excel cell holds), the line counts`,
  },
};

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
