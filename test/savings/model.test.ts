/**
 * The savings model as a finance officer would check it: the volume formula against numbers worked
 * out by hand, the Shapley split's defining properties, the procedure each contract value needs
 * (a value equal to a threshold needs the heavier procedure), the thresholds in force on a date, and
 * a small shared category that comes out negative — and says so.
 */
import fc from 'fast-check';
import { runAnalysis, type NamedTables } from '../../src/app/analyze-sources';
import { SAVINGS_LABELS } from '../../src/engine/plan/savings-labels';
import type { PlanCell, SheetPlan } from '../../src/engine/plan/types';
import {
  categorySavings,
  exactVolumeShapley,
  procedureLevel,
  procedureOf,
  shapley,
  volumeSavings,
  volumeShapley,
} from '../../src/engine/savings/model';
import { defaultParameters, parameterRows, setParameter, thresholdsFor, type Parameters } from '../../src/engine/savings/parameters';

/** Parameters for a report dated in 2026, over exactly one year of data. */
const P2026: Parameters = defaultParameters('2026-03-01', 1);

describe('volume effect: saving_i = S_i × (1 − (S / S_i)^(−b))', () => {
  it('matches numbers worked out by hand', () => {
    // S = 400. Source 1: 100 × (1 − 4^−0.1) = 100 × (1 − 0.870551) = 12.9449.
    // Source 2: 300 × (1 − (4/3)^−0.1) = 300 × (1 − 0.971642) = 8.5075.
    const [a, b] = volumeSavings([100, 300], 0.1);
    expect(a).toBeCloseTo(12.9449, 3);
    expect(b).toBeCloseTo(8.5075, 3);
  });

  it('gives nothing to a source that buys nothing or only has credits, and nothing to a source alone', () => {
    expect(volumeSavings([0, 500], 0.06)).toEqual([0, 0]);
    expect(volumeSavings([1000], 0.06)).toEqual([0]);
    const withCredit = volumeSavings([100, 300, -50], 0.1);
    expect(withCredit[2]).toBe(0);
    // The credit does not count towards the combined volume either.
    expect(withCredit[0]).toBeCloseTo(12.9449, 3);
  });

  it('is zero without elasticity and grows with it', () => {
    expect(volumeSavings([100, 300], 0)).toEqual([0, 0]);
    const low = volumeSavings([100, 300], 0.03).reduce((x, y) => x + y);
    const high = volumeSavings([100, 300], 0.08).reduce((x, y) => x + y);
    expect(high).toBeGreaterThan(low);
  });

  it('property: every saving is at least 0 and all together stay below the combined spend, for b in [0, 0.3]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 10_000_000, noNaN: true }), { minLength: 2, maxLength: 6 }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        (spends, b) => {
          const total = spends.reduce((x, y) => x + y, 0);
          fc.pre(total > 0);
          const savings = volumeSavings(spends, b);
          for (const s of savings) expect(s).toBeGreaterThanOrEqual(0);
          savings.forEach((s, i) => expect(s).toBeLessThanOrEqual(spends[i]!));
          expect(savings.reduce((x, y) => x + y, 0)).toBeLessThan(total);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('Shapley value', () => {
  it('splits a two-player game as v({i}) + half the joint gain', () => {
    // v({1}) = 10, v({2}) = 4, v({1,2}) = 30: the joint gain 16 is split in halves.
    const values = [0, 10, 4, 30];
    const [a, b] = shapley(2, (mask) => values[mask]!);
    expect(a).toBeCloseTo(18, 10);
    expect(b).toBeCloseTo(12, 10);
  });

  it('splits the volume game of two administrations in halves, which gives the larger one more than an equal-price split', () => {
    // Alone neither saves anything; together they save the volume effect. An equal-price split
    // (each at the joint price) gives the small partner the larger part; Shapley splits the gain evenly.
    const spends = [130_000, 30_000];
    const b = 0.06;
    const coalition = (mask: number) =>
      volumeSavings(
        spends.map((s, i) => (mask & (1 << i) ? s : 0)),
        b,
      ).reduce((x, y) => x + y, 0);
    const [big, small] = shapley(2, coalition);
    const [bigEqualPrice, smallEqualPrice] = volumeSavings(spends, b);
    expect(big).toBeCloseTo(coalition(3) / 2, 8);
    expect(small).toBeCloseTo(coalition(3) / 2, 8);
    expect(big).toBeGreaterThan(bigEqualPrice!);
    expect(small).toBeLessThan(smallEqualPrice!);
  });

  it('is symmetric: players who add the same to every coalition get the same', () => {
    // Players 0 and 2 are interchangeable; player 1 adds more.
    const worth = (mask: number) => {
      const n0 = mask & 1 ? 1 : 0;
      const n1 = mask & 2 ? 1 : 0;
      const n2 = mask & 4 ? 1 : 0;
      return (n0 + n2) * 5 + n1 * 9 + (n0 + n1 + n2 >= 2 ? 7 : 0);
    };
    const phi = shapley(3, worth);
    expect(phi[0]).toBeCloseTo(phi[2]!, 10);
    expect(phi[1]).toBeGreaterThan(phi[0]!);
  });

  it('property: efficiency — the parts add up to what the grand coalition is worth', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((n) =>
            fc.tuple(fc.constant(n), fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 << n, maxLength: 1 << n })),
          ),
        ([n, raw]) => {
          const values = raw.map((v, mask) => (mask === 0 ? 0 : v));
          const phi = shapley(n, (mask) => values[mask]!);
          expect(phi.reduce((x, y) => x + y, 0)).toBeCloseTo(values[(1 << n) - 1]!, 4);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: symmetric administrations (same spend) get the same share of the volume effect', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        (same, other, b) => {
          const spends = [same, other, same];
          const coalition = (mask: number) =>
            volumeSavings(
              spends.map((s, i) => (mask & (1 << i) ? s : 0)),
              b,
            ).reduce((x, y) => x + y, 0);
          const phi = shapley(3, coalition);
          expect(phi[0]).toBeCloseTo(phi[2]!, 6);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** The volume game over these spends, as the definition reads: each coalition's volume saving. */
const volumeGame = (spends: readonly number[], b: number) => (mask: number) =>
  volumeSavings(
    spends.map((s, i) => (mask & (1 << i) ? s : 0)),
    b,
  ).reduce((x, y) => x + y, 0);

/** Spends of a cooperation, spread evenly on a log scale from 2,000 to about 5 million a year. */
const cooperationSpends = (m: number, seed: number): number[] =>
  Array.from({ length: m }, (_, i) => Math.round(2_000 * Math.pow(2_500, ((i * 7919 + seed * 104_729) % 1_000) / 1_000)));

describe('the volume effect shared among many administrations (a regional cooperation)', () => {
  it('property: up to 12 buyers it equals the Shapley value by definition, sources that buy nothing getting 0', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1, max: 5e6, noNaN: true })), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        (spends, b) => {
          const { values, estimated } = volumeShapley(spends, b);
          const byDefinition = shapley(spends.length, volumeGame(spends, b));
          expect(estimated).toBe(false);
          values.forEach((v, i) => {
            expect(v).toBeCloseTo(byDefinition[i]!, 6);
            if (spends[i] === 0) expect(v).toBe(0);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('beyond 12 buyers it is estimated, repeatably, within 1.5 % of the exact value, and the parts still add up', () => {
    for (const [m, seed] of [
      [13, 1],
      [14, 2],
    ] as const) {
      const spends = cooperationSpends(m, seed);
      const exact = exactVolumeShapley(spends, 0.06);
      const first = volumeShapley(spends, 0.06);
      expect(first.estimated).toBe(true);
      expect(volumeShapley(spends, 0.06).values).toEqual(first.values);
      first.values.forEach((v, i) => expect(Math.abs(v - exact[i]!) / exact[i]!).toBeLessThan(0.015));
      const all = volumeGame(spends, 0.06)((1 << m) - 1);
      expect(first.values.reduce((x, y) => x + y, 0) / all).toBeCloseTo(1, 9);
    }
  });

  it('shares a category among 40 administrations, 5 of which do not buy it, with the split adding up to the total', () => {
    const spend = cooperationSpends(40, 3).map((s, i) => (i % 8 === 5 ? 0 : s));
    const s = categorySavings({ kind: 'goods', spend, harmonisationGap: new Array<number>(40).fill(0) }, P2026);
    expect(s.splitEstimated).toBe(true);
    expect(s.split.reduce((x, y) => x + y, 0)).toBeCloseTo(s.scenarios.expected.total, 4);
    s.volumeSplit.forEach((v, i) => (spend[i] === 0 ? expect(v).toBe(0) : expect(v).toBeGreaterThan(0)));
    // A larger buyer adds more volume to every coalition than a smaller one, so gets a larger share.
    const buyers = spend.flatMap((x, i) => (x > 0 ? [i] : [])).sort((a, b) => spend[a]! - spend[b]!);
    expect(s.volumeSplit[buyers.at(-1)!]!).toBeGreaterThan(s.volumeSplit[buyers[0]!]!);
  });
});

describe('one category, all parts', () => {
  it('adds volume, process and coordination as worked out by hand', () => {
    // Goods, 2026 thresholds, contract 4 years, b expected 0.06.
    // Gemeente 60,000/yr: 240,000 over the contract ≥ 216,000 → EU procedure (5,500).
    // OCMW 20,000/yr: 80,000 → negotiated without publication (2,000).
    // Together 320,000 → one EU procedure (5,500). Process: (5,500 + 2,000 − 5,500) / 4 = 500 per year.
    // Volume: 60,000 × (1 − (4/3)^−0.06) + 20,000 × (1 − 4^−0.06) = 1,026.78 + 1,596.24 = 2,623.02.
    const s = categorySavings({ kind: 'goods', spend: [60_000, 20_000], harmonisationGap: [0, 0] }, P2026);
    expect(s.levels).toEqual([3, 1]);
    expect(s.jointLevel).toBe(3);
    expect(s.heavier).toBe(false);
    expect(s.key[0]).toBeCloseTo(0.75, 10);
    expect(s.scenarios.expected.process).toBeCloseTo(500, 10);
    expect(s.scenarios.expected.volume).toBeCloseTo(2623.02, 1);
    expect(s.scenarios.expected.coordination).toBe(1000);
    expect(s.scenarios.expected.total).toBeCloseTo(2623.02 + 500 - 1000, 1);
    // The fair split adds up to the expected total.
    expect(s.split[0]! + s.split[1]!).toBeCloseTo(s.scenarios.expected.total, 8);
  });

  it('counts the price gap by the captured share in each scenario, and gives each source its own gap', () => {
    const s = categorySavings({ kind: 'goods', spend: [10_000, 10_000], harmonisationGap: [400, 0] }, P2026);
    expect(s.harmonisationGap).toBe(400);
    expect(s.scenarios.low.harmonisation).toBeCloseTo(100, 10);
    expect(s.scenarios.expected.harmonisation).toBeCloseTo(200, 10);
    expect(s.scenarios.high.harmonisation).toBeCloseTo(300, 10);
    // Equal spend: equal volume and process parts; source 0 also gets its own price gap.
    expect(s.split[0]! - s.split[1]!).toBeCloseTo(200, 8);
  });

  it('property: the split per administration always adds up to the expected total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 2_000_000, noNaN: true }), { minLength: 2, maxLength: 4 }),
        fc.constantFrom('goods' as const, 'services' as const, 'works' as const),
        fc.array(fc.double({ min: 0, max: 5_000, noNaN: true }), { minLength: 4, maxLength: 4 }),
        (spend, kind, gaps) => {
          const s = categorySavings({ kind, spend, harmonisationGap: gaps.slice(0, spend.length) }, P2026);
          expect(s.split.reduce((x, y) => x + y, 0)).toBeCloseTo(s.scenarios.expected.total, 4);
          expect(s.key.reduce((x, y) => x + y, 0)).toBeCloseTo(spend.some((x) => x > 0) ? 1 : 0, 10);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a small shared category comes out negative: the coordination cost outweighs the saving', () => {
    const s = categorySavings({ kind: 'goods', spend: [1_200, 800], harmonisationGap: [0, 0] }, P2026);
    expect(s.scenarios.expected.volume).toBeGreaterThan(0);
    for (const sc of ['low', 'expected', 'high'] as const) expect(s.scenarios[sc].total).toBeLessThan(0);
    // Without the coordination cost it would pay off.
    const free = categorySavings(
      { kind: 'goods', spend: [1_200, 800], harmonisationGap: [0, 0] },
      setParameter(P2026, 'coordinationPerYear', 0),
    );
    expect(free.scenarios.expected.total).toBeGreaterThan(0);
  });
});

describe('procedures and thresholds (excl. VAT, whole contract duration)', () => {
  const t2026 = thresholdsFor('2026-01-01');

  it('a value equal to a threshold needs the heavier procedure ("lower than" in the law)', () => {
    // Law of 17 June 2016, art. 92: a low-value contract is one whose estimated value is LOWER than €30,000.
    const cases: [number, string][] = [
      [29_999.99, 'small'],
      [30_000, 'negotiated'],
      [142_999.99, 'negotiated'],
      [143_000, 'open'],
      [215_999.99, 'open'],
      [216_000, 'eu'],
    ];
    for (const [value, proc] of cases) {
      expect([value, procedureOf(procedureLevel(value, 'goods', t2026))]).toEqual([value, proc]);
      expect([value, procedureOf(procedureLevel(value, 'services', t2026))]).toEqual([value, proc]);
    }
    expect(procedureOf(procedureLevel(216_000, 'works', t2026))).toBe('open');
    expect(procedureOf(procedureLevel(5_403_999.99, 'works', t2026))).toBe('open');
    expect(procedureOf(procedureLevel(5_404_000, 'works', t2026))).toBe('eu');
  });

  it('takes the value over the whole contract duration: 7,500 a year for 4 years is exactly 30,000', () => {
    const s = categorySavings({ kind: 'services', spend: [7_500, 0, 3_000], harmonisationGap: [0, 0, 0] }, P2026);
    expect(s.levels.map(procedureOf)).toEqual(['negotiated', 'small', 'small']);
    // Together: 10,500 × 4 = 42,000: still a negotiated procedure, no heavier than the Gemeente alone.
    expect(procedureOf(s.jointLevel)).toBe('negotiated');
    expect(s.heavier).toBe(false);
    const joined = categorySavings({ kind: 'services', spend: [7_000, 2_000], harmonisationGap: [0, 0] }, P2026);
    // 28,000 and 8,000 alone are low-value; 36,000 together is not: joining changes the procedure.
    expect(joined.levels.map(procedureOf)).toEqual(['small', 'small']);
    expect(procedureOf(joined.jointLevel)).toBe('negotiated');
    expect(joined.heavier).toBe(true);
    // One negotiated procedure (2,000) instead of two low-value ones (2 × 500): a process cost of 250 a year.
    expect(joined.scenarios.expected.process).toBeCloseTo(-250, 10);
  });

  it('uses the thresholds in force on the report date: 2024–2025 before 1 January 2026, 2026–2027 from it', () => {
    expect(thresholdsFor('2025-12-31')).toEqual({
      from: '2024-01-01',
      small: 30_000,
      negotiated: 143_000,
      euSuppliesServices: 221_000,
      euWorks: 5_538_000,
    });
    expect(thresholdsFor('2026-01-01')).toEqual({
      from: '2026-01-01',
      small: 30_000,
      negotiated: 143_000,
      euSuppliesServices: 216_000,
      euWorks: 5_404_000,
    });
    expect(thresholdsFor('2027-06-30').euSuppliesServices).toBe(216_000);
    expect(defaultParameters('2025-06-30', 1).thresholds.euSuppliesServices).toBe(221_000);
    expect(defaultParameters('2026-06-30', 1).thresholds.euWorks).toBe(5_404_000);
  });

  it('names on the Parameters sheet the act whose thresholds it uses', () => {
    const source = (date: string) =>
      parameterRows(defaultParameters(date, 1)).find((r) => r.key === 'thresholds.euSuppliesServices')!.source;
    expect(source('2025-06-30').nl).toContain('2023/2495');
    expect(source('2025-06-30').nl).not.toContain('2025/2152');
    expect(source('2026-06-30').en).toContain('2025/2152');
    expect(source('2026-06-30').fr).toContain('2026–2027');
    const small = parameterRows(P2026).find((r) => r.key === 'thresholds.small')!;
    expect(small.source.nl).toContain('lager dan');
    expect(small.source.nl).toContain('art. 92');
  });

  it('keeps an edited threshold and ignores a value the model cannot use', () => {
    expect(setParameter(P2026, 'thresholds.small', 50_000).thresholds.small).toBe(50_000);
    expect(setParameter(P2026, 'contractYears', 0).contractYears).toBe(4);
    expect(setParameter(P2026, 'periodYears', -1).periodYears).toBe(1);
    expect(setParameter(P2026, 'nonsense.key', 3)).toBe(P2026);
    expect(setParameter(P2026, 'elasticity.services.expected', -0.01).elasticity.services.expected).toBe(-0.01);
  });
});

/** One administration's purchases as a sheet: date, supplier, description, amount. */
function source(name: string, lines: [string, string, string, number][]): NamedTables {
  return {
    name,
    tables: [{ file: `${name}.csv`, sheet: `${name}.csv`, rows: [['Datum', 'Leverancier', 'Omschrijving', 'Bedrag'], ...lines] }],
  };
}

function column(sheet: SheetPlan, header: string, headerRow = 3): PlanCell[] {
  const c = sheet.rows[headerRow - 1]!.findIndex((h) => h.v === header);
  if (c < 0) throw new Error(`no column ${header} on ${sheet.name}`);
  return sheet.rows
    .slice(headerRow)
    .map((r) => r[c]!)
    .filter(Boolean);
}

describe('a small category that does not pay off says so', () => {
  // A full year of data (1 January to 31 December): spend per year = spend.
  const result = runAnalysis(
    [
      source('Gemeente', [
        ['01/01/2025', 'Engie', 'Elektriciteit levering', 150_000],
        ['15/03/2025', 'Lyreco', 'Kopieerpapier A4 80 g', 1_200],
      ]),
      source('OCMW', [
        ['10/02/2025', 'Engie', 'Elektriciteit', 90_000],
        ['31/12/2025', 'Lyreco', 'Kopieerpapier A3', 800],
      ]),
    ],
    { lang: 'nl' },
  );
  const L = SAVINGS_LABELS.nl;
  const paper = result.report.categories.find((c) => c.id === 'office-paper')!;
  const power = result.report.categories.find((c) => c.id === 'electricity')!;
  const paperExpected = paper.savings!['expected']!;
  const powerExpected = power.savings!['expected']!;

  it('the JSON gives the paper category a negative expected saving, because of the coordination cost', () => {
    expect(result.savings.parameters.periodYears).toBe(1);
    expect(paper.shared).toBe(true);
    expect(paperExpected.total).toBeLessThan(0);
    expect(paperExpected.coordination).toBe(1000);
    expect(paperExpected.volume + paperExpected.process).toBeLessThan(1000);
    expect(paper.pilot).toBeNull();
    expect(powerExpected.total).toBeGreaterThan(0);
    // The headline counts only what pays off; the negative category is left out of it.
    expect(result.report.summary.savingsPerYear['expected']).toBeCloseTo(powerExpected.total, 2);
    expect(result.report.summary.worthwhileCategories).toBe(1);
  });

  it('Toewijzing says in words which category does not pay off, and Samenvatting counts it', () => {
    const allocation = result.plan.sheets.find((s) => s.name === L.sheets.allocation)!;
    const ids = column(allocation, L.col.categoryId).map((c) => c.v);
    const verdicts = column(allocation, L.col.verdict).map((c) => c.result);
    expect(verdicts[ids.indexOf('office-paper')]).toBe(L.text.notWorthwhile);
    expect(verdicts[ids.indexOf('electricity')]).toBe(L.text.worthwhile);
    expect(L.text.notWorthwhile).toMatch(/kost meer dan het opbrengt/);
    const summary = result.plan.sheets.find((s) => s.name === L.sheets.summary)!;
    const negative = summary.rows.find((r) => r[0]?.v === L.text.figures.negative)!;
    expect(negative[1]!.result).toBe(1);
    const worthwhile = summary.rows.find((r) => r[0]?.v === L.text.figures.worthwhile)!;
    expect(worthwhile[1]!.result).toBe(1);
  });
});

describe('a regional cooperation of 40 administrations', () => {
  // All 40 buy electricity, only the first 6 buy copy paper: one category past the exact limit, one within it.
  const names = Array.from({ length: 40 }, (_, i) => `Bestuur ${i + 1}`);
  const result = runAnalysis(
    names.map((name, i) =>
      source(name, [
        ['01/01/2025', 'Engie', 'Elektriciteit levering', 20_000 + 7_000 * i],
        ...(i < 6 ? [['31/12/2025', 'Lyreco', 'Kopieerpapier A4 80 g', 900 + 150 * i] as [string, string, string, number]] : []),
      ]),
    ),
    { lang: 'nl' },
  );
  const L = SAVINGS_LABELS.nl;
  const allocation = result.plan.sheets.find((s) => s.name === L.sheets.allocation)!;

  it('splits each shared category among its buyers, adding up to its expected saving', () => {
    const power = result.report.categories.find((c) => c.id === 'electricity')!;
    const paper = result.report.categories.find((c) => c.id === 'office-paper')!;
    for (const c of [power, paper]) {
      const split = Object.values(c.split!);
      expect(split).toHaveLength(40);
      expect(split.reduce((x, y) => x + y, 0)).toBeCloseTo(c.savings!['expected']!.total, 0);
    }
    // Those who do not buy paper get no part of its volume effect: their part is the key's share of process and coordination, 0.
    expect(paper.split!['Bestuur 7']).toBe(0);
    // The JSON says where the split is estimated: 40 buyers of electricity, 6 of paper.
    expect(power.splitEstimated).toBe(true);
    expect(paper.splitEstimated).toBeUndefined();
    expect(power.split!['Bestuur 40']!).toBeGreaterThan(power.split!['Bestuur 1']!);
  });

  it('Toewijzing has a part per administration and says that the Shapley part is a number, estimated for electricity', () => {
    const header = allocation.rows.find((r) => r.some((c) => c.v === L.col.split(names[0]!)))!;
    for (const name of names) expect(header.some((c) => c.v === L.col.split(name))).toBe(true);
    const note = String(allocation.rows[1]![0]!.v);
    expect(note).toContain(L.text.splitValueNote);
    expect(note).toContain(L.text.splitEstimatedNote(12, 2000));
    const estimated = result.savings.shared.filter((sc) => sc.savings.splitEstimated).map((sc) => sc.category.id);
    expect(estimated).toEqual(['electricity']);
  });

  it('writes no formula longer than Excel takes (8,192 characters), though the formulas name every administration', () => {
    const longest = Math.max(...result.plan.sheets.flatMap((s) => s.rows.flatMap((r) => r.map((c) => String(c?.f ?? '').length))));
    expect(longest).toBeGreaterThan(40 * 30);
    // A formula growing with the square of the administrations passes 8,192 at 40 of them on a longer sheet: it must grow with their number.
    expect(longest).toBeLessThan(100 * 40);
  });
});

describe('price harmonisation: the same item at different unit prices', () => {
  const withUnits = (name: string, lines: (string | number)[][]): NamedTables => ({
    name,
    tables: [
      {
        file: `${name}.csv`,
        sheet: `${name}.csv`,
        rows: [['Datum', 'Leverancier', 'Omschrijving', 'Aantal', 'Eenheid', 'Bedrag'], ...lines],
      },
    ],
  });
  const result = runAnalysis([
    withUnits('Gemeente', [
      ['01/01/2025', 'Lyreco', 'Kopieerpapier A4 80g', 100, 'doos', 2_500],
      ['02/01/2025', 'Koffie Huis', 'Koffiebonen 500g', 40, 'st', 400],
      ['03/01/2025', 'Engie', 'Elektriciteit', 1, 'forfait', 48_000],
      ['31/12/2025', 'Q8', 'Diesel', 1, '', 1_600],
    ]),
    withUnits('OCMW', [
      ['01/02/2025', 'Lyreco', 'KOPIEERPAPIER A4 80G', 80, 'doos', 2_240],
      ['02/02/2025', 'Koffie Huis', 'Koffiebonen 1kg', 20, 'st', 360],
      ['03/02/2025', 'Engie', 'Elektriciteit', 1, 'forfait', 30_000],
      ['04/02/2025', 'Q8', 'Diesel', 1, '', 900],
    ]),
  ]);
  const items = result.savings.priceItems;

  it('finds the paper both buy by the box, whatever the case, and what the dearer buyer overpays', () => {
    const paper = items.filter((i) => i.category === 'office-paper');
    expect(paper).toHaveLength(1);
    // OCMW pays 28.00 a box where the Gemeente pays 25.00: 80 × 3 = 240 over the year, half of it captured (expected).
    expect(paper[0]!.rows.map((r) => [r.source, r.quantity, r.amountCents])).toEqual([
      [0, 100, 250_000],
      [1, 80, 224_000],
    ]);
    const category = result.report.categories.find((c) => c.id === 'office-paper')!;
    expect(category.savings!['expected']!.harmonisation).toBeCloseTo(120, 6);
  });

  it('does not compare a 500 g pack with a 1 kg pack, nor lump sums (forfait, or 1 without a unit)', () => {
    expect(items.map((i) => i.category).sort()).toEqual(['office-paper']);
    for (const id of ['electricity', 'vehicle-fuel']) {
      const c = result.report.categories.find((x) => x.id === id)!;
      expect([id, c.savings!['expected']!.harmonisation]).toEqual([id, 0]);
    }
  });
});
