import { classifyLines, type CategoryInfo } from './classify/classify';
import { ALL_LANGS, languagesIn, readLanguageChoice } from './classify/languages';
import { TAXONOMY } from './classify/taxonomy';
import type { TaxonomyCategory } from './classify/taxonomy-types';
import type { Classification, Lang, PurchaseLine, RejectedRow, SkippedRow, SourceSnapshot, Tick } from './model';
import type { LineOverride } from './plan/edits';
import { extractTable, type TableResult } from './read/extract';

export interface AnalyzeOptions {
  lang?: Lang;
  taxonomy?: readonly TaxonomyCategory[];
  /** Categories typed by the user, per administration name and row (as the spreadsheet shows it). */
  overrides?: readonly LineOverride[];
  /** The languages typed for an administration's descriptions (`Nederlands, Frans`), by its name. */
  languageChoices?: ReadonlyMap<string, string>;
  /** Told how far the long loops have come (see `Tick`). */
  tick?: Tick;
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
  /** Per source, the languages its descriptions are read in: those typed for it when they name languages, else those found. */
  languages: Lang[][];
  /** Per source, the languages its descriptions were found to be written in (see `sourceLanguages`). */
  languagesFound: Lang[][];
  /** Per source, what was typed for its languages, as typed ('' when nothing was). */
  languageChoices: string[];
}

/** The one entry to the engine: snapshots in, a complete analysis out. Pure and deterministic. */
export function analyze(snapshots: readonly SourceSnapshot[], options: AnalyzeOptions = {}): Analysis {
  const lang = options.lang ?? 'nl';
  const sources: SourceResult[] = snapshots.map((snap, s) => ({
    name: snap.name,
    tables: snap.tables.map((_, t) => extractTable(snap, s, t, options.tick)),
  }));
  sameCurrencyWhereUnnamed(sources);
  // Indexed loops, not `flatMap`, which copies 200,000 lines one by one through its generic path,
  // nor `for…of`, which allocates a result per step until it is optimised.
  const lines: PurchaseLine[] = [];
  const skipped: SkippedRow[] = [];
  const rejected: RejectedRow[] = [];
  for (const s of sources) {
    for (const t of s.tables) {
      for (let i = 0; i < t.lines.length; i++) lines.push(t.lines[i]!);
      for (let i = 0; i < t.skipped.length; i++) skipped.push(t.skipped[i]!);
      for (let i = 0; i < t.rejected.length; i++) rejected.push(t.rejected[i]!);
    }
  }

  const overrides = resolveOverrides(lines, snapshots, options.overrides ?? []);

  const languageChoices = snapshots.map((snap) => options.languageChoices?.get(snap.name)?.trim() ?? '');
  const chosen = languageChoices.map((typed) => readLanguageChoice(typed) ?? undefined);
  const outcome = classifyLines(lines, options.taxonomy ?? TAXONOMY, { overrides, languages: chosen, tick: options.tick });
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
    languages: snapshots.map((_, s) => languagesIn(chosen[s] ?? outcome.languagesFound[s] ?? ALL_LANGS)),
    languagesFound: snapshots.map((_, s) => languagesIn(outcome.languagesFound[s] ?? ALL_LANGS)),
    languageChoices,
  };
}

/**
 * A table that names no currency is in the one the others name, when they all name the same: a
 * fire service's spreadsheets without `£` beside a council's CSV in pounds are in pounds too, not
 * in euro. Amounts are kept in cents either way; only how they are shown changes.
 */
function sameCurrencyWhereUnnamed(sources: readonly SourceResult[]): void {
  const named = new Set<string>();
  for (const s of sources) for (const t of s.tables) if (!t.currencyUnnamed && t.amountMode !== 'none') named.add(t.currency);
  if (named.size !== 1) return;
  const [currency] = named;
  for (const s of sources) for (const t of s.tables) if (t.currencyUnnamed) t.currency = currency!;
}

/** Lines and spend (cents) of the categories that are no purchase: never shared, never in the savings. */
export function notPurchaseTotals(categories: readonly CategorySummary[]): { lines: number; cents: number } {
  let lines = 0;
  let cents = 0;
  for (const c of categories) {
    if (c.purchase) continue;
    lines += c.lines;
    cents += c.totalCents;
  }
  return { lines, cents };
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
    // A category is shared when at least two administrations actually spend on it (credits alone do
    // not count), and what they spend is bought: two dotations are no joint purchase.
    s.shared = s.purchase && s.origin !== 'unclassified' && s.spendCents.filter((c) => c > 0).length >= 2;
    out.push(s);
  }
  return out.sort((a, b) => Number(b.shared) - Number(a.shared) || b.totalCents - a.totalCents || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Finds the line each typed category belongs to. The row it was typed on is trusted only when that
 * line still says the same (amount and description); otherwise the one line of that administration
 * that says the same takes it, so a line added or removed above it does not move the category onto
 * another purchase. An override whose line is gone, or is no longer unique, is dropped.
 */
function resolveOverrides(
  lines: readonly PurchaseLine[],
  snapshots: readonly SourceSnapshot[],
  overrides: readonly LineOverride[],
): Map<number, string> {
  const out = new Map<number, string>();
  if (overrides.length === 0) return out;
  const byRow = new Map<string, number>();
  const byContent = new Map<string, number[]>();
  const contentKey = (admin: string, cents: number, description: string) => `${admin}\u0000${cents}\u0000${description}`;
  // Only lines on a row, or of an amount, that some typed category names can take one: a few typed
  // categories over 200,000 lines then index a handful of lines, not every line three times.
  const rows = new Set(overrides.map((o) => o.row));
  const amounts = new Set(overrides.flatMap((o) => (o.amount === undefined ? [] : [Math.round(o.amount * 100)])));
  lines.forEach((l, i) => {
    const name = snapshots[l.source]!.name;
    if (rows.has(l.row)) {
      byRow.set(`${name}\u0000${snapshots[l.source]!.tables[l.table]!.file}\u0000${l.row}`, i);
      if (!byRow.has(`${name}\u0000\u0000${l.row}`)) byRow.set(`${name}\u0000\u0000${l.row}`, i);
    }
    if (amounts.has(l.amountCents)) {
      const k = contentKey(name, l.amountCents, l.description ?? '');
      const same = byContent.get(k);
      if (same) same.push(i);
      else byContent.set(k, [i]);
    }
  });
  for (const o of overrides) {
    if (!o.category.trim()) continue;
    const at = byRow.get(`${o.administration}\u0000${o.file}\u0000${o.row}`) ?? byRow.get(`${o.administration}\u0000\u0000${o.row}`);
    if (o.amount === undefined) {
      if (at !== undefined) out.set(at, o.category);
      continue;
    }
    const cents = Math.round(o.amount * 100);
    const same = (i: number) => lines[i]!.amountCents === cents && (lines[i]!.description ?? '') === (o.description ?? '');
    if (at !== undefined && same(at)) {
      out.set(at, o.category);
      continue;
    }
    const candidates = (byContent.get(contentKey(o.administration, cents, o.description ?? '')) ?? []).filter((i) => !out.has(i));
    if (candidates.length === 1) out.set(candidates[0]!, o.category);
  }
  return out;
}
