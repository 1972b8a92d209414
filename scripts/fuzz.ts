/**
 * `npm run fuzz [-- N [SEED]]`: runs the trust properties (every row accounted for once, totals
 * reconciled to the cent, a deterministic report, no crash) over N generated sources (default
 * 5,000), and prints its size and what it found. Exit code 1 when it found anything.
 */
import { clean, describeFuzz, runFuzz } from '../test/trust/fuzz-run';

const sources = Number(process.argv[2] ?? 5000);
const seed = process.argv[3] !== undefined ? Number(process.argv[3]) : undefined;
if (!Number.isInteger(sources) || sources <= 0 || (seed !== undefined && !Number.isInteger(seed))) {
  console.error('usage: node scripts/run-ts.mjs scripts/fuzz.ts [SOURCES] [SEED]');
  process.exit(2);
}
let lastReport = 0;
const result = runFuzz({
  sources,
  seed,
  onProgress: (r) => {
    if (process.stderr.isTTY && Date.now() - lastReport > 2000) {
      lastReport = Date.now();
      process.stderr.write(`\r  ${r.sources.toLocaleString('en-US')} / ${sources.toLocaleString('en-US')} sources…`);
    }
  },
});
if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
console.log(describeFuzz(result));
process.exit(clean(result) ? 0 : 1);
