/**
 * The report as the review step shows it: the shared categories as rows, the headline figures, and
 * the rows that could not be read (with sheet, row and column).
 */
import { languageNames } from '../engine/labels';
import type { Lang } from '../engine/model';
import type { ReportOverview } from '../engine/report';

export interface ReviewRow {
  id: string;
  category: string;
  /** Spend per year per administration, in the order of `ReviewData.sources` (euro). */
  spend: number[];
  combined: number;
  /** Expected saving per year (euro); low and high scenarios beside it. */
  expected: number;
  low: number;
  high: number;
  /** "Gemeente – Facilitaire dienst". */
  lead: string;
  /** Why that lead. */
  why: string;
  procedure: string;
  /** Joining needs a heavier procedure than each would run alone. */
  heavier: boolean;
}

export interface ReviewProblem {
  administration: string;
  file: string;
  sheet: string;
  row: number;
  column: string;
  /** In the report's language. */
  reason: string;
}

export interface ReviewData {
  lang: Lang;
  sources: string[];
  /** The languages descriptions are read in, named in the report's language, with the sources read in them. */
  languages: { names: string; sources: string[] }[];
  rows: ReviewRow[];
  summary: {
    totalSpend: number;
    sharedSpend: number;
    categories: number;
    sharedCategories: number;
    worthwhileCategories: number;
    /** Lines and spend of categories that are no purchase (never shared, never in the savings). */
    notPurchases: { lines: number; spend: number };
    lines: number;
    rejected: number;
    savings: { low: number; expected: number; high: number };
  };
  rejected: ReviewProblem[];
  /** Sources whose amounts include VAT, bad dates, …: in the report's language, with where. */
  warnings: { administration: string; sheet: string; row: number | null; message: string }[];
  withoutAmounts: { file: string; sheet: string }[];
}

interface SharedFields {
  annual?: Record<string, number>;
  savings?: Record<'low' | 'expected' | 'high', { total: number }>;
  procedure?: { name: string; heavier: boolean };
  lead?: { administration: string; service: string; reason: string };
}

/** The review of a run, with the shared categories by expected saving, largest first. */
export function reviewOf(report: ReportOverview, withoutAmounts: readonly { file: string; sheet: string }[] = []): ReviewData {
  const sources = report.sources.map((s) => s.name);
  const rows: ReviewRow[] = report.categories
    .filter((c) => c.shared)
    .map((c) => {
      const x = c as typeof c & SharedFields;
      const annual: Record<string, number | undefined> = (x.annual ?? {}) as Record<string, number>;
      const spend = sources.map((n) => annual[n] ?? c.spend[n] ?? 0);
      return {
        id: c.id,
        category: c.name,
        spend,
        combined: annual.combined ?? c.total,
        expected: x.savings?.expected.total ?? 0,
        low: x.savings?.low.total ?? 0,
        high: x.savings?.high.total ?? 0,
        lead: x.lead ? [x.lead.administration, x.lead.service].filter(Boolean).join(' – ') : '',
        why: x.lead?.reason ?? '',
        procedure: x.procedure?.name ?? '',
        heavier: x.procedure?.heavier ?? false,
      };
    })
    .sort((a, b) => b.expected - a.expected || b.combined - a.combined || (a.category < b.category ? -1 : 1));
  const s = report.summary;
  const savings = s.savingsPerYear as Record<string, number>;
  const languages: ReviewData['languages'] = [];
  for (const source of report.sources) {
    const names = languageNames(source.languages, report.lang);
    const same = languages.find((g) => g.names === names);
    if (same) same.sources.push(source.name);
    else languages.push({ names, sources: [source.name] });
  }
  return {
    lang: report.lang,
    sources,
    languages,
    rows,
    summary: {
      totalSpend: s.totalSpend,
      sharedSpend: s.sharedSpend,
      categories: s.categories,
      sharedCategories: s.sharedCategories,
      worthwhileCategories: s.worthwhileCategories,
      notPurchases: s.notPurchases,
      lines: s.lines,
      rejected: s.rejected,
      savings: { low: savings.low ?? 0, expected: savings.expected ?? 0, high: savings.high ?? 0 },
    },
    rejected: report.rejected.map((r) => ({
      administration: r.administration,
      file: r.file,
      sheet: r.sheet,
      row: r.row,
      column: r.column,
      reason: r.reason,
    })),
    warnings: report.warnings.map((w) => ({ administration: w.administration, sheet: w.sheet, row: w.row, message: w.message })),
    withoutAmounts: [...withoutAmounts],
  };
}
