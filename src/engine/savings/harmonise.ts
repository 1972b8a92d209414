import type { Classification, PurchaseLine, Tick } from '../model';
import { TICK_EVERY } from '../model';
import { fold, foldWords, isContentWord } from '../text/normalize';

/** One administration's purchases of one item, where the item is bought by two or more of them. */
export interface PriceRow {
  category: string;
  /** The item as the lines name it (the most common spelling). */
  item: string;
  source: number;
  quantity: number;
  amountCents: number;
}

export interface PriceItem {
  category: string;
  item: string;
  rows: PriceRow[];
}

const MIN_GAP = 0.005;

/** Units that mean "a lump sum": the amount is no unit price. */
const LUMP_SUM = new Set([
  'forfait',
  'forfaitair',
  'forfaitaire',
  'fft',
  'ff',
  'pauschal',
  'lump sum',
  'lumpsum',
  'ls',
  'global',
  'globaal',
]);

/**
 * The item a line buys, as a key: its content words, with the sizes and model numbers kept (a
 * 500 g pack is not a 1 kg pack; an EliteBook 840 is not an 860) but long article or order numbers
 * left out, and its unit. Null when the description has no content words.
 */
function itemKey(description: string, foldedUnit: string): string | null {
  const content: string[] = [];
  const sizes: string[] = [];
  for (const w of foldWords(description)) {
    if (isContentWord(w)) content.push(w);
    if (HAS_DIGIT.test(w) && !LONG_NUMBER.test(w)) sizes.push(w);
  }
  return content.length === 0 ? null : [...content, ...sizes, '|', foldedUnit].join(' ');
}
const HAS_DIGIT = /\d/;
const LONG_NUMBER = /^\d{5,}$/;

interface Count {
  n: number;
}
/** One item of one category: how its lines spell it, and per source the quantity and amount bought. */
interface Group {
  category: string;
  spellings: Map<string, Count>;
  /** By source index (a handful): quantity and amount bought. */
  perSource: ({ q: number; c: number } | undefined)[];
  /** How many sources buy it. */
  buyers: number;
}
/** A unit as written, and per description the item its lines buy (null: no content words). */
interface Unit {
  folded: string;
  lumpSum: boolean;
  descriptions: Map<string, { item: string | null; group: Group | null; spelling: Count | null }>;
}

function newUnit(raw: string): Unit {
  const folded = raw ? fold(raw) : '';
  return { folded, lumpSum: LUMP_SUM.has(folded), descriptions: new Map() };
}

/**
 * Finds items that two or more administrations buy at different unit prices. An item is the same
 * category, the same description (case, accents, long article numbers set aside; sizes kept) and the
 * same unit. Only lines with a positive quantity and amount count, so unit prices are real; a lump
 * sum (unit `forfait`, or a quantity of 1 with no unit) is no unit price and is left out.
 */
export function findPriceGaps(lines: readonly PurchaseLine[], classes: readonly Classification[], tick?: Tick): PriceItem[] {
  // A general ledger export (most municipalities') states no quantities: with fewer than two
  // administrations that do, no item has two buyers, and 200,000 lines need not be grouped to find none.
  if (!quantitiesFromTwoSources(lines)) return [];
  // By category, then item.
  const groups = new Map<string, Map<string, Group>>();
  const groupOf = (category: string, item: string): Group => {
    let byItem = groups.get(category);
    if (!byItem) groups.set(category, (byItem = new Map()));
    let g = byItem.get(item);
    if (!g) byItem.set(item, (g = { category, spellings: new Map(), perSource: [], buyers: 0 }));
    return g;
  };
  // By unit as written (a few), then description. Most descriptions recur, so each is split into
  // words once, and its lines find their group and spelling count without building the item's key.
  const units = new Map<string, Unit>();
  lines.forEach((l, i) => {
    if (tick && i % TICK_EVERY === 0) tick(i, lines.length);
    if (!l.quantity || l.quantity <= 0 || l.amountCents <= 0 || !l.description) return;
    const rawUnit = l.unit ?? '';
    let unit = units.get(rawUnit);
    if (!unit) units.set(rawUnit, (unit = newUnit(rawUnit)));
    if (unit.lumpSum || (!unit.folded && l.quantity === 1)) return;
    let d = unit.descriptions.get(l.description);
    if (!d) unit.descriptions.set(l.description, (d = { item: itemKey(l.description, unit.folded), group: null, spelling: null }));
    if (d.item === null) return;
    const category = classes[i]!.category;
    if (d.group?.category !== category) {
      // Lines with one description nearly always share a category: the group is looked up again only when it changes.
      d.group = groupOf(category, d.item);
      d.spelling = d.group.spellings.get(l.description) ?? null;
      if (!d.spelling) d.group.spellings.set(l.description, (d.spelling = { n: 0 }));
    }
    d.spelling!.n++;
    const g = d.group;
    let s = g.perSource[l.source];
    if (!s) {
      g.perSource[l.source] = s = { q: 0, c: 0 };
      g.buyers++;
    }
    s.q += l.quantity;
    s.c += l.amountCents;
  });
  const items: PriceItem[] = [];
  const byKey = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  // Most items have one buyer: they are left out before sorting, not after.
  const bought = (byItem: Map<string, Group>) => [...byItem.entries()].filter(([, g]) => g.buyers >= 2).sort(byKey);
  const ordered = [...groups.entries()].sort(byKey).flatMap(([, byItem]) => bought(byItem).map(([, g]) => g));
  for (const g of ordered) {
    const buyers = g.perSource.flatMap((s, source) => (s ? [{ source, s }] : []));
    const prices = buyers.map(({ s }) => s.c / s.q);
    const best = Math.min(...prices);
    if (Math.max(...prices) <= best * (1 + MIN_GAP)) continue;
    const item = [...g.spellings.entries()].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))[0]![0];
    const rows = buyers.map(({ source, s }) => ({ category: g.category, item, source, quantity: round4(s.q), amountCents: s.c }));
    items.push({ category: g.category, item, rows });
  }
  return items;
}

/** Whether lines of two or more administrations have what a unit price needs: a quantity, an amount and a description. */
function quantitiesFromTwoSources(lines: readonly PurchaseLine[]): boolean {
  let first = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.quantity || l.quantity <= 0 || l.amountCents <= 0 || !l.description) continue;
    if (first < 0) first = l.source;
    else if (l.source !== first) return true;
  }
  return false;
}

/** Per source, what it would save per data period buying each item at the best price another pays. */
export function gapPerSource(items: readonly PriceItem[], sources: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const it of items) {
    const best = Math.min(...it.rows.map((r) => r.amountCents / 100 / r.quantity));
    const gaps = out.get(it.category) ?? new Array<number>(sources).fill(0);
    for (const r of it.rows) gaps[r.source]! += (r.amountCents / 100 / r.quantity - best) * r.quantity;
    out.set(it.category, gaps);
  }
  return out;
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
