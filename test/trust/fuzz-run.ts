/**
 * The fuzz run: the trust properties over many generated sources. Each run hands the engine one to
 * four administrations (one or two tables each, as real exports look or as anything at all), runs
 * analysis, savings, report and write plan, and checks that every row is accounted for once, that
 * totals reconcile to the cent, and (every few runs) that a second run gives the same report; it
 * also reads one generated CSV file back through the gateway. Seeded, so a run can be repeated.
 */
import fc from 'fast-check';
import { readCsv } from '../../src/gateway/files/read';
import { csvBytes, csvCase, expectedRows, runOptions, snapshotsOf } from './arbitraries';
import { checkRun, type Problem } from './checks';

export interface FuzzOptions {
  /** How many generated sources (administrations) to run, at least. */
  sources: number;
  seed?: number;
  /** Check determinism (a second full run) every this many runs. */
  twiceEvery?: number;
  onProgress?: (done: FuzzResult) => void;
}

export interface FuzzResult {
  seed: number;
  runs: number;
  sources: number;
  tables: number;
  rows: number;
  lines: number;
  rejected: number;
  csvFiles: number;
  csvRows: number;
  secondRuns: number;
  crashes: number;
  lostRows: number;
  unreconciled: number;
  nondeterministic: number;
  csvMismatches: number;
  /** The first problems found, with the input that caused them (JSON, cut to a readable size). */
  examples: { problem: Problem; input: string }[];
  ms: number;
}

const BATCH = 50;
const MAX_EXAMPLES = 5;

export function runFuzz(options: FuzzOptions): FuzzResult {
  const seed = options.seed ?? 20250601;
  const twiceEvery = options.twiceEvery ?? 4;
  const started = Date.now();
  const r: FuzzResult = {
    seed,
    runs: 0,
    sources: 0,
    tables: 0,
    rows: 0,
    lines: 0,
    rejected: 0,
    csvFiles: 0,
    csvRows: 0,
    secondRuns: 0,
    crashes: 0,
    lostRows: 0,
    unreconciled: 0,
    nondeterministic: 0,
    csvMismatches: 0,
    examples: [],
    ms: 0,
  };
  const record = (problem: Problem, input: unknown) => {
    if (problem.kind === 'crash') r.crashes++;
    else if (problem.kind === 'lost-row' || problem.kind === 'row-twice') r.lostRows++;
    else if (problem.kind === 'unreconciled' || problem.kind === 'not-integer') r.unreconciled++;
    else if (problem.kind === 'nondeterministic') r.nondeterministic++;
    if (r.examples.length < MAX_EXAMPLES) r.examples.push({ problem, input: JSON.stringify(input).slice(0, 4000) });
  };
  const runs = fc.tuple(snapshotsOf(4), runOptions, csvCase);
  for (let batch = 0; r.sources < options.sources; batch++) {
    for (const [snaps, opts, csv] of fc.sample(runs, { numRuns: BATCH, seed: seed + batch })) {
      if (r.sources >= options.sources) break;
      const twice = r.runs % twiceEvery === 0;
      const checked = checkRun(snaps, opts, twice);
      r.runs++;
      r.sources += snaps.length;
      r.tables += checked.tables;
      r.rows += checked.rows;
      r.lines += checked.lines;
      r.rejected += checked.rejected;
      if (twice) r.secondRuns++;
      for (const p of checked.problems) record(p, { snapshots: snaps, options: opts });

      r.csvFiles++;
      r.csvRows += csv.cells.length;
      try {
        const rows = readCsv('fuzz.csv', csvBytes(csv)).rows;
        if (JSON.stringify(rows) !== JSON.stringify(expectedRows(csv))) {
          r.csvMismatches++;
          record({ kind: 'lost-row', detail: 'a CSV file did not read back as written' }, csv);
        }
      } catch (e) {
        r.csvMismatches++;
        record({ kind: 'crash', detail: `readCsv: ${e instanceof Error ? e.message : String(e)}` }, csv);
      }
    }
    r.ms = Date.now() - started;
    options.onProgress?.(r);
  }
  r.ms = Date.now() - started;
  return r;
}

/** Whether the run found nothing wrong. */
export function clean(r: FuzzResult): boolean {
  return r.crashes + r.lostRows + r.unreconciled + r.nondeterministic + r.csvMismatches === 0;
}

/** The run in a few lines, for the console. */
export function describeFuzz(r: FuzzResult): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return [
    `fuzz (seed ${r.seed}): ${n(r.sources)} generated sources in ${n(r.runs)} runs — ${n(r.tables)} tables, ${n(r.rows)} rows ` +
      `(${n(r.lines)} lines, ${n(r.rejected)} rejected), ${n(r.secondRuns)} runs repeated for determinism; ` +
      `${n(r.csvFiles)} CSV files (${n(r.csvRows)} rows) read back; ${(r.ms / 1000).toFixed(1)} s`,
    `  crashes: ${r.crashes}, lost or doubled rows: ${r.lostRows}, unreconciled totals: ${r.unreconciled}, ` +
      `nondeterministic reports: ${r.nondeterministic}, CSV mismatches: ${r.csvMismatches} → ${clean(r) ? 'none found' : 'PROBLEMS FOUND'}`,
    ...r.examples.map((e) => `  ${e.problem.kind}: ${e.problem.detail.split('\n')[0]}\n    input: ${e.input}`),
  ].join('\n');
}
