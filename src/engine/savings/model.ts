import { mulberry32 } from '../random';
import { PROCEDURES, SCENARIOS, type Kind, type Parameters, type Procedure, type Scenario } from './parameters';

/**
 * The savings model as plain arithmetic. The sheets write the same arithmetic as formulas; tests
 * prove that a spreadsheet engine recalculating them gets these numbers.
 */

/** 0 = low-value contract … 3 = EU procedure, for a contract value excl. VAT over the whole duration. */
export function procedureLevel(value: number, kind: Kind, t: Parameters['thresholds']): number {
  const eu = kind === 'works' ? t.euWorks : t.euSuppliesServices;
  return (value >= t.small ? 1 : 0) + (value >= t.negotiated ? 1 : 0) + (value >= eu ? 1 : 0);
}

export function procedureOf(level: number): Procedure {
  return PROCEDURES[Math.max(0, Math.min(3, level))]!;
}

/** DESIGN.md's volume effect: each source's saving when its spend joins the combined spend. */
export function volumeSavings(spends: readonly number[], b: number): number[] {
  const total = spends.reduce((n, s) => n + Math.max(0, s), 0);
  return spends.map((s) => (s > 0 && total > 0 ? s * (1 - Math.pow(total / s, -b)) : 0));
}

/** Exact Shapley value of a game given by the value of each coalition (bit mask over players). */
export function shapley(players: number, value: (mask: number) => number): number[] {
  const fact = [1];
  for (let i = 1; i <= players; i++) fact.push(fact[i - 1]! * i);
  const out = new Array<number>(players).fill(0);
  const full = (1 << players) - 1;
  for (let mask = 0; mask <= full; mask++) {
    const size = popcount(mask);
    for (let i = 0; i < players; i++) {
      if (mask & (1 << i)) continue;
      const weight = (fact[size]! * fact[players - size - 1]!) / fact[players]!;
      out[i]! += weight * (value(mask | (1 << i)) - value(mask));
    }
  }
  return out;
}

/** Up to this many buyers of a category, the volume game's Shapley value is exact: 2^12 coalitions, a few milliseconds. */
export const EXACT_SHAPLEY_BUYERS = 12;
/** Beyond, it is estimated from this many random orders of the buyers, each walked both ways. */
export const SHAPLEY_ORDERS = 2_000;

export interface VolumeShares {
  /** Per source: its Shapley value in the volume game (0 for a source that does not buy). */
  values: number[];
  /** Whether the values are estimated (more than `EXACT_SHAPLEY_BUYERS` buyers) rather than exact. */
  estimated: boolean;
}

/**
 * Each source's Shapley value in the volume game: what its spend adds, on average over every order
 * in which the sources could join, to the volume saving of those before it. Sources that buy nothing
 * add nothing to any coalition (null players): they get 0, and leaving them out changes nobody
 * else's value. Exact over the 2^m coalitions of the m buyers is cheap up to 12 buyers; a regional
 * cooperation can have more, and 2^m doubles with each, so beyond that the value is estimated
 * (deterministically) from random orders.
 */
export function volumeShapley(annual: readonly number[], b: number): VolumeShares {
  const values = new Array<number>(annual.length).fill(0);
  const buyers: number[] = [];
  annual.forEach((a, i) => {
    if (a > 0) buyers.push(i);
  });
  // One buyer alone saves nothing by volume: S × (1 − (S/S)^(−b)) = 0.
  if (buyers.length < 2) return { values, estimated: false };
  const spends = buyers.map((i) => annual[i]!);
  const estimated = buyers.length > EXACT_SHAPLEY_BUYERS;
  const shares = estimated ? sampledVolumeShapley(spends, b, SHAPLEY_ORDERS) : exactVolumeShapley(spends, b);
  buyers.forEach((source, k) => (values[source] = shares[k]!));
  return { values, estimated };
}

/** `shapley` over the volume game of these (positive) spends, each coalition's value worked out once. */
export function exactVolumeShapley(spends: readonly number[], b: number): number[] {
  const m = spends.length;
  const worth = new Float64Array(1 << m);
  for (let mask = 1; mask < worth.length; mask++) {
    // The same sums, in the same order, as `volumeSavings` over the coalition's spends.
    let total = 0;
    for (let j = 0; j < m; j++) if (mask & (1 << j)) total += spends[j]!;
    let saving = 0;
    for (let j = 0; j < m; j++) if (mask & (1 << j)) saving += spends[j]! * (1 - Math.pow(total / spends[j]!, -b));
    worth[mask] = saving;
  }
  return shapley(m, (mask) => worth[mask]!);
}

