/**
 * Calls `beat` every `ms` while `work` is pending, and never after it settles (a beat after the
 * answer would be a progress message about a finished run). Only a thread that waits can beat: one
 * that is busy or collecting garbage cannot, so a beat never hides a frozen worker.
 */
export async function whileWaiting<T>(work: Promise<T>, beat: () => void, ms: number): Promise<T> {
  const timer = setInterval(beat, ms);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}
