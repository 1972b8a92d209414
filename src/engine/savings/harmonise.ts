import type { Classification, PurchaseLine, Tick } from '../model';
import { TICK_EVERY } from '../model';
import { fold, isContentWord } from '../text/normalize';

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
function itemKey(description: string, unit: string): string | null {
  const content: string[] = [];
  const sizes: string[] = [];
  for (const w of fold(description).split(' ')) {
    if (isContentWord(w)) content.push(w);
    if (HAS_DIGIT.test(w) && !LONG_NUMBER.test(w)) sizes.push(w);
  }
  return content.length === 0 ? null : [...content, ...sizes, '|', fold(unit)].join(' ');
}
const HAS_DIGIT = /\d/;
const LONG_NUMBER = /^\d{5,}$/;

/**
 * Finds items that two or more administrations buy at different unit prices. An item is the same
 * category, the same description (case, accents, long article numbers set aside; sizes kept) and the
 * same unit. Only lines with a positive quantity and amount count, so unit prices are real; a lump
 * sum (unit `forfait`, or a quantity of 1 with no unit) is no unit price and is left out.
 */
export function findPriceGaps(lines: readonly PurchaseLine[], classes: readonly Classification[], tick?: Tick): PriceItem[] {
  type Group = { category: string; spellings: Map<string, number>; perSource: Map<number, { q: number; c: number }> };
  // By category, then item.
  const groups = new Map<string, Map<string, Group>>();
  // By unit (a few), then description: an item's key, or null when the description has no content
  // words. Most descriptions recur, so each is split into words once.
  const keys = new Map<string, Map<string, string | null>>();
  const keyOf = (description: string, unit: string): string | null => {
    let byDescription = keys.get(unit);
    if (!byDescription) keys.set(unit, (byDescription = new Map()));
    let key = byDescription.get(description);
    if (key === undefined) {
      key = itemKey(description, unit);
      byDescription.set(description, key);
    }
    return key;
  };
  lines.forEach((l, i) => {
    if (tick && i % TICK_EVERY === 0) tick(i, lines.length);
    if (!l.quantity || l.quantity <= 0 || l.amountCents <= 0 || !l.description) return;
    const unit = l.unit ? fold(l.unit) : '';
    if (LUMP_SUM.has(unit) || (!unit && l.quantity === 1)) return;
    const item = keyOf(l.description, unit);
    if (item === null) return;
    const category = classes[i]!.category;
    let byItem = groups.get(category);
    if (!byItem) groups.set(category, (byItem = new Map()));
    let g = byItem.get(item);
    if (!g) {
      g = { category, spellings: new Map(), perSource: new Map() };
      byItem.set(item, g);
    }
    g.spellings.set(l.description, (g.spellings.get(l.description) ?? 0) + 1);
    let s = g.perSource.get(l.source);
    if (!s) g.perSource.set(l.source, (s = { q: 0, c: 0 }));
    s.q += l.quantity;
    s.c += l.amountCents;
  });
  const items: PriceItem[] = [];
  const byKey = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const ordered = [...groups.entries()].sort(byKey).flatMap(([, byItem]) => [...byItem.entries()].sort(byKey).map(([, g]) => g));
  for (const g of ordered) {
    if (g.perSource.size < 2) continue;
    const prices = [...g.perSource.values()].map((s) => s.c / s.q);
    const best = Math.min(...prices);
    if (Math.max(...prices) <= best * (1 + MIN_GAP)) continue;
    const item = [...g.spellings.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const rows = [...g.perSource.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([source, s]) => ({ category: g.category, item, source, quantity: round4(s.q), amountCents: s.c }));
    items.push({ category: g.category, item, rows });
  }
  return items;
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
