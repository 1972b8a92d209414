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
  const nameKeyOf = new Map<string, string>();
  const uf = new UnionFind();
  const nameKey = (supplier: string): string => {
    let k = nameKeyOf.get(supplier);
    if (k === undefined) {
      k = `n:${supplierKey(supplier)}`;
      nameKeyOf.set(supplier, k);
      // Known to the union-find from its first spelling on (later lines need not ask again).
      uf.find(k);
    }
    return k;
  };
  const pairs = new Map<string, Set<string>>();
  for (let i = 0; i < lines.length; i++) {
    if (tick && i % TICK_EVERY === 0) tick(i, lines.length);
    const l = lines[i]!;
    const n = l.supplier ? nameKey(l.supplier) : '';
    if (l.supplierVat) {
      let seen = pairs.get(n);
      if (!seen) pairs.set(n, (seen = new Set()));
      if (seen.has(l.supplierVat)) continue;
      seen.add(l.supplierVat);
      uf.find(`v:${l.supplierVat}`);
      if (n) uf.union(n, `v:${l.supplierVat}`);
    }
  }
  const allNames = new Set(nameKeyOf.values());
  for (const key of [...allNames].sort()) {
    const words = key.slice(2).split(' ');
    if (words.length > 1 && words[0]!.length >= 4 && allNames.has(`n:${words[0]}`)) uf.union(key, `n:${words[0]}`);
  }
  const idOfName = new Map<string, string>();
  for (const [supplier, key] of nameKeyOf) idOfName.set(supplier, uf.find(key));
  const idOfVat = new Map<string, string>();
  // The two passes below tick as well: at 200,000 lines they and the language count after them held
  // the task pane's progress bar still for over 200 ms.
  const ids = lines.map((l, i) => {
    if (tick && i % TICK_EVERY === 0) tick(i, lines.length);
    if (l.supplier) return idOfName.get(l.supplier)!;
    if (!l.supplierVat) return '';
    let id = idOfVat.get(l.supplierVat);
    if (id === undefined) idOfVat.set(l.supplierVat, (id = uf.find(`v:${l.supplierVat}`)));
    return id;
  });
  const counts = new Map<string, Map<string, number>>();
  lines.forEach((l, i) => {
    if (tick && i % TICK_EVERY === 0) tick(i, lines.length);
    const id = ids[i]!;
    if (!id || !l.supplier) return;
    let m = counts.get(id);
    if (!m) counts.set(id, (m = new Map<string, number>()));
    m.set(l.supplier, (m.get(l.supplier) ?? 0) + 1);
  });
  const names = new Map<string, string>();
  for (const [id, m] of counts) names.set(id, mostFrequent(m));
  for (const id of ids) if (id && !names.has(id)) names.set(id, id.slice(2));
  return { ids, names };
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
