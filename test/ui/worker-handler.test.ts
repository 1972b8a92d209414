/**
 * The engine worker's message handler, called directly in Node: the protocol for both modes,
 * progress between phases, mapping, and errors as codes with where they happened.
 */
import { readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { runAnalysis } from '../../src/app/analyze-sources';
import { createWorkerRunner } from '../../src/app/runner';
import path from 'node:path';
import { createMessageListener, handleRequest } from '../../src/worker/engine-worker';
import { describeError, fromWorkerError } from '../../src/app/errors';
import { fromWorker } from '../../src/app/progress';
import type {
  ErrorMessage,
  InspectedMessage,
  ProgressMessage,
  ResultMessage,
  WorkerRequest,
  WorkerResponse,
} from '../../src/worker/protocol';
import { readSourcePath } from '../../src/gateway/files/node';
import { sampleSheets } from './fakes';
import { warmUp } from '../../src/worker/warm-up';

const SAMPLES = path.resolve(__dirname, '../../samples');

async function call(request: WorkerRequest | Parameters<typeof handleRequest>[0]) {
  const messages: WorkerResponse[] = [];
  const transfers: (Transferable[] | undefined)[] = [];
  await handleRequest(request, (m, t) => {
    messages.push(m);
    transfers.push(t);
  });
  const all = messages.filter((m): m is ProgressMessage => m.kind === 'progress');
  // While a long step runs, the worker also says how far it is (`within`); the bar never goes back.
  const fractions = all.map((m) => fromWorker(m).fraction);
  fractions.forEach((f, i) => expect(f).toBeGreaterThanOrEqual(fractions[i - 1] ?? 0));
  for (const beat of all.filter((m) => m.within !== undefined)) {
    expect(all.some((m) => m.within === undefined && m.step === beat.step && m.phase === beat.phase)).toBe(true);
  }
  return { messages, transfers, final: messages[messages.length - 1]!, progress: all.filter((m) => m.within === undefined) };
}

function sheetSources() {
  const sheets = sampleSheets();
  return [
    { name: 'Gemeente', tables: [{ file: 'Werkmap.xlsx', sheet: 'Gemeente', rows: sheets.Gemeente! }] },
    { name: 'OCMW', tables: [{ file: 'Werkmap.xlsx', sheet: 'OCMW', rows: sheets.OCMW! }] },
  ];
}

describe('worker handler: workbook mode (tables in, plan + report out)', () => {
  test('inspect-tables guesses each column with a confidence', async () => {
    const { final, progress } = await call({ kind: 'inspect-tables', id: 7, sources: sheetSources() });
    expect(final.kind).toBe('inspected');
    const m = final as InspectedMessage;
    expect(m.id).toBe(7);
    expect(progress).toHaveLength(2);
    const gemeente = m.sources[0]!;
    expect(gemeente.headerRow).toBe(3);
    expect(gemeente.guesses.amount).toMatchObject({ column: 3, header: 'Bedrag excl. btw' });
    expect(gemeente.guesses.amount!.confidence).toBeGreaterThan(0.5);
    expect(gemeente.columns.map((c) => c.letter)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(m.sources[1]!.guesses.description?.column).toBe(2);
  });

  test('run-tables answers with report and plan, progress before each phase, and applies the mapping', async () => {
    const sources = sheetSources();
    // OCMW: description from "Opmerking" (F) instead of "Artikel" (C).
    const { final, progress } = await call({
      kind: 'run-tables',
      id: 3,
      sources: [sources[0]!, { ...sources[1]!, mapping: { description: 5 } }],
      settings: { lang: 'nl' },
    });
    expect(progress.map((p) => (p.kind === 'progress' ? p.phase : ''))).toEqual(['analyze', 'savings', 'plan', 'report']);
    expect(progress.every((p) => p.kind === 'progress' && p.steps === 4 && p.id === 3)).toBe(true);
    expect(final.kind).toBe('result');
    const r = final as ResultMessage;
    expect(r.plan?.sheets.map((s) => s.key)).toContain('summary');
    expect(r.xlsx).toBeUndefined();
    expect(r.report.sources.map((s) => s.name)).toEqual(['Gemeente', 'OCMW']);
    expect(r.report.sources[1]!.mapping.description).toMatchObject({ column: 'F', header: 'Opmerking', confidence: 1 });
    // Row 8 of Gemeente: an unreadable amount, with sheet, row and column.
    expect(r.report.rejected).toEqual([expect.objectContaining({ sheet: 'Gemeente', row: 8, column: 'D', code: 'amount-unreadable' })]);
    // The report the pane gets is the whole report without its lines (which the worker does not build), the count of lines included.
    const { lines, ...whole } = runAnalysis([sources[0]!, { ...sources[1]!, mapping: { description: 5 } }], { lang: 'nl' }).report;
    expect(r.report).toEqual(whole);
    expect(r.report.summary.lines).toBe(lines.length);
    expect(lines.length).toBeGreaterThan(5);
    expect('lines' in r.report).toBe(false);
  });

  test('long tables and a long plan travel in parts of at most 5,000 rows, and arrive whole', async () => {
    // The samples three times over: over 10,000 lines, so the tables and Lijnen go in parts.
    const thrice = async (name: string, file: string) => {
      const table = (await readSourcePath(path.join(SAMPLES, file)))[0]!;
      return { name, tables: [{ ...table, rows: [...table.rows, ...table.rows, ...table.rows] }] };
    };
    const sources = [await thrice('Gemeente', 'gemeente-boekhouding.xlsx'), await thrice('OCMW', 'ocmw-aankopen.csv')];
    const request = { kind: 'run-tables' as const, sources, settings: { lang: 'nl' as const } };

    // A worker boundary as the browser's: each message copied (structured clone) on its way.
    const copy = <T>(m: T): T => deserialize(serialize(m)) as T;
    const toWorker: unknown[] = [];
    const toPage: WorkerResponse[] = [];
    const worker = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      onerror: null,
      listener: createMessageListener((m) => {
        toPage.push(m);
        worker.onmessage?.({ data: copy(m) } as MessageEvent);
      }),
      postMessage(message: unknown) {
        toWorker.push(message);
        void worker.listener(copy(message) as WorkerRequest);
      },
      terminate() {},
    };
    const outcome = await createWorkerRunner(() => worker).start(request).result;
    expect(outcome.status).toBe('done');

    expect(toWorker.filter((m) => (m as { kind: string }).kind === 'table-rows').length).toBeGreaterThan(1);
    expect(toPage.filter((m) => m.kind === 'plan-rows').length).toBeGreaterThan(1);
    // Each message is copied in one go, on both threads: none is large.
    for (const m of [...toWorker, ...toPage]) expect(serialize(m).length).toBeLessThan(3_000_000);

    const answer = (outcome as { value: ResultMessage }).value;
    expect(answer.plan!.sheets.find((sheet) => sheet.key === 'lines')!.rows.length).toBeGreaterThan(10_000);
    expect(answer.plan).toEqual(runAnalysis(sources, { lang: 'nl' }).plan);
  }, 60_000);

  test('a source without an amount column comes back in withoutAmounts', async () => {
    const { final } = await call({
      kind: 'run-tables',
      id: 1,
      sources: [
        ...sheetSources(),
        {
          name: 'AGB',
          tables: [
            {
              file: 'Werkmap.xlsx',
              sheet: 'AGB',
              rows: [
                ['Naam', 'Adres'],
                ['x', 'y'],
              ],
            },
          ],
        },
      ],
      settings: { lang: 'nl' },
    });
    expect((final as ResultMessage).withoutAmounts).toEqual([{ file: 'Werkmap.xlsx', sheet: 'AGB' }]);
  });
});

describe('worker handler: file mode (files in, report + xlsx out)', () => {
  const files = () => [
    {
      name: 'Gemeente',
      files: [{ name: 'gemeente-boekhouding.xlsx', bytes: new Uint8Array(readFileSync(path.join(SAMPLES, 'gemeente-boekhouding.xlsx'))) }],
    },
    { name: 'OCMW', files: [{ name: 'ocmw-aankopen.csv', bytes: new Uint8Array(readFileSync(path.join(SAMPLES, 'ocmw-aankopen.csv'))) }] },
  ];

  test('the warm-up the worker does when it starts changes nothing in a run', async () => {
    const run = async () => {
      const { final } = await call({ kind: 'run-files', id: 3, sources: files(), settings: { lang: 'nl', reportDate: '2026-01-31' } });
      return final as ResultMessage;
    };
    const before = await run();
    await warmUp();
    const after = await run();
    expect(after.report).toEqual(before.report);
    expect(after.plan).toEqual(before.plan);
    expect(Buffer.from(after.xlsx!).equals(Buffer.from(before.xlsx!))).toBe(true);
  }, 120_000);

  test('inspect-files reads the files and guesses the mapping', async () => {
    const { final, progress } = await call({ kind: 'inspect-files', id: 2, sources: files() });
    const m = final as InspectedMessage;
    expect(m.kind).toBe('inspected');
    expect(progress.map((p) => (p.kind === 'progress' ? p.phase : ''))).toEqual(['read', 'read', 'inspect', 'inspect']);
    expect(m.sources[1]).toMatchObject({ name: 'OCMW', file: 'ocmw-aankopen.csv', headerRow: 2 });
    expect(m.sources[1]!.guesses.amount?.header).toBe('Totaal excl. BTW');
  });

  test('run-files answers with the report and the workbook bytes (transferred)', async () => {
    const { final, progress, transfers } = await call({ kind: 'run-files', id: 9, sources: files(), settings: { lang: 'fr' } });
    const r = final as ResultMessage;
    expect(r.kind).toBe('result');
    expect(progress.map((p) => (p.kind === 'progress' ? p.phase : ''))).toEqual([
      'read',
      'read',
      'analyze',
      'savings',
      'plan',
      'report',
      'xlsx',
    ]);
    expect(r.report.lang).toBe('fr');
    // The page's thread copies what it receives: the report comes without its 3,371 lines (the
    // workbook has them), a twentieth of the full report's size.
    expect(r.report).not.toHaveProperty('lines');
    expect(r.report.summary.lines).toBe(3461);
    expect(serialize({ ...r, xlsx: undefined }).length).toBeLessThan(100_000);
    expect(r.xlsx![0]).toBe(0x50);
    expect(r.xlsx![1]).toBe(0x4b);
    expect(transfers[transfers.length - 1]).toEqual([r.xlsx!.buffer]);
  }, 120_000);

  test('a file that is not a workbook comes back as a code with the file', async () => {
    const { final } = await call({
      kind: 'run-files',
      id: 4,
      sources: [{ name: 'Gemeente', files: [{ name: 'kapot.xlsx', bytes: new Uint8Array([0x50, 0x4b, 1, 2, 3]) }] }, files()[1]!],
      settings: { lang: 'nl' },
    });
    expect(final).toMatchObject({
      kind: 'error',
      ok: false,
      id: 4,
      problem: 'not-a-workbook',
      file: 'kapot.xlsx',
    } satisfies Partial<ErrorMessage>);
  });

  test('a source problem the gateway can tell more about keeps its closer words and row (unclosed quote, old .xls)', async () => {
    const csv = 'Datum;Leverancier;Omschrijving;Bedrag\n03/01/2025;Lyreco;"Papier A4;12,50\n04/01/2025;Lyreco;Pennen;3,20\n';
    const { final } = await call({
      kind: 'run-files',
      id: 6,
      sources: [files()[0]!, { name: 'OCMW', files: [{ name: 'quote.csv', bytes: new TextEncoder().encode(csv) }] }],
      settings: { lang: 'nl' },
    });
    expect(final).toMatchObject({ kind: 'error', problem: 'unreadable', file: 'quote.csv', hint: 'unclosed-quote', row: 2 });
    expect(describeError(fromWorkerError(final as ErrorMessage), 'nl')).toContain('quote.csv: rij 2 opent een aanhalingsteken');

    // An Excel 97–2003 file: an OLE compound file with a `Workbook` stream.
    const name = Array.from('Workbook').flatMap((ch) => [ch.charCodeAt(0), 0]);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0), ...name]);
    const old = await call({
      kind: 'run-files',
      id: 7,
      sources: [{ name: 'Gemeente', files: [{ name: 'oud.xls', bytes: xls }] }, files()[1]!],
      settings: { lang: 'en' },
    });
    expect(old.final).toMatchObject({ kind: 'error', problem: 'encrypted-or-legacy', hint: 'legacy-xls' });
    expect(describeError(fromWorkerError(old.final as ErrorMessage), 'en')).toContain('.xls');
  });

  test('an empty file and a missing sheet name the file and the sheet', async () => {
    const empty = await call({
      kind: 'inspect-files',
      id: 5,
      sources: [{ name: 'OCMW', files: [{ name: 'leeg.csv', bytes: new Uint8Array() }] }],
    });
    expect(empty.final).toMatchObject({ kind: 'error', problem: 'empty', file: 'leeg.csv' });
    const sheet = await call({
      kind: 'inspect-files',
      id: 6,
      sources: [{ name: 'Gemeente', files: [{ ...files()[0]!.files[0]!, sheet: 'Bestaat niet' }] }],
    });
    expect(sheet.final).toMatchObject({
      kind: 'error',
      problem: 'no-such-sheet',
      file: 'gemeente-boekhouding.xlsx',
      sheet: 'Bestaat niet',
    });
  });

  test('the first request shape (no kind) still works: files in, workbook out', async () => {
    const { final } = await call({ lang: 'nl', sources: files() });
    expect(final).toMatchObject({ kind: 'result', ok: true });
    expect((final as ResultMessage).xlsx).toBeInstanceOf(Uint8Array);
  }, 120_000);
});

describe('worker handler: progress inside a long step', () => {
  test('says how far the engine has come, so the bar moves during a long analysis', async () => {
    // The two samples twenty times over (about 68,000 lines): the steps outlast the 50 ms between messages.
    const many = async (name: string, file: string) => {
      const [table] = await readSourcePath(path.join(SAMPLES, file));
      const head = table!.rows.slice(0, 5);
      const body = table!.rows.slice(5);
      return { name, tables: [{ ...table!, rows: [...head, ...Array.from({ length: 20 }, () => body).flat()] }] };
    };
    const { messages } = await call({
      kind: 'run-tables',
      id: 5,
      sources: [await many('Gemeente', 'gemeente-boekhouding.xlsx'), await many('OCMW', 'ocmw-aankopen.csv')],
      settings: { lang: 'nl' },
    });
    const beats = messages.filter((m): m is ProgressMessage => m.kind === 'progress' && m.within !== undefined);
    expect(beats.length).toBeGreaterThan(0);
    expect(beats.every((b) => b.within! >= 0 && b.within! < 1)).toBe(true);
    expect(messages[messages.length - 1]!.kind).toBe('result');
  }, 120_000);
});
