import type { ProgressMessage, WorkerPhase } from '../worker/protocol';

/** Where a task is, for the progress bar: a phase, how far overall (0..1), and what is being read or written. */
export interface AppProgress {
  phase: WorkerPhase | 'write';
  fraction: number;
  detail?: string;
}

/** A worker's progress message, as a share of a part of the whole task (from `start` to `end`, 0..1). */
export function fromWorker(m: ProgressMessage, start = 0, end = 1): AppProgress {
  const share = m.steps > 0 ? (m.step + clamp(m.within ?? 0)) / m.steps : 0;
  return { phase: m.phase, fraction: clamp(start + (end - start) * share), ...(m.detail !== undefined ? { detail: m.detail } : {}) };
}

export function clamp(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