/**
 * The Shapley value estimated from `orders` random orders of the players, each also walked in
 * reverse: a player who joins early in one walk joins late in the other, which evens out the
 * estimate for little more work than the shuffle saves. The generator has a fixed seed: the
 * same spends always give the same values. Along an order the coalition's saving is kept as
 * S − S^(−b) × Σ Sᵢ^(1+b), which is `volumeSavings` summed, so each step costs one power of the running total.
 */
export function sampledVolumeShapley(spends: readonly number[], b: number, orders: number): number[] {
  const m = spends.length;
  const powered = spends.map((s) => Math.pow(s, 1 + b));
  const sums = new Float64Array(m);
  const order = Array.from({ length: m }, (_, i) => i);
  const random = mulberry32(0x5eed);
  const walk = (from: number, step: number) => {
    let total = 0;
    let poweredTotal = 0;
    let before = 0;
    for (let k = 0, at = from; k < m; k++, at += step) {
      const p = order[at]!;
      total += spends[p]!;
      poweredTotal += powered[p]!;
      // exp(−b·ln S) is S^(−b), in half the time of `Math.pow` on this path.
      const after = total - poweredTotal * Math.exp(-b * Math.log(total));
      sums[p]! += after - before;
      before = after;
    }
  };
  for (let o = 0; o < orders; o++) {
    for (let i = m - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    walk(0, 1);
    walk(m - 1, -1);
  }
  return Array.from(sums, (s) => s / (2 * orders));
}

export function popcount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

export interface CategoryInput {
  kind: Kind;
  /** Spend per source in euro over the data period (may include credits; negative counts as zero). */
  spend: readonly number[];
  /** Price-harmonisation potential per source in euro per year, before the capture share. */
  harmonisationGap: readonly number[];
}

export interface ScenarioSavings {
  volume: number;
  harmonisation: number;
  process: number;
  coordination: number;
  total: number;
}

export interface CategorySavings {
  /** Spend per source and combined, per year. */
  annual: number[];
  combined: number;
  key: number[];
  levels: number[];
  jointLevel: number;
  /** Joining moves the category to a heavier procedure than any administration needed alone. */
  heavier: boolean;
  /** Joining keeps at least one administration out of a procedure it would have needed alone… or the reverse. */
  changesProcedure: boolean;
  scenarios: Record<Scenario, ScenarioSavings>;
  /** Price gap per year over all sources (before the share joint buying captures). */
  harmonisationGap: number;
  /** Fair split of the expected saving per source (Shapley value of the volume effect, the rest by key). */
  split: number[];
  /** The volume part of `split`: each source's Shapley value of the volume effect. */
  volumeSplit: number[];
  /** Whether `volumeSplit` is estimated, for more buyers than an exact value can be worked out for (see `volumeShapley`). */
  splitEstimated: boolean;
}

export function categorySavings(input: CategoryInput, p: Parameters): CategorySavings {
  const annual = input.spend.map((s) => Math.max(0, s) / p.periodYears);
  const combined = annual.reduce((n, s) => n + s, 0);
  const key = annual.map((s) => (combined > 0 ? s / combined : 0));
  const levels = annual.map((s) => procedureLevel(s * p.contractYears, input.kind, p.thresholds));
  const jointLevel = procedureLevel(combined * p.contractYears, input.kind, p.thresholds);
  const buyers = annual.map((s) => s > 0);
  const separateCost = levels.reduce((n, l, i) => n + (buyers[i] ? p.procedureCost[procedureOf(l)] : 0), 0);
  const process = (separateCost - p.procedureCost[procedureOf(jointLevel)]) / p.contractYears;
  const maxLevel = Math.max(...levels.filter((_, i) => buyers[i]), 0);
  const scenarios = {} as Record<Scenario, ScenarioSavings>;
  for (const s of SCENARIOS) {
    const volume = sum(volumeSavings(annual, p.elasticity[input.kind][s]));
    const harmonisation = sum(input.harmonisationGap) * p.harmonisation[s];
    const coordination = p.coordinationPerYear;
    scenarios[s] = { volume, harmonisation, process, coordination, total: volume + harmonisation + process - coordination };
  }
  const volume = volumeShapley(annual, p.elasticity[input.kind].expected);
  const volumeSplit = volume.values;
  const rest = scenarios.expected.process - scenarios.expected.coordination;
  const split = annual.map((_, i) => volumeSplit[i]! + rest * key[i]! + input.harmonisationGap[i]! * p.harmonisation.expected);
  return {
    annual,
    combined,
    key,
    levels,
    jointLevel,
    heavier: jointLevel > maxLevel,
    changesProcedure: jointLevel !== maxLevel,
    scenarios,
    harmonisationGap: sum(input.harmonisationGap),
    split,
    volumeSplit,
    splitEstimated: volume.estimated,
  };
}

function sum(xs: readonly number[]): number {
  return xs.reduce((n, x) => n + x, 0);
}
