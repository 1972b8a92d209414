/// <reference lib="webworker" />
/**
 * The bench's engine child for the browser: a Web Worker script, bundled by `bench.ts` and run in
 * Debian's Chromium. The task pane and the standalone page run the engine in a worker of the
 * browser Office gives them (a Chromium WebView on Windows), whose JavaScript engine is not Node's:
 * this times the engine there, as the `engine` child times it in Node.
 *
 * Asked with the sources' addresses (`{ name, url }`), it warms up as the task pane's worker does
 * when it starts (`warmUp`, while the user maps columns), reads the sources as the page does
 * (`readTables`), then times `runAnalysis` twice and answers with the figures, or with `{ error }`.
 */
import { runAnalysis } from '../src/app/analyze-sources';
import { readTables } from '../src/gateway/files/read';
import type { SourceTable } from '../src/engine/model';
import { warmUp } from '../src/worker/warm-up';

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
    const phasesMs: Record<string, number> = {};
    let current = '';
    let last = 0;
    const t0 = performance.now();
    last = t0;
    const result = runAnalysis(named, {
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
    runAnalysis(named);
    const warmMs = performance.now() - t1;
    scope.postMessage({
      lines: result.analysis.lines.length,
      coldMs: Math.round(coldMs),
      warmMs: Math.round(warmMs),
      phasesMs,
      userAgent: navigator.userAgent,
    });
  } catch (e) {
    scope.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
};
