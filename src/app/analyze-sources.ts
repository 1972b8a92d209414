import { analyze, type Analysis, type AnalyzeOptions } from '../engine/analyze';
import type { SourceSnapshot, SourceTable } from '../engine/model';
import { buildWritePlan } from '../engine/plan/sheets';
import type { WritePlan } from '../engine/plan/types';
import { buildReport, type Report } from '../engine/report';

export interface NamedTables {
  name: string;
  tables: SourceTable[];
}

export interface RunResult {
  snapshots: SourceSnapshot[];
  analysis: Analysis;
  report: Report;
  plan: WritePlan;
  /** Tables in which no amount column was found: the source cannot be used as it is. */
  withoutAmounts: { file: string; sheet: string }[];
}

/** Runs the engine over sources a gateway has read, and prepares both outputs: the report and the write plan. */
export function runAnalysis(sources: readonly NamedTables[], options: AnalyzeOptions = {}): RunResult {
  const snapshots: SourceSnapshot[] = sources.map((s) => ({ name: s.name, tables: s.tables }));
  const analysis = analyze(snapshots, options);
  const withoutAmounts = analysis.sources.flatMap((src, s) =>
    src.tables.flatMap((t, ti) => (t.amountMode === 'none' ? [{ file: snapshots[s]!.tables[ti]!.file, sheet: snapshots[s]!.tables[ti]!.sheet }] : [])),
  );
  return { snapshots, analysis, report: buildReport(analysis, snapshots), plan: buildWritePlan(analysis, snapshots), withoutAmounts };
}
