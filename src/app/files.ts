/**
 * File mode (the standalone page): one file per administration in, a workbook to download out.
 * Files are read and run in the worker (ExcelJS stays out of the page's bundle).
 */
import type { ReportOverview } from '../engine/report';
import type { ColumnMapping, FileSource, RunSettings } from '../worker/protocol';
import type { Inspected } from './workbook';
import { toAppError } from './errors';
import { fromWorker, type AppProgress } from './progress';
import { cancellable, type EngineRunner, type RunHandle } from './runner';

/** The name the workbook is offered under. */
export const DOWNLOAD_NAME = 'tandem.xlsx';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** What the file inputs accept. */
export const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** A file the user picked: a DOM `File` (or anything with a name and a way to its bytes). */
export interface PickedFile {
  name: string;
  arrayBuffer?: () => Promise<ArrayBuffer>;
}

/** The bytes of a picked file: `Blob.arrayBuffer()`, or a FileReader where a browser lacks it. */
export async function fileBytes(file: PickedFile): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  if (typeof FileReader !== 'undefined' && typeof Blob !== 'undefined' && file instanceof Blob) {
    const blob: Blob = file;
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
      reader.readAsArrayBuffer(blob);
    });
  }
  throw new Error('the file cannot be read in this browser');
}

export interface FileChoice {
  name: string;
  file: PickedFile;
}

export interface FileResult {
  report: ReportOverview;
  /** The workbook, ready to download as `tandem.xlsx`. */
  xlsx: Blob;
  withoutAmounts: { file: string; sheet: string }[];
}

/** Whether a file name is one Tandem reads. */
export function acceptsFile(name: string): boolean {
  return /\.(xlsx|csv)$/i.test(name);
}

/** Reads the picked files' bytes, then has the worker read them and guess their column mappings. */
export function inspectFiles(
  runner: EngineRunner,
  choices: readonly FileChoice[],
  onProgress?: (p: AppProgress) => void,
): RunHandle<Inspected<FileSource>> {
  return cancellable(async ({ track }) => {
    const sources: FileSource[] = [];
    for (const c of choices) {
      try {
        sources.push({ name: c.name, files: [{ name: c.file.name, bytes: await fileBytes(c.file) }] });
      } catch (e) {
        return { status: 'failed', error: toAppError(e, 'unreadable', { file: c.file.name }) };
      }
    }
    const outcome = await track(runner.start({ kind: 'inspect-files', sources }, (m) => onProgress?.(fromWorker(m))));
    if (outcome.status !== 'done') return outcome;
    if (outcome.value.kind !== 'inspected') return { status: 'failed', error: { code: 'internal', detail: 'unexpected answer' } };
    return { status: 'done', value: { sources, inspections: outcome.value.sources } };
  });
}

/** Runs the engine over the files with their confirmed mappings; the workbook comes back as a Blob. */
export function runFiles(
  runner: EngineRunner,
  sources: readonly FileSource[],
  mappings: readonly ColumnMapping[],
  settings: RunSettings,
  onProgress?: (p: AppProgress) => void,
): RunHandle<FileResult> {
  return cancellable(async ({ track }) => {
    const request = {
      kind: 'run-files' as const,
      sources: sources.map((s, i) => ({ ...s, ...(mappings[i] ? { mapping: mappings[i] } : {}) })),
      settings,
    };
    const outcome = await track(runner.start(request, (m) => onProgress?.(fromWorker(m))));
    if (outcome.status !== 'done') return outcome;
    const m = outcome.value;
    if (m.kind !== 'result' || !m.xlsx) return { status: 'failed', error: { code: 'internal', detail: 'unexpected answer' } };
    return {
      status: 'done',
      value: { report: m.report, xlsx: new Blob([m.xlsx as BlobPart], { type: XLSX_TYPE }), withoutAmounts: m.withoutAmounts },
    };
  });
}
