/**
 * Test doubles for the UI: an in-memory workbook behind the WorkbookPort, and an engine runner that
 * runs the real app-layer functions on the test's own thread (no Worker, no ExcelJS).
 */
import { runAnalysis } from '../../src/app/analyze-sources';
import { withoutLines } from '../../src/engine/report';
import { inspectTable } from '../../src/app/inspect';
import { createInProcessRunner, type EngineRequest } from '../../src/app/runner';
import type { CellValue, SourceTable } from '../../src/engine/model';
import type { WritePlan } from '../../src/engine/plan/types';
import type { GatewayProgress, SheetInfo, TandemSettings, TandemSheetsRead, WorkbookPort } from '../../src/gateway/port';
import type { ErrorMessage, FileSource, TableSource, WorkerRequest } from '../../src/worker/protocol';

/** A workbook in memory: sheets by name; records what was written, activated and saved. */
export class FakeWorkbook implements WorkbookPort {
  readonly sheets = new Map<string, CellValue[][]>();
  readonly written: WritePlan[] = [];
  readonly activated: string[] = [];
  settings: TandemSettings | null = null;
  /** Makes readSheet fail for this sheet with this error. */
  failRead: { sheet: string; error: unknown } | null = null;

  constructor(
    sheets: Record<string, CellValue[][]>,
    readonly tandemSheets: string[] = [],
  ) {
    for (const [name, rows] of Object.entries(sheets)) this.sheets.set(name, rows);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return [...this.sheets].map(([name, rows]) => ({
      name,
      rows: rows.length,
      columns: rows.reduce((n, r) => Math.max(n, r.length), 0),
      tandem: this.tandemSheets.includes(name),
    }));
  }

  async readSheet(name: string, onProgress?: (p: GatewayProgress) => void, signal?: AbortSignal): Promise<SourceTable> {
    if (this.failRead?.sheet === name) throw this.failRead.error;
    const rows = this.sheets.get(name);
    if (!rows) throw Object.assign(new Error(`no sheet ${name}`), { problem: 'no-such-sheet', detail: name });
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    onProgress?.({ phase: 'read', done: rows.length, total: rows.length });
    return { file: 'Werkmap.xlsx', sheet: name, rows: rows.map((r) => [...r]) };
  }

  /** What each read of Tandem's sheets was asked, and the tables it gives (none unless a test sets them). */
  readonly tandemReads: TandemSheetsRead[] = [];
  previousTables: SourceTable[] = [];
  /** When set, the read of Tandem's sheets waits for it (a slow workbook). */
  tandemReadWaitsFor: Promise<void> | null = null;

  async readTandemSheets(options: TandemSheetsRead = {}): Promise<SourceTable[]> {
    this.tandemReads.push(options);
    const total = this.previousTables.reduce((n, t) => n + t.rows.length, 0);
    options.onProgress?.({ phase: 'read', done: 0, total });
    if (this.tandemReadWaitsFor) await this.tandemReadWaitsFor;
    if (options.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    options.onProgress?.({ phase: 'read', done: total, total });
    return this.previousTables;
  }

  async applyPlan(plan: WritePlan, onProgress?: (p: GatewayProgress) => void): Promise<Record<string, string>> {
    this.written.push(plan);
    onProgress?.({ phase: 'write', done: 1, total: 1 });
    for (const s of plan.sheets)
      this.sheets.set(
        s.name,
        s.rows.map((r) => r.map((c) => (c.v ?? c.result ?? null) as CellValue)),
      );
    for (const s of plan.sheets) if (!this.tandemSheets.includes(s.name)) this.tandemSheets.push(s.name);
    return Object.fromEntries(plan.sheets.map((s) => [s.key, s.name]));
  }

  async activate(sheet: string): Promise<void> {
    this.activated.push(sheet);
  }

  async loadSettings(): Promise<TandemSettings | null> {
    return this.settings;
  }

  async saveSettings(settings: TandemSettings): Promise<void> {
    this.settings = settings;
  }
}

/** Semicolon CSV to rows, enough for the tests' small files. */
export function csvRows(text: string): CellValue[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l !== '')
    .map((l) => l.split(';').map((c) => (c.trim() === '' ? null : c)));
}

export interface FakeRunnerOptions {
  /** Hold run requests until cancelled (or `release()` is called). */
  hold?: boolean;
  /** Answer run requests with this error. */
  fail?: Omit<ErrorMessage, 'kind' | 'id' | 'ok'>;
}

/**
 * A runner over the real app-layer functions (inspectTable, runAnalysis) on the test's thread.
 * Files are read as semicolon CSV; the "workbook" it returns is a few bytes.
 */
