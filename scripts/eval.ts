// Prints the matcher's scores on every evaluation case, and the largest confusions per case.
import { listCases, runCase } from '../src/eval/run-case';

async function mainEval() {
  const root = process.argv[2] ?? 'eval';
  for (const dir of await listCases(root)) {
    const r = await runCase(dir);
    const s = r.scores;
    console.log(
      `${r.name.padEnd(18)} lines ${String(s.items).padStart(5)}  B-cubed F1 ${s.bcubed.f1.toFixed(3)} (P ${s.bcubed.precision.toFixed(3)} R ${s.bcubed.recall.toFixed(3)})  cross-source pair F1 ${s.crossPairs.f1.toFixed(3)} (P ${s.crossPairs.precision.toFixed(3)} R ${s.crossPairs.recall.toFixed(3)})  missing ${r.missing.length} extra ${r.extra.length}`,
    );
    if (process.argv.includes('--confusions')) {
      const byTruth = new Map<string, string>();
      for (const c of r.confusions) if (!byTruth.has(c.truth)) byTruth.set(c.truth, c.predicted);
      for (const c of r.confusions) if (byTruth.get(c.truth) !== c.predicted) console.log(`    ${c.truth} -> ${c.predicted}: ${c.count}`);
    }
  }
}
void mainEval();
