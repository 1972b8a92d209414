/**
 * What must hold for any input, checked on one run of the engine: every row accounted for exactly
 * once, totals reconciled to the cent, a deterministic report. Shared by the properties and the
 * fuzz run; each check returns the problems it found (empty when all is well).
 */
import type { Analysis } from '../../src/engine/analyze';
import type { SourceSnapshot } from '../../src/engine/model';
import { runAnalysis, type RunOptions, type RunResult } from '../../src/app/analyze-sources';

export interface Problem {
  kind: 'crash' | 'lost-row' | 'row-twice' | 'unreconciled' | 'not-integer' | 'nondeterministic';
  detail: string;
}

/** Every row of every table ends in exactly one of lines, skipped, rejected. */
export function checkRowsAccounted(analysis: Analysis, snapshots: readonly SourceSnapshot[]): Problem[] {
  const problems: Problem[] = [];
  analysis.sources.forEach((src, s) =>
    src.tables.forEach((t, ti) => {
      const rows = snapshots[s]!.tables[ti]!.rows.length;
      const seen = new Map<number, number>();
      for (const r of [...t.lines.map((l) => l.row), ...t.skipped.map((x) => x.row), ...t.rejected.map((x) => x.row)]) {
        seen.set(r, (seen.get(r) ?? 0) + 1);
      }
      for (let r = 1; r <= rows; r++) {
        const n = seen.get(r) ?? 0;
        if (n === 0) problems.push({ kind: 'lost-row', detail: `source ${s} table ${ti} row ${r}` });
        if (n > 1) problems.push({ kind: 'row-twice', detail: `source ${s} table ${ti} row ${r} (${n}×)` });
      }
      for (const r of seen.keys())
        if (r < 1 || r > rows) problems.push({ kind: 'row-twice', detail: `source ${s} table ${ti}: row ${r} does not exist` });
      const wrongPlace = [...t.lines, ...t.skipped, ...t.rejected].filter((x) => x.source !== s || x.table !== ti);
      if (wrongPlace.length)
        problems.push({ kind: 'row-twice', detail: `source ${s} table ${ti}: ${wrongPlace.length} rows carry another source/table` });
    }),
  );
  const inTables = analysis.sources.reduce((n, src) => n + src.tables.reduce((m, t) => m + t.lines.length, 0), 0);
  if (inTables !== analysis.lines.length)
    problems.push({ kind: 'lost-row', detail: `${inTables} lines in tables, ${analysis.lines.length} in the analysis` });
  if (analysis.classifications.length !== analysis.lines.length)
    problems.push({ kind: 'lost-row', detail: 'a line without a classification' });
  return problems;
}

/** Per table: amount column − totals rows = sum of lines, in integer cents; categories add up to the lines. */
export function checkReconciled(result: RunResult): Problem[] {
  const problems: Problem[] = [];
  const { analysis, report } = result;
  analysis.sources.forEach((src, s) => {
    let sourceCents = 0;
    src.tables.forEach((t, ti) => {
      const lineCents = t.lines.reduce((n, l) => n + l.amountCents, 0);
      sourceCents += lineCents;
      for (const v of [t.columnTotalCents, t.totalsCents, lineCents, ...t.lines.map((l) => l.amountCents)]) {
        if (!Number.isSafeInteger(v))
          problems.push({ kind: 'not-integer', detail: `source ${s} table ${ti}: ${v} is not a whole number of cents` });
      }
      if (t.columnTotalCents - t.totalsCents !== lineCents) {
        problems.push({ kind: 'unreconciled', detail: `source ${s} table ${ti}: ${t.columnTotalCents} − ${t.totalsCents} ≠ ${lineCents}` });
      }
    });
    const inCategories = analysis.categories.reduce((n, c) => n + c.spendCents[s]!, 0);
    if (inCategories !== sourceCents)
      problems.push({ kind: 'unreconciled', detail: `source ${s}: categories hold ${inCategories}, lines ${sourceCents}` });
    const rs = report.sources[s]!;
    if (rs.reconciliation.difference !== 0)
      problems.push({ kind: 'unreconciled', detail: `report source ${s}: difference ${rs.reconciliation.difference}` });
    if (Math.round(rs.total * 100) !== sourceCents)
      problems.push({ kind: 'unreconciled', detail: `report source ${s}: total ${rs.total} ≠ ${sourceCents} cents` });
  });
  const lines = report.lines.length;
  if (lines !== analysis.lines.length)
    problems.push({ kind: 'lost-row', detail: `report lists ${lines} of ${analysis.lines.length} lines` });
  if (report.rejected.length !== analysis.rejected.length) problems.push({ kind: 'lost-row', detail: 'report lost rejected rows' });
  return problems;
}

export interface CheckedRun {
  problems: Problem[];
  rows: number;
  lines: number;
  rejected: number;
  tables: number;
}

/** Runs the whole engine (analysis, savings, report, write plan) twice (once when `twice` is false) and checks every property. */
export function checkRun(snapshots: readonly SourceSnapshot[], options: RunOptions = {}, twice = true): CheckedRun {
  const rows = snapshots.reduce((n, s) => n + s.tables.reduce((m, t) => m + t.rows.length, 0), 0);
  const tables = snapshots.reduce((n, s) => n + s.tables.length, 0);
  const sources = snapshots.map((s) => ({ name: s.name, tables: s.tables }));
  let first: RunResult;
  try {
    first = runAnalysis(sources, options);
  } catch (e) {
    return {
      problems: [{ kind: 'crash', detail: e instanceof Error ? (e.stack ?? e.message) : String(e) }],
      rows,
      lines: 0,
      rejected: 0,
      tables,
    };
  }
  const problems = [...checkRowsAccounted(first.analysis, first.snapshots), ...checkReconciled(first)];
  if (twice)
    try {
      const second = runAnalysis(sources, options);
      if (JSON.stringify(second.report) !== JSON.stringify(first.report))
        problems.push({ kind: 'nondeterministic', detail: 'the report differs between two runs' });
      if (JSON.stringify(second.plan) !== JSON.stringify(first.plan))
        problems.push({ kind: 'nondeterministic', detail: 'the write plan differs between two runs' });
    } catch (e) {
      problems.push({ kind: 'crash', detail: `second run: ${e instanceof Error ? e.message : String(e)}` });
    }
  return { problems, rows, lines: first.analysis.lines.length, rejected: first.analysis.rejected.length, tables };
}
