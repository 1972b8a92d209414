import { analyze, type Analysis } from '../engine/analyze';
import type { Lang, Role, SourceSnapshot, SourceTable, Tick } from '../engine/model';
import type { PreviousEdits } from '../engine/plan/edits';
import { buildWritePlan } from '../engine/plan/sheets';
import type { WritePlan } from '../engine/plan/types';
import { buildReport, type Report } from '../engine/report';
import { computeSavings, type SavingsResult } from '../engine/savings';

export interface NamedTables {
  name: string;
  tables: SourceTable[];
  /** A user-confirmed column per role (0-based), applied over the guess for every table of this source. */
  mapping?: Partial<Record<Role, number>>;
}

/** The steps of a run, in order, for progress reports (`onPhase` is told before each one starts). */
export type AnalysisPhase = 'analyze' | 'savings' | 'plan' | 'report';

export interface RunOptions {
  lang?: Lang;
  /** A central purchasing service that takes the categories needing an open or EU procedure. */
  central?: string;
  /** Date the procurement thresholds are taken for; default the last date in the data. */
  reportDate?: string;
  /** Council copy: without line-level data. */
  council?: boolean;
  /**
   * False: the report's list of lines is left empty. The task pane drops it (the lines are in the
   * workbook), and at 200,000 lines building it costs a tenth of a second and as many objects.
   */
  reportLines?: boolean;
  /** What people typed in an earlier run's workbook. */
  previous?: PreviousEdits;
  /** Told before each step starts (for a progress bar); it does not change the result. */
  onPhase?: (phase: AnalysisPhase) => void;
  /** Told how far each step's long loops have come (for a progress bar that keeps moving). */
  onTick?: Tick;
}

export interface RunResult {
  snapshots: SourceSnapshot[];
  analysis: Analysis;
  savings: SavingsResult;
  report: Report;
  plan: WritePlan;
  /** Tables in which no amount column was found: the source cannot be used as it is. */
  withoutAmounts: { file: string; sheet: string }[];
}

/** Runs the engine over sources a gateway has read, and prepares both outputs: the report and the write plan. */
export function runAnalysis(sources: readonly NamedTables[], options: RunOptions = {}): RunResult {
  const snapshots: SourceSnapshot[] = sources.map((s) => ({
    name: s.name,
    tables: s.tables,
    ...(s.mapping ? { mapping: s.mapping } : {}),
  }));
  const previous = options.previous;
  options.onPhase?.('analyze');
  const tick = options.onTick;
  const analysis = analyze(snapshots, {
    lang: options.lang,
    overrides: previous?.lineOverrides,
    languageChoices: previous?.languages,
    tick,
  });
  const withoutAmounts = analysis.sources.flatMap((src, s) =>
    src.tables.flatMap((t, ti) =>
      t.amountMode === 'none' ? [{ file: snapshots[s]!.tables[ti]!.file, sheet: snapshots[s]!.tables[ti]!.sheet }] : [],
    ),
  );
  options.onPhase?.('savings');
  const savings = computeSavings(analysis, {
    central: options.central,
    reportDate: options.reportDate,
    parameters: previous?.parameters,
    kinds: previous?.kinds,
    tick,
  });
  const lineOverrides = new Map<number, string>();
  analysis.classifications.forEach((c, i) => {
    if (c.evidence.kind === 'override') lineOverrides.set(i, c.evidence.detail);
  });
  options.onPhase?.('plan');
  const plan = buildWritePlan(analysis, snapshots, savings, {
    council: options.council,
    allocationEdits: previous?.allocation,
    kinds: previous?.kinds,
    lineOverrides,
    tick,
  });
  options.onPhase?.('report');
  return {
    snapshots,
    analysis,
    savings,
    report: buildReport(analysis, snapshots, savings, { council: options.council, lines: options.reportLines, tick }),
    plan,
    withoutAmounts,
  };
}
