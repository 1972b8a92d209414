import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listCases, runCase, type CaseResult } from '../../src/eval/run-case';

/**
 * The matcher's quality on evaluation data whose truth is known (eval/). Each case must reach 0.90
 * on both measures, and may not fall more than 0.01 below the figures recorded in eval/baseline.json.
 */
const FLOOR = 0.9;
const TOLERANCE = 0.01;
const root = join(__dirname, '..', '..', 'eval');
const baseline = JSON.parse(readFileSync(join(root, 'baseline.json'), 'utf8')) as Record<string, { bcubed: number; crossPairs: number }>;

describe('matcher quality on the evaluation set', () => {
  const results: CaseResult[] = [];

  beforeAll(async () => {
    for (const dir of await listCases(root)) results.push(await runCase(dir));
    const lines = results.map(
      (r) =>
        `${r.name.padEnd(16)} ${String(r.scores.items).padStart(5)} lines  B-cubed F1 ${r.scores.bcubed.f1.toFixed(3)}  cross-source pair F1 ${r.scores.crossPairs.f1.toFixed(3)}`,
    );
    console.log(`Matcher evaluation (floor ${FLOOR}):\n${lines.join('\n')}`);
  });

  it('has cases to score', () => {
    expect(results.map((r) => r.name)).toEqual(
      expect.arrayContaining(['samples', 'french-cpas', 'english-layout', 'three-way', 'english-council']),
    );
  });

  it('reads every line the truth knows, and no others', () => {
    for (const r of results) {
      expect({ case: r.name, missing: r.missing, extra: r.extra }).toEqual({ case: r.name, missing: [], extra: [] });
    }
  });

  it('groups lines as the truth does (B-cubed F1 and cross-source pair F1 at least 0.90)', () => {
    for (const r of results) {
      expect({ case: r.name, bcubed: r.scores.bcubed.f1 >= FLOOR, crossPairs: r.scores.crossPairs.f1 >= FLOOR }).toEqual({
        case: r.name,
        bcubed: true,
        crossPairs: true,
      });
    }
  });

  it('does not drop below the recorded baseline', () => {
    for (const r of results) {
      const b = baseline[r.name];
      expect(b).toBeDefined();
      expect({
        case: r.name,
        bcubed: r.scores.bcubed.f1 >= b!.bcubed - TOLERANCE,
        crossPairs: r.scores.crossPairs.f1 >= b!.crossPairs - TOLERANCE,
      }).toEqual({
        case: r.name,
        bcubed: true,
        crossPairs: true,
      });
    }
  });
});
