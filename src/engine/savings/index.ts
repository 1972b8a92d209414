import type { Analysis, CategorySummary } from '../analyze';
import { TICK_EVERY, type Tick } from '../model';
import { allocate, type Lead } from './allocate';
import { findPriceGaps, gapPerSource, type PriceItem } from './harmonise';
import { categorySavings, type CategorySavings } from './model';
import { defaultParameters, setParameter, type Kind, type Parameters } from './parameters';

export interface SavingsOptions {
  /** Name of a central purchasing service that takes categories needing an open or EU procedure. */
  central?: string;
  /** The date thresholds are taken for; default the latest date in the data. */
  reportDate?: string;
  /** Parameter values the user edited (by key), e.g. from the Parameters sheet of an earlier run. */
  parameters?: Readonly<Record<string, number>>;
  /** A kind (goods, services, works) the user chose for a category, by category id, e.g. on Besparingen of an earlier run. */
  kinds?: ReadonlyMap<string, Kind>;
  tick?: Tick;
}

/** The kind Tandem gives a category of itself: its taxonomy's, and services for one it made up. */
export function defaultKind(category: Pick<CategorySummary, 'kind'>): Kind {
  return category.kind ?? 'services';
}

export interface SharedCategory {
  category: CategorySummary;
  kind: Kind;
  savings: CategorySavings;
  lead: Lead;
  /** 1 = the best place to start; null when not a pilot candidate. */
  pilot: number | null;
}

export interface SavingsResult {
  parameters: Parameters;
  /** The parameters before the user's edits, shown beside them. */
  defaults: Parameters;
  /** First and last date in the data, when lines have dates. */
  period: { from: string; to: string } | null;
  shared: SharedCategory[];
  priceItems: PriceItem[];
}

const DAY_MS = 86_400_000;

export function dataPeriod(analysis: Analysis): { from: string; to: string; years: number } | null {
  let from = '';
  let to = '';
  const lines = analysis.lines;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.date) continue;
    if (!from || l.date < from) from = l.date;
    if (!to || l.date > to) to = l.date;
  }
  if (!from) return null;
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
  // Whole months: a year of monthly exports is 1, a quarter 0.25.
  const years = Math.max(1, Math.round((days / 365.25) * 12)) / 12;
  return { from, to, years };
}

const PILOT_COUNT = 5;

/**
 * The second half of the engine: for every shared category, what joining would save (three
 * scenarios), which procedure the combined value needs, who leads, how to share the gain, and
 * where to start.
 */
export function computeSavings(analysis: Analysis, options: SavingsOptions = {}): SavingsResult {
  const period = dataPeriod(analysis);
  const reportDate = options.reportDate ?? period?.to ?? '2026-01-01';
  const defaults = defaultParameters(reportDate, period ? round2(period.years) : 1);
  let parameters = defaults;
  for (const [key, value] of Object.entries(options.parameters ?? {})) parameters = setParameter(parameters, key, value);

  const sources = analysis.sources.length;
  const priceItems = findPriceGaps(analysis.lines, analysis.classifications, options.tick).filter((it) =>
    analysis.categories.some((c) => c.id === it.category && c.shared),
  );
  const gaps = gapPerSource(priceItems, sources);
  const sharedSummaries = analysis.categories.filter((c) => c.shared);
  const computed = sharedSummaries.map((category) => {
    const kind: Kind = options.kinds?.get(category.id) ?? defaultKind(category);
    const gap = (gaps.get(category.id) ?? new Array<number>(sources).fill(0)).map((g) => g / parameters.periodYears);
    return {
      category,
      kind,
      savings: categorySavings({ kind, spend: category.spendCents.map((c) => c / 100), harmonisationGap: gap }, parameters),
    };
  });
  // Most valuable first: the order of the sheets, and the order leads are handed out in.
  computed.sort(
    (a, b) => b.savings.scenarios.expected.total - a.savings.scenarios.expected.total || (a.category.id < b.category.id ? -1 : 1),
  );

  const profile = categoryProfiles(analysis, options.tick);
  const leads = allocate(
    computed.map((c) => {
      const p = profile.get(c.category.id)!;
      return {
        categoryId: c.category.id,
        spend: c.category.spendCents.map((x) => x / 100),
        lines: c.category.linesPerSource,
        topService: p.topService,
        knowsTopSupplier: p.knowsTopSupplier,
        topSupplier: p.topSupplier,
        jointLevel: c.savings.jointLevel,
      };
    }),
    {
      sourceNames: analysis.sources.map((s) => s.name),
      central: options.central,
      capacityPerService: parameters.capacityPerService,
      lang: analysis.lang,
    },
  );

  // Pilots: a saving even in the low scenario, a light procedure (quick to run), most saving first.
  const pilots = computed
    .map((c, i) => ({ i, c }))
    .filter(({ c }) => c.savings.scenarios.low.total > 0 && c.savings.jointLevel <= 1)
    .slice(0, PILOT_COUNT);
  const pilotRank = new Map(pilots.map(({ i }, rank) => [i, rank + 1]));

  return {
    parameters,
    defaults,
    period: period ? { from: period.from, to: period.to } : null,
    shared: computed.map((c, i) => ({ ...c, lead: leads[i]!, pilot: pilotRank.get(i) ?? null })),
    priceItems,
  };
}

function categoryProfiles(analysis: Analysis, tick?: Tick) {
  const n = analysis.sources.length;
  const services = new Map<string, Map<string, number>[]>();
  // Per category, per supplier: what it was paid, and by which administrations.
  const suppliers = new Map<string, Map<string, { cents: number; sources: Set<number> }>>();
  analysis.lines.forEach((l, i) => {
    if (tick && i % TICK_EVERY === 0) tick(i, analysis.lines.length);
    const cat = analysis.classifications[i]!.category;
    let perSource = services.get(cat);
    if (!perSource) services.set(cat, (perSource = Array.from({ length: n }, () => new Map())));
    if (l.service) {
      const m = perSource[l.source]!;
      m.set(l.service, (m.get(l.service) ?? 0) + l.amountCents);
    }
    const sid = analysis.supplierIds[i];
    if (sid) {
      let m = suppliers.get(cat);
      if (!m) suppliers.set(cat, (m = new Map()));
      let paid = m.get(sid);
      if (!paid) m.set(sid, (paid = { cents: 0, sources: new Set() }));
      paid.cents += l.amountCents;
      paid.sources.add(l.source);
    }
  });
  const out = new Map<string, { topService: string[]; topSupplier: string; knowsTopSupplier: boolean[] }>();
  for (const c of analysis.categories) {
    const topService = (services.get(c.id) ?? []).map((m) => top(m));
    const paid = suppliers.get(c.id);
    const sid = paid ? top(new Map([...paid].map(([k, v]) => [k, v.cents]))) : '';
    const buyers = (sid && paid?.get(sid)?.sources) || new Set<number>();
    out.set(c.id, {
      topService: topService.length ? topService : new Array<string>(n).fill(''),
      topSupplier: sid ? (analysis.supplierNames.get(sid) ?? '') : '',
      knowsTopSupplier: Array.from({ length: n }, (_, i) => buyers.has(i)),
    });
  }
  return out;
}

function top(m: Map<string, number>): string {
  let best = '';
  let bestValue = -Infinity;
  for (const [k, v] of m) {
    if (v > bestValue || (v === bestValue && k < best)) {
      best = k;
      bestValue = v;
    }
  }
  return best;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
