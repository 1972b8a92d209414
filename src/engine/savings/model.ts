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
  const b = p.elasticity[input.kind].expected;
  const coalition = (mask: number) =>
    sum(
      volumeSavings(
        annual.map((a, i) => (mask & (1 << i) ? a : 0)),
        b,
      ),
    );
  const volumeSplit = shapley(annual.length, coalition);
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
  };
}

function sum(xs: readonly number[]): number {
  return xs.reduce((n, x) => n + x, 0);
}
