/**
 * The app layer the UI calls, in Node: the worker runner (progress, cancel by terminating the
 * worker), the host watchdog, language choice, mapping rules, errors in words, and the workbook flow
 * over an in-memory WorkbookPort.
 */
import { checkChoices } from '../../src/app/choices';
import { describeError, toAppError } from '../../src/app/errors';
import { detectHost } from '../../src/app/host';
import { pickLang } from '../../src/app/lang';
import { confirmedMapping, initialMapping, mappingIssues, NO_COLUMN } from '../../src/app/mapping';
import { reviewOf } from '../../src/app/review';
import { createWorkerRunner, type WorkerLike } from '../../src/app/runner';
import { EDITED_SHEET_KEYS, KIND_EDITS, LINE_EDITS } from '../../src/engine/plan/line-edits';
import { defaultChoices, inspectSheets, listSourceSheets, rememberChoices, runWorkbook, writeWorkbook } from '../../src/app/workbook';
import type { WorkerRequest, WorkerResponse } from '../../src/worker/protocol';
import { createFakeRunner, FakeWorkbook, sampleSheets } from './fakes';

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: WorkerRequest[] = [];
  terminated = false;
  postMessage(message: unknown): void {
    this.posted.push(message as WorkerRequest);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(m: WorkerResponse): void {
    this.onmessage?.({ data: m } as MessageEvent);
  }
}

describe('worker runner', () => {
  test('numbers requests, passes progress on and settles with the final message', async () => {
    const workers: FakeWorker[] = [];
    const runner = createWorkerRunner(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
    const progress: number[] = [];
    const handle = runner.start({ kind: 'inspect-tables', sources: [] }, (p) => progress.push(p.step));
    const w = workers[0]!;
    const id = w.posted[0]!.id;
    w.reply({ kind: 'progress', id, phase: 'inspect', step: 0, steps: 1 });
    w.reply({ kind: 'progress', id: id + 100, phase: 'inspect', step: 5, steps: 1 }); // another request's: ignored
    w.reply({ kind: 'inspected', id, ok: true, sources: [] });
    await expect(handle.result).resolves.toEqual({ status: 'done', value: { kind: 'inspected', id, ok: true, sources: [] } });
    expect(progress).toEqual([0]);
    expect(w.terminated).toBe(false);
  });

  test('cancel terminates the worker, reports cancelled, and the next request gets a new worker', async () => {
    const workers: FakeWorker[] = [];
    const runner = createWorkerRunner(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
    const handle = runner.start({ kind: 'run-tables', sources: [], settings: { lang: 'nl' } });
    handle.cancel();
    await expect(handle.result).resolves.toEqual({ status: 'cancelled' });
    expect(workers[0]!.terminated).toBe(true);
    runner.start({ kind: 'inspect-tables', sources: [] });
    expect(workers).toHaveLength(2);
  });

  test('long tables go to the worker in parts, a task each, before the request; cancel stops the sending', async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => [`regel ${i}`, i]);
    const request = {
      kind: 'run-tables' as const,
      sources: [{ name: 'A', tables: [{ file: 'a.xlsx', sheet: 'A', rows }] }],
      settings: { lang: 'nl' as const },
    };
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const kinds = (w: FakeWorker) => w.posted.map((m) => (m as { kind: string }).kind);

    const w = new FakeWorker();
    const runner = createWorkerRunner(() => w);
    runner.start(request);
    // The first part at once; the page gets a turn before the next.
    expect(kinds(w)).toEqual(['table-rows']);
    await wait(50);
    expect(kinds(w)).toEqual(['table-rows', 'table-rows', 'table-rows', 'run-tables']);
    const parts = w.posted.slice(0, 3) as unknown as { rows: unknown[][] }[];
    expect(parts.map((p) => p.rows.length)).toEqual([5000, 5000, 2000]);
    expect(parts.flatMap((p) => p.rows)).toEqual(rows);
    expect((w.posted[3] as Extract<WorkerRequest, { kind: 'run-tables' }>).sources[0]!.tables[0]!.rows).toEqual([]);
    // The page's own tables are not changed.
    expect(request.sources[0]!.tables[0]!.rows).toBe(rows);

    const w2 = new FakeWorker();
    const handle = createWorkerRunner(() => w2).start(request);
    handle.cancel();
    await wait(50);
    expect(kinds(w2)).toEqual(['table-rows']);
    expect(w2.terminated).toBe(true);
    await expect(handle.result).resolves.toEqual({ status: 'cancelled' });
  });

  test('an error message becomes a code with file, sheet, row and column', async () => {
    const w = new FakeWorker();
    const runner = createWorkerRunner(() => w);
    const handle = runner.start({ kind: 'inspect-files', sources: [] });
    const id = w.posted[0]!.id;
    w.reply({ kind: 'error', id, ok: false, problem: 'internal', file: 'a.csv', sheet: 'a', row: 4, column: 'C', detail: 'boom' });
    await expect(handle.result).resolves.toEqual({
      status: 'failed',
      error: { code: 'internal', file: 'a.csv', sheet: 'a', row: 4, column: 'C', detail: 'boom' },
    });
  });

  test('a worker that fails to load reports worker-failed', async () => {
    const w = new FakeWorker();
    const runner = createWorkerRunner(() => w);
    const handle = runner.start({ kind: 'inspect-files', sources: [] });
    w.onerror?.({ message: 'script error', preventDefault() {} } as ErrorEvent);
    await expect(handle.result).resolves.toEqual({ status: 'failed', error: { code: 'worker-failed', detail: 'script error' } });
    expect(w.terminated).toBe(true);
  });
});

