/**
 * The fuzz run at a size `npm test` can afford (`npm run fuzz` runs 5,000 sources; set
 * TANDEM_FUZZ_SOURCES for another size here). Prints its size and fails on any crash, lost row,
 * unreconciled total, nondeterministic report or CSV file that does not read back.
 */
import { clean, describeFuzz, runFuzz } from './fuzz-run';

const SOURCES = Number(process.env.TANDEM_FUZZ_SOURCES ?? 1000);

describe('fuzz', () => {
  it(`finds no crash, no lost row and no unreconciled total over ${SOURCES} generated sources`, () => {
    const result = runFuzz({ sources: SOURCES, seed: 6 });
    console.log(describeFuzz(result));
    expect(result.sources).toBeGreaterThanOrEqual(SOURCES);
    expect(result.examples).toEqual([]);
    expect(clean(result)).toBe(true);
  }, 300_000);
});