export function createFakeRunner(options: FakeRunnerOptions = {}) {
  const requests: EngineRequest[] = [];
  let release: () => void = () => {};
  const toTables = (s: FileSource): TableSource => ({
    name: s.name,
    tables: s.files.map((f) => ({
      file: f.name,
      sheet: f.name.replace(/\.[^.]+$/, ''),
      rows: csvRows(new TextDecoderish().decode(f.bytes)),
    })),
    ...(s.mapping ? { mapping: s.mapping } : {}),
  });
  const runner = createInProcessRunner(async (request: WorkerRequest, post) => {
    const { id } = request;
    requests.push(request);
    switch (request.kind) {
      case 'inspect-tables':
      case 'inspect-files': {
        const sources = request.kind === 'inspect-tables' ? request.sources : request.sources.map(toTables);
        post({ kind: 'inspected', id, ok: true, sources: sources.map((s) => inspectTable(s.name, s.tables[0]!)) });
        return;
      }
      case 'run-tables':
      case 'run-files': {
        post({ kind: 'progress', id, phase: 'analyze', step: 0, steps: 2 });
        if (options.hold) await new Promise<void>((resolve) => (release = resolve));
        if (options.fail) {
          post({ kind: 'error', id, ok: false, ...options.fail });
          return;
        }
        const sources = request.kind === 'run-tables' ? request.sources : request.sources.map(toTables);
        const result = runAnalysis(sources, {
          lang: request.settings.lang,
          central: request.settings.central,
          council: request.settings.council,
        });
        post({ kind: 'progress', id, phase: 'plan', step: 1, steps: 2 });
        if (request.kind === 'run-tables') {
          post({
            kind: 'result',
            id,
            ok: true,
            report: withoutLines(result.report),
            plan: result.plan,
            withoutAmounts: result.withoutAmounts,
          });
        } else {
          post({
            kind: 'result',
            id,
            ok: true,
            report: withoutLines(result.report),
            xlsx: new Uint8Array([0x50, 0x4b, 3, 4]),
            withoutAmounts: result.withoutAmounts,
          });
        }
        return;
      }
    }
  });
  return { runner, requests, release: () => release() };
}

/** jsdom lacks TextDecoder in some versions: UTF-8 for the tests' ASCII-ish files. */
class TextDecoderish {
  decode(bytes: Uint8Array): string {
    if (typeof TextDecoder !== 'undefined') return new TextDecoder('utf-8').decode(bytes);
    return decodeURIComponent(escape(String.fromCharCode(...bytes)));
  }
}

/** Two administrations' purchase lines, as sheets of one workbook. Row 8 of Gemeente has an unreadable amount. */
export function sampleSheets(): Record<string, CellValue[][]> {
  return {
    Gemeente: [
      ['Gemeente Zonnebeke-Oost — aankopen 2025', null, null, null, null],
      [null, null, null, null, null],
      ['Datum', 'Leverancier', 'Omschrijving', 'Bedrag excl. btw', 'Dienst'],
      ['2025-01-10', 'Lyreco Belgium NV', 'Kopieerpapier A4 80 g, 5 dozen', '1.250,00', 'Secretariaat'],
      ['2025-02-11', 'Engie Electrabel', 'Elektriciteit gemeentehuis januari', '8.400,50', 'Facilitaire dienst'],
      ['2025-03-12', 'Total Energies', 'Brandstof diesel voertuigen', '2.300,00', 'Technische dienst'],
      ['2025-04-13', 'Lyreco Belgium NV', 'Toner printer HP', '640,00', 'Secretariaat'],
      ['2025-05-14', 'Engie Electrabel', 'Elektriciteit sporthal', '12,3x', 'Facilitaire dienst'],
      ['2025-06-15', 'Securitas', 'Bewaking evenement', '3.100,00', 'Evenementen'],
      ['2025-07-16', 'Total Energies', 'Brandstof benzine', '900,00', 'Technische dienst'],
    ],
    OCMW: [
      ['Datum', 'Firma', 'Artikel', 'Bedrag', 'Afdeling', 'Opmerking'],
      ['2025-01-05', 'LYRECO BELGIUM SA', 'Kopieerpapier A4 wit', '420,00', 'Administratie', 'papier voor het secretariaat'],
      ['2025-02-06', 'Engie Electrabel', 'Elektriciteit woonzorgcentrum', '15.200,00', 'Woonzorgcentrum', 'energie'],
      ['2025-03-07', 'Total Energies', 'Brandstof dienstwagens', '1.100,00', 'Thuiszorg', 'diesel'],
      ['2025-04-08', 'Sodexo', 'Maaltijden woonzorgcentrum', '22.000,00', 'Woonzorgcentrum', 'catering'],
    ],
    Notities: [['Vergeet niet de cijfers te controleren']],
  };
}
