/**
 * Scores a grouping of lines against the true grouping. Both are given per item: a source (for
 * cross-source pairs) and a cluster label. Names of clusters do not matter, only who is with whom.
 */
export interface Item {
  source: string;
  truth: string;
  predicted: string;
}

export interface Scores {
  items: number;
  bcubed: { precision: number; recall: number; f1: number };
  crossPairs: { precision: number; recall: number; f1: number; truePairs: number; predictedPairs: number };
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function countBy(items: readonly Item[], key: (i: Item) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
}

/** Pairs of items from different sources within each group, from per-(group, source) counts. */
function crossPairs(items: readonly Item[], group: (i: Item) => string): number {
  const perGroup = new Map<string, Map<string, number>>();
  for (const i of items) {
    const g = perGroup.get(group(i)) ?? new Map<string, number>();
    g.set(i.source, (g.get(i.source) ?? 0) + 1);
    perGroup.set(group(i), g);
  }
  let pairs = 0;
  for (const g of perGroup.values()) {
    let total = 0;
    let same = 0;
    for (const n of g.values()) {
      total += n;
      same += n * n;
    }
    pairs += (total * total - same) / 2;
  }
  return pairs;
}

export function score(items: readonly Item[]): Scores {
  const n = items.length;
  const pred = countBy(items, (i) => i.predicted);
  const truth = countBy(items, (i) => i.truth);
  const joint = countBy(items, (i) => `${i.predicted}\u0000${i.truth}`);
  let p = 0;
  let r = 0;
  for (const [key, c] of joint) {
    const [pk, tk] = key.split('\u0000') as [string, string];
    p += (c * c) / pred.get(pk)!;
    r += (c * c) / truth.get(tk)!;
  }
  const bp = n ? p / n : 0;
  const br = n ? r / n : 0;
  const predictedPairs = crossPairs(items, (i) => i.predicted);
  const truePairs = crossPairs(items, (i) => i.truth);
  const both = crossPairs(items, (i) => `${i.predicted}\u0000${i.truth}`);
  const cp = predictedPairs ? both / predictedPairs : 0;
  const cr = truePairs ? both / truePairs : 0;
  return {
    items: n,
    bcubed: { precision: bp, recall: br, f1: f1(bp, br) },
    crossPairs: { precision: cp, recall: cr, f1: f1(cp, cr), truePairs, predictedPairs },
  };
}
