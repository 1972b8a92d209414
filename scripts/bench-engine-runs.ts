/**
 * The engine's first and second run on sources already read, with the time of each phase of the
 * first: what the bench's engine children measure, in Node (`bench.ts`) and in Chromium's worker
 * (`bench-browser-engine.ts`). Nothing here may need Node: it is bundled for the browser as well.
 */
import { runAnalysis, type NamedTables, type RunOptions, type RunResult } from '../src/app/analyze-sources';

export interface EngineRuns {
  /** The first run's result. */
  result: RunResult;
  coldMs: number;
  warmMs: number;
  phasesMs: Record<string, number>;
}

/**
 * `options` are those of the run being measured: the CLI builds the report's list of lines for its
 * JSON, the task pane's worker does not (`reportLines: false`).
 */
export function timeEngineRuns(named: NamedTables[], options: Pick<RunOptions, 'reportLines'> = {}): EngineRuns {
  const phasesMs: Record<string, number> = {};
  let current = '';
  const t0 = performance.now();
  let last = t0;
  const result = runAnalysis(named, {
    ...options,
    onPhase: (phase) => {
      const now = performance.now();
      if (current) phasesMs[current] = Math.round(now - last);
      current = phase;
      last = now;
    },
  });
  const coldMs = performance.now() - t0;
  phasesMs[current] = Math.round(performance.now() - last);
  const t1 = performance.now();
  runAnalysis(named, options);
  const warmMs = performance.now() - t1;
  return { result, coldMs: Math.round(coldMs), warmMs: Math.round(warmMs), phasesMs };
}
