import { classifyLines, type CategoryInfo } from './classify/classify';
import { TAXONOMY } from './classify/taxonomy';
import type { TaxonomyCategory } from './classify/taxonomy-types';
import type { Classification, Lang, PurchaseLine, RejectedRow, SkippedRow, SourceSnapshot } from './model';
import { extractTable, type TableResult } from './read/extract';

export interface AnalyzeOptions {
  lang?: Lang;
  taxonomy?: readonly TaxonomyCategory[];
  /** Categories typed by the user, per administration name and row (as the spreadsheet shows it). */
  overrides?: readonly { administration: string; file?: string; row: number; category: string }[];
}

export interface SourceResult {
  name: string;
  tables: TableResult[];
}

export interface CategorySummary extends CategoryInfo {
  /** Spend per source index, in cents. */
  spendCents: number[];
  linesPerSource: number[];
  lines: number;
  suppliers: number;
  shared: boolean;
  totalCents: number;
}

export interface Analysis {
  lang: Lang;
  sources: SourceResult[];
  lines: PurchaseLine[];
  classifications: Classification[];
  supplierIds: string[];
  supplierNames: Map<string, string>;
  skipped: SkippedRow[];
  rejected: RejectedRow[];
  /** Shared categories first, by combined spend; then the rest by spend. */
  categories: CategorySummary[];
}

/** The one entry to the engine: snapshots in, a complete analysis out. Pure and deterministic. */
export function analyze(snapshots: readonly SourceSnapshot[], options: AnalyzeOptions = {}): Analysis {
  const lang = options.lang ?? 'nl';
  const sources: SourceResult[] = snapshots.map((snap, s) => ({
    name: snap.name,
    tables: snap.tables.map((_, t) => extractTable(snap, s, t)),
  }));
  const lines = sources.flatMap((s) => s.tables.flatMap((t) => t.lines));
  const skipped = sources.flatMap((s) => s.tables.flatMap((t) => t.skipped));
  const rejected = sources.flatMap((s) => s.tables.flatMap((t) => t.rejected));

  const overrides = new Map<number, string>();
  if (options.overrides?.length) {
    const index = new Map<string, number>();
    lines.forEach((l, i) => {
      const file = snapshots[l.source]!.tables[l.table]!.file;
      index.set(`${snapshots[l.source]!.name}\u0000${l.row}`, i);
      index.set(`${snapshots[l.source]!.name}\u0000${file}\u0000${l.row}`, i);
    });
    for (const o of options.overrides) {
      const key = o.file ? `${o.administration}\u0000${o.file}\u0000${o.row}` : `${o.administration}\u0000${o.row}`;
      const i = index.get(key);
      if (i !== undefined && o.category.trim()) overrides.set(i, o.category);
    }
  }

  const outcome = classifyLines(lines, options.taxonomy ?? TAXONOMY, { overrides });
  const categories = summarise(lines, outcome.perLine, outcome.categories, outcome.supplierIds, snapshots.length);
  return {
    lang,
    sources,
    lines,
    classifications: outcome.perLine,
    supplierIds: outcome.supplierIds,
    supplierNames: outcome.supplierNames,
    skipped,
    rejected,
    categories,
  };
}

function summarise(
  lines: readonly PurchaseLine[],
  perLine: readonly Classification[],
  infos: ReadonlyMap<string, CategoryInfo>,
  supplierIds: readonly string[],
  sourceCount: number,
): CategorySummary[] {
  const byId = new Map<string, CategorySummary & { supplierSet: Set<string> }>();
  lines.forEach((line, i) => {
    const id = perLine[i]!.category;
    let s = byId.get(id);
    if (!s) {
      s = {
        ...infos.get(id)!,
        spendCents: new Array<number>(sourceCount).fill(0),
        linesPerSource: new Array<number>(sourceCount).fill(0),
        lines: 0,
        suppliers: 0,
        shared: false,
        totalCents: 0,
        supplierSet: new Set(),
      };
      byId.set(id, s);
    }
    s.spendCents[line.source]! += line.amountCents;
    s.linesPerSource[line.source]!++;
    s.lines++;
    s.totalCents += line.amountCents;
    if (supplierIds[i]) s.supplierSet.add(supplierIds[i]!);
  });
  const out: CategorySummary[] = [];
  for (const { supplierSet, ...s } of byId.values()) {
    s.suppliers = supplierSet.size;
    // A category is shared when at least two administrations actually spend on it (credits alone do not count).
    s.shared = s.origin !== 'unclassified' && s.spendCents.filter((c) => c > 0).length >= 2;
    out.push(s);
  }
  return out.sort((a, b) => Number(b.shared) - Number(a.shared) || b.totalCents - a.totalCents || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
