import type { PurchaseLine, Tick } from '../model';
import { TICK_EVERY } from '../model';
import { supplierKey } from '../text/supplier';

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    if (!this.parent.has(x)) this.parent.set(x, x);
    // Path compression keeps later look-ups flat.
    let node = x;
    while (node !== root) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller key becomes the root so the result does not depend on input order.
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

export interface SupplierIdentity {
  /** Per line: the supplier id shared by all spellings and VAT numbers of one supplier, or '' when none. */
  ids: string[];
  /** Per supplier id: the spelling seen most often, for display. */
  names: Map<string, string>;
}

/**
 * Recognises one supplier across spellings and administrations: names that normalise alike, names
 * that share a VAT number, and a longer name whose first word is another supplier's whole name
 * (`Staples Solutions` / `Staples`).
 */
export function identifySuppliers(lines: readonly PurchaseLine[], tick?: Tick): SupplierIdentity {
  // Work on distinct spellings and VAT numbers, not lines: 100,000 lines name a few hundred suppliers.
  // Each line's spelling is looked up once; the later passes read what that found. A CSV's cells are
  // each a string of their own, so every look-up by one compares its characters.
  const spellings = new Map<string, Spelling>();
  const spellingOf: (Spelling | undefined)[] = new Array(lines.length);
  const uf = new UnionFind();
  const pairs = new Map<string, Set<string>>();
  for (let i = 0; i < lines.length; i++) {
    if (tick && i % TICK_EVERY === 0) tick(i, lines.length);
    const l = lines[i]!;
    let n = '';
    if (l.supplier) {
      let spelling = spellings.get(l.supplier);
      if (!spelling) {
        spelling = { name: l.supplier, key: `n:${supplierKey(l.supplier)}`, id: '', lines: 0 };
        spellings.set(l.supplier, spelling);
        // Known to the union-find from its first spelling on (later lines need not ask again).
        uf.find(spelling.key);
      }
      spelling.lines++;
      spellingOf[i] = spelling;
      n = spelling.key;
    }
    if (l.supplierVat) {
      let seen = pairs.get(n);
      if (!seen) pairs.set(n, (seen = new Set()));
      if (seen.has(l.supplierVat)) continue;
      seen.add(l.supplierVat);
      uf.find(`v:${l.supplierVat}`);
      if (n) uf.union(n, `v:${l.supplierVat}`);
    }
  }
  const allNames = new Set<string>();
  for (const spelling of spellings.values()) allNames.add(spelling.key);
  for (const key of [...allNames].sort()) {
    const words = key.slice(2).split(' ');
    if (words.length > 1 && words[0]!.length >= 4 && allNames.has(`n:${words[0]}`)) uf.union(key, `n:${words[0]}`);
  }
  // Per supplier, how many lines each spelling is on: the most frequent names it.
  const counts = new Map<string, Map<string, number>>();
  for (const spelling of spellings.values()) {
    spelling.id = uf.find(spelling.key);
    let m = counts.get(spelling.id);
    if (!m) counts.set(spelling.id, (m = new Map<string, number>()));
    m.set(spelling.name, spelling.lines);
  }
  const idOfVat = new Map<string, string>();
  // This pass ticks as well: at 200,000 lines the supplier passes and the language count after them
  // held the task pane's progress bar still for over 200 ms.
  const ids = new Array<string>(lines.length);
  for (let i = 0; i < lines.length; i++) {
    if (tick && i % TICK_EVERY === 0) tick(i, lines.length);
    const spelling = spellingOf[i];
    if (spelling) {
      ids[i] = spelling.id;
      continue;
    }
    const vat = lines[i]!.supplierVat;
    if (!vat) {
      ids[i] = '';
      continue;
    }
    let id = idOfVat.get(vat);
    if (id === undefined) idOfVat.set(vat, (id = uf.find(`v:${vat}`)));
    ids[i] = id;
  }
  const names = new Map<string, string>();
  for (const [id, m] of counts) names.set(id, mostFrequent(m));
  // Indexed, as the other loops over all lines: a `for…of` in code not yet optimised allocates a result per step.
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (id && !names.has(id)) names.set(id, id.slice(2));
  }
  return { ids, names };
}

/** One way a supplier's name is written, and what is known of it. */
interface Spelling {
  name: string;
  /** The key spellings of one supplier share (`supplierKey`), as the union-find knows it. */
  key: string;
  /** The supplier's id, once the union-find is done. */
  id: string;
  lines: number;
}

export function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [k, c] of counts) {
    if (c > bestCount || (c === bestCount && k < best)) {
      best = k;
      bestCount = c;
    }
  }
  return best;
}