describe('host detection', () => {
  test('Excel → workbook mode with Office’s display language', async () => {
    const office = { onReady: async () => ({ host: 'Excel' }), context: { displayLanguage: 'fr-BE' } };
    await expect(detectHost(office, 100)).resolves.toEqual({ mode: 'workbook', reason: 'excel', displayLanguage: 'fr-BE' });
  });

  test('no office.js, no host, or no answer (watchdog) → standalone', async () => {
    expect((await detectHost(undefined, 100)).mode).toBe('standalone');
    expect(await detectHost({ onReady: async () => ({ host: null }) }, 100)).toMatchObject({ mode: 'standalone', reason: 'no-host' });
    const started = Date.now();
    expect(await detectHost({ onReady: () => new Promise(() => {}) }, 50)).toMatchObject({ mode: 'standalone', reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await detectHost({ onReady: () => Promise.reject(new Error('x')) }, 50)).toMatchObject({ reason: 'error' });
  });

  test('languages: fr and en from the tag, Dutch otherwise', () => {
    expect(pickLang('fr-BE')).toBe('fr');
    expect(pickLang('en-GB')).toBe('en');
    expect(pickLang('nl-BE')).toBe('nl');
    expect(pickLang('de-DE')).toBe('nl');
    expect(pickLang(undefined)).toBe('nl');
  });
});

describe('errors in words', () => {
  test('a source problem reuses the CLI’s texts; a cell is named by sheet, row and column', () => {
    expect(describeError({ code: 'not-a-workbook', file: 'x.xlsx' }, 'nl')).toBe('x.xlsx: dit is geen leesbare Excel-werkmap (.xlsx)');
    expect(describeError({ code: 'internal', sheet: 'Gemeente', row: 8, column: 'D', detail: 'kapot' }, 'nl')).toBe(
      'Blad Gemeente, rij 8, kolom D: Onverwachte fout in Tandem (kapot)',
    );
    expect(describeError({ code: 'read-failed', sheet: 'OCMW' }, 'fr')).toBe('La feuille « OCMW » n’a pas pu être lue');
  });

  test('gateway errors keep their code and where', () => {
    const e = Object.assign(new Error('no-such-sheet: OCMW'), { problem: 'no-such-sheet', detail: 'OCMW' });
    expect(toAppError(e, 'read-failed', { sheet: 'OCMW' })).toEqual({ code: 'no-such-sheet', sheet: 'OCMW', detail: 'OCMW' });
    expect(toAppError(Object.assign(new Error('t'), { problem: 'sync-timeout', detail: 'reading OCMW' }), 'read-failed').code).toBe(
      'sync-timeout',
    );
    expect(toAppError(new Error('odd'), 'write-failed')).toEqual({ code: 'write-failed', detail: 'odd' });
  });
});

describe('choices and mapping', () => {
  test('two named sources with distinct sheets (or files) are needed', () => {
    expect(checkChoices([{ name: 'Gemeente', sheet: 'A' }], 'workbook')).toEqual([{ kind: 'need-two' }]);
    expect(
      checkChoices(
        [
          { name: 'Gemeente', sheet: 'A' },
          { name: 'gemeente', sheet: 'A' },
        ],
        'workbook',
      ).map((i) => i.kind),
    ).toEqual(['name-twice', 'sheet-twice']);
    expect(
      checkChoices(
        [
          { name: 'A', file: { name: 'a.xls' } },
          { name: 'B', file: null },
        ],
        'standalone',
      ).map((i) => i.kind),
    ).toEqual(['file-type', 'file-missing']);
  });

  test('the mapping starts from the guess, a remembered mapping wins, and issues block the run', () => {
    const insp = {
      name: 'OCMW',
      file: 'w',
      sheet: 'OCMW',
      headerRow: 1,
      rows: 5,
      columns: [0, 1, 2, 3].map((i) => ({ index: i, letter: 'ABCD'[i]!, header: `h${i}` })),
      guesses: {
        amount: { role: 'amount' as const, column: 3, header: 'h3', confidence: 0.9 },
        description: { role: 'description' as const, column: 2, header: 'h2', confidence: 0.8 },
      },
    };
    expect(initialMapping(insp)).toEqual({ amount: 3, description: 2 });
    expect(initialMapping(insp, { description: 1, supplier: 2 })).toEqual({ amount: 3, description: 1, supplier: 2 });
    expect(mappingIssues('OCMW', { amount: NO_COLUMN })).toEqual([{ kind: 'no-amount', source: 'OCMW' }]);
    expect(mappingIssues('OCMW', { amount: 3, supplier: 3 })).toEqual([
      { kind: 'duplicate', source: 'OCMW', column: 'D', roles: ['amount', 'supplier'] },
    ]);
    expect(confirmedMapping({ amount: 3, supplier: NO_COLUMN })).toEqual({ amount: 3, supplier: -1 });
  });
});

describe('workbook flow over a WorkbookPort', () => {
  test('lists sources without Tandem’s sheets, reads, runs with the mapping, writes, activates the summary and remembers', async () => {
    const book = new FakeWorkbook({ ...sampleSheets(), Samenvatting: [['oud']] }, ['Samenvatting']);
    const sheets = await listSourceSheets(book);
    expect(sheets.map((s) => s.name)).toEqual(['Gemeente', 'OCMW', 'Notities']);
    expect(defaultChoices(sheets, null)).toEqual([
      { name: 'Gemeente', sheet: 'Gemeente' },
      { name: 'OCMW', sheet: 'OCMW' },
    ]);

    const { runner, requests } = createFakeRunner();
    const progress: number[] = [];
    const inspected = await inspectSheets(book, runner, defaultChoices(sheets, null), (p) => progress.push(p.fraction)).result;
    expect(inspected.status).toBe('done');
    if (inspected.status !== 'done') return;
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.every((f, i) => i === 0 || f >= progress[i - 1]!)).toBe(true);

    const mappings = inspected.value.inspections.map((i) => initialMapping(i));
    mappings[1] = { ...mappings[1], description: 5 };
    const run = await runWorkbook(book, runner, inspected.value.sources, mappings.map(confirmedMapping), { lang: 'nl' }).result;
    expect(run.status).toBe('done');
    if (run.status !== 'done') return;
    const sent = requests.find((r) => r.kind === 'run-tables');
    expect(sent && sent.kind === 'run-tables' && sent.sources[1]!.mapping?.description).toBe(5);

    const review = reviewOf(run.value.report);
    expect(review.sources).toEqual(['Gemeente', 'OCMW']);
    expect(review.rows.length).toBeGreaterThan(0);
    expect(review.rejected[0]).toMatchObject({ sheet: 'Gemeente', row: 8, column: 'D' });

    const written = await writeWorkbook(book, run.value.plan).result;
    expect(written.status).toBe('done');
    expect(book.activated).toEqual(['Samenvatting']);
    expect(await rememberChoices(book, [{ name: 'Gemeente', sheet: 'Gemeente', mapping: { amount: 3 } }], { lang: 'fr' })).toBeNull();
    expect(book.settings).toEqual({ sources: [{ sheet: 'Gemeente', name: 'Gemeente', mapping: { amount: 3 } }], lang: 'fr' });
  });

  test('a sheet that cannot be read is a read error naming the sheet', async () => {
    const book = new FakeWorkbook(sampleSheets());
    book.failRead = { sheet: 'OCMW', error: new Error('Excel says no') };
    const { runner } = createFakeRunner();
    const o = await inspectSheets(book, runner, [
      { name: 'Gemeente', sheet: 'Gemeente' },
      { name: 'OCMW', sheet: 'OCMW' },
    ]).result;
    expect(o).toEqual({ status: 'failed', error: { code: 'read-failed', sheet: 'OCMW', detail: 'Excel says no' } });
  });

  /** The sample sheets in a fake workbook, inspected, ready for a run. */
  async function inspectedSamples() {
    const book = new FakeWorkbook(sampleSheets());
    const { runner, requests } = createFakeRunner();
    const inspected = await inspectSheets(book, runner, [
      { name: 'Gemeente', sheet: 'Gemeente' },
      { name: 'OCMW', sheet: 'OCMW' },
    ]).result;
    if (inspected.status !== 'done') throw new Error('inspect failed');
    return { book, runner, requests, inspected };
  }

  test('a run reads Tandem’s earlier sheets with Lijnen’s typed rows only, on the bar, and carries the edits to the engine', async () => {
    const { book, runner, requests, inspected } = await inspectedSamples();
    const first = await runWorkbook(book, runner, inspected.value.sources, [], { lang: 'nl' }).result;
    if (first.status !== 'done') throw new Error('run failed');
    book.previousTables = [{ file: 'Toewijzing', sheet: 'Toewijzing', rows: [['Toewijzing'], ['Categorie-id', 'Status']] }];
    const fractions: { phase: string; fraction: number }[] = [];
    const second = await runWorkbook(book, runner, inspected.value.sources, [], { lang: 'nl' }, (p) => fractions.push(p)).result;
    expect(second.status).toBe('done');
    expect(book.tandemReads.at(-1)!.editedRowsOnly).toEqual(LINE_EDITS);
    expect(book.tandemReads.at(-1)!.sheetKeys).toEqual(EDITED_SHEET_KEYS);
    expect(book.tandemReads.at(-1)!.tableOnly).toEqual(KIND_EDITS);
    expect(book.tandemReads.at(-1)!.signal).toBeInstanceOf(AbortSignal);
    const sent = requests.filter((r) => r.kind === 'run-tables').at(-1);
    expect(sent && sent.kind === 'run-tables' && sent.previous).toEqual(book.previousTables);
    // Reading Tandem's sheets moves the first twentieth of the bar, then the engine takes over.
    const reading = fractions.filter((p) => p.phase === 'read');
    expect(reading.map((p) => p.fraction)).toEqual([0, 0, 0.05]);
    expect(fractions.every((p, i) => i === 0 || p.fraction >= fractions[i - 1]!.fraction)).toBe(true);
  });

  test('cancel while Tandem’s earlier sheets are read stops the run', async () => {
    const { book, runner, requests, inspected } = await inspectedSamples();
    let release = () => undefined as void;
    book.tandemReadWaitsFor = new Promise<void>((resolve) => (release = resolve));
    const handle = runWorkbook(book, runner, inspected.value.sources, [], { lang: 'nl' });
    await new Promise((r) => setTimeout(r, 10));
    handle.cancel();
    release();
    await expect(handle.result).resolves.toEqual({ status: 'cancelled' });
    expect(book.tandemReads[0]!.signal!.aborted).toBe(true);
    expect(requests.filter((r) => r.kind === 'run-tables')).toEqual([]);
  });

  test('cancel during a run reports cancelled', async () => {
    const book = new FakeWorkbook(sampleSheets());
    const { runner } = createFakeRunner({ hold: true });
    const inspected = await inspectSheets(book, runner, [
      { name: 'Gemeente', sheet: 'Gemeente' },
      { name: 'OCMW', sheet: 'OCMW' },
    ]).result;
    if (inspected.status !== 'done') throw new Error('inspect failed');
    const handle = runWorkbook(book, runner, inspected.value.sources, [], { lang: 'nl' });
    await new Promise((r) => setTimeout(r, 10));
    handle.cancel();
    await expect(handle.result).resolves.toEqual({ status: 'cancelled' });
  });
});
