/// <reference lib="webworker" />
/**
 * The bench's engine child for the browser: a Web Worker script, bundled by `bench.ts` and run in
 * Debian's Chromium. The task pane and the standalone page run the engine in a worker of the
 * browser Office gives them (a Chromium WebView on Windows), whose JavaScript engine is not Node's:
 * this times the engine there, as the `engine` child times it in Node.
 *
 * Asked with the sources' addresses (`{ name, url }`), it warms up as the task pane's worker does
 * when it starts (`warmUp`, while the user maps columns), reads the sources as the page does
 * (`readTables`), then times the engine's first and second run as the worker makes them
 * (`timeEngineRuns`, without the report's list of lines) and answers with the figures, or with
 * `{ error }`.
 */
import { readTables } from '../src/gateway/files/read';
import type { SourceTable } from '../src/engine/model';
import { warmUp } from '../src/worker/warm-up';
import { timeEngineRuns } from './bench-engine-runs';

interface Source {
  name: string;
  url: string;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<Source[]>) => {
  try {
    await warmUp();
    const named: { name: string; tables: SourceTable[] }[] = [];
    for (const source of event.data) {
      const bytes = new Uint8Array(await (await fetch(source.url)).arrayBuffer());
      named.push({ name: source.name, tables: await readTables(source.url.split('/').pop()!, bytes) });
    }
    // As the worker runs it (`handler.ts`): the report without its list of lines, which the page never receives.
    const { result, coldMs, warmMs, phasesMs } = timeEngineRuns(named, { reportLines: false });
    scope.postMessage({
      lines: result.analysis.lines.length,
      coldMs,
      warmMs,
      phasesMs,
      userAgent: navigator.userAgent,
    });
  } catch (e) {
    scope.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
};
