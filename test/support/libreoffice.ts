/**
 * LibreOffice headless as an independent spreadsheet engine: recalculate a workbook Tandem wrote and
 * compare every formula's stored result with what LibreOffice computes.
 *
 * Used by the e2e tests (test/e2e); needs `soffice` on PATH (Debian/Ubuntu: `libreoffice-calc-nogui`).
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';

/** How long one conversion may take; a new profile's first start is the slow part. */
const TIMEOUT_MS = 120_000;

/**
 * The profile's settings: recalculate every formula on load, for OOXML and ODF files alike
 * (0 = always, 1 = never, 2 = prompt). LibreOffice's default for OOXML is "never" (it keeps the
 * cached `<v>` values), and "prompt" makes a headless load fail ("source file could not be loaded").
 */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The export filter, named: converting xlsx to xlsx by extension alone is not guaranteed to pick it. */
const XLSX_FILTER = 'xlsx:Calc MS Excel 2007 XML';

function sofficePath(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, 'soffice');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** True when soffice is on PATH. */
export function hasLibreOffice(): boolean {
  return sofficePath() !== undefined;
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  timedOut: boolean;
}

/** Runs soffice in its own process group, so a timeout also ends the soffice.bin that oosplash starts. */
function run(command: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output, timedOut });
    });
  });
}

/**
 * Opens `xlsxPath` in LibreOffice headless with a throwaway user profile that forces recalculation of
 * every formula on load (OOXML files: org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode = 0, "always"; also ODFRecalcMode),
 * saves it as .xlsx into a temp dir, and returns the path of the recalculated copy.
 */
export async function recalculate(xlsxPath: string): Promise<string> {
  return convert(xlsxPath, XLSX_FILTER, 'xlsx');
}

/** Prints `xlsxPath` to PDF as LibreOffice prints it (every sheet, with its page setup), recalculated; returns the PDF's path. */
export async function printToPdf(xlsxPath: string): Promise<string> {
  return convert(xlsxPath, 'pdf', 'pdf');
}

async function convert(xlsxPath: string, filter: string, extension: string): Promise<string> {
  const soffice = sofficePath();
  if (!soffice) throw new Error('LibreOffice (soffice) is not on PATH: install libreoffice-calc-nogui');
  const input = path.resolve(xlsxPath);
  if (!existsSync(input)) throw new Error(`No such workbook: ${input}`);

  const base = await mkdtemp(path.join(tmpdir(), 'tandem-lo-'));
  const profile = path.join(base, 'profile');
  const outDir = path.join(base, 'out');
  await mkdir(path.join(profile, 'user'), { recursive: true });
  await mkdir(outDir);
  await writeFile(path.join(profile, 'user', 'registrymodifications.xcu'), REGISTRY, 'utf8');

  const args = [
    '--headless',
    '--norestore',
    '--nolockcheck',
    '--nologo',
    '--nodefault',
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    '--convert-to',
    filter,
    '--outdir',
    outDir,
    input,
  ];
  const started = Date.now();
  const result = await run(soffice, args, TIMEOUT_MS);
  await rm(profile, { recursive: true, force: true });

  const output = path.join(outDir, `${path.parse(input).name}.${extension}`);
  // soffice exits 0 even when it could not load or convert the file: the copy's presence is the test.
  if (result.timedOut || !existsSync(output)) {
    const why = result.timedOut ? `timed out after ${TIMEOUT_MS} ms` : `exit ${result.code ?? result.signal}, no ${output}`;
    throw new Error(`LibreOffice did not convert ${input} to ${extension} (${why}, ${Date.now() - started} ms):\n${result.output.trim()}`);
  }
  return output;
}

export interface Mismatch {
  sheet: string;
  address: string;
  formula: string;
  stored: unknown;
  recalculated: unknown;
}

type Scalar =
  | { kind: 'number'; n: number }
  | { kind: 'text'; s: string }
  | { kind: 'bool'; b: boolean }
  | { kind: 'error'; e: string }
  | { kind: 'empty' };

/** Excel's serial number for a date (ExcelJS turns results in date-formatted cells into Dates). */
function dateSerial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

function scalar(v: unknown): Scalar {
  // ExcelJS reads an empty text result (`t="str"`, `<v></v>`) as no result at all, so '' counts as empty.
  if (v === undefined || v === null || v === '') return { kind: 'empty' };
  if (typeof v === 'number') return { kind: 'number', n: v };
  if (typeof v === 'string') return { kind: 'text', s: v };
  if (typeof v === 'boolean') return { kind: 'bool', b: v };
  if (v instanceof Date) return { kind: 'number', n: dateSerial(v) };
  if (typeof v === 'object' && 'error' in v) return { kind: 'error', e: String((v as { error: unknown }).error) };
  return { kind: 'text', s: JSON.stringify(v) };
}

function sameValue(a: unknown, b: unknown): boolean {
  const x = scalar(a);
  const y = scalar(b);
  if (x.kind === 'number' && y.kind === 'number') {
    const diff = Math.abs(x.n - y.n);
    return diff <= 0.005 || diff <= 1e-9 * Math.max(Math.abs(x.n), Math.abs(y.n));
  }
  if (x.kind === 'text' && y.kind === 'text') return x.s === y.s;
  if (x.kind === 'bool' && y.kind === 'bool') return x.b === y.b;
  if (x.kind === 'error' && y.kind === 'error') return x.e === y.e;
  return x.kind === 'empty' && y.kind === 'empty';
}

/**
 * A formula cell's value: its cached result; a cell that is no longer a formula counts with its value.
 * `cell.result`, not `cell.value.result`: ExcelJS's `value` getter drops falsy results (0, false, '').
 */
function resultOf(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Formula) return cell.result as unknown;
  if (cell.type === ExcelJS.ValueType.Null) return undefined;
  return cell.value;
}

/**
 * Compares every formula cell: the result stored in `original` (as Tandem wrote it) with the value LibreOffice
 * computed (read from the recalculated copy with ExcelJS). Numbers are equal within 0.005 (half a cent) or a relative 1e-9; text and booleans exactly.
 * Returns the list of mismatches (sheet, address, formula, stored, recalculated) and the number of formula cells checked.
 */
export async function compareRecalculated(original: string, recalculated: string): Promise<{ checked: number; mismatches: Mismatch[] }> {
  const before = new ExcelJS.Workbook();
  await before.xlsx.readFile(original);
  const after = new ExcelJS.Workbook();
  await after.xlsx.readFile(recalculated);

  let checked = 0;
  const mismatches: Mismatch[] = [];
  for (const sheet of before.worksheets) {
    const other = after.getWorksheet(sheet.name);
    if (!other)
      throw new Error(`The recalculated copy has no sheet "${sheet.name}" (it has: ${after.worksheets.map((w) => w.name).join(', ')})`);
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        checked += 1;
        const stored = resultOf(cell);
        const recalc = resultOf(other.getCell(cell.address));
        if (!sameValue(stored, recalc)) {
          mismatches.push({ sheet: sheet.name, address: cell.address, formula: cell.formula, stored, recalculated: recalc });
        }
      });
    });
  }
  return { checked, mismatches };
}
