/**
 * The CLI a user runs is the bundle `dist/cli.js`, which loads ExcelJS's single-file build (as the
 * browser does) rather than the Node modules the other tests load. It must write the same files:
 * a first run, and a re-run over a workbook someone edited.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';

jest.setTimeout(120_000);

const ROOT = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'tandem-built-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const args = (out: string, json: string) => [
  'analyze',
  '--source',
  `Gemeente=${join(ROOT, 'samples/gemeente-boekhouding.xlsx')}`,
  '--source',
  `OCMW=${join(ROOT, 'samples/ocmw-aankopen.csv')}`,
  '--out',
  out,
  '--json',
  json,
  '--date',
  '2026-11-01',
];

function runBuilt(out: string, json: string): void {
  execFileSync(process.execPath, [join(ROOT, 'bin/tandem.js'), ...args(out, json)], { stdio: 'pipe' });
}

async function runHere(out: string, json: string): Promise<void> {
  const err: string[] = [];
  const code = await main(args(out, json), { out: () => undefined, err: (l) => err.push(l) });
  if (code !== 0) throw new Error(err.join('\n'));
}

/** What a purchasing officer types: a status on the allocation sheet and a sheet of their own. */
async function edit(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const allocation = wb.worksheets.find((ws) => ws.name === 'Toewijzing')!;
  const header = allocation.getRow(3);
  let status = 0;
  header.eachCell((c, col) => {
    if (c.value === 'Status') status = col;
  });
  expect(status).toBeGreaterThan(0);
  allocation.getRow(4).getCell(status).value = 'In voorbereiding';
  wb.addWorksheet('Notities').getCell('A1').value = 'Overleg met de financieel directeur';
  await wb.xlsx.writeFile(file);
}

beforeAll(() => {
  // `npm ci` builds it; built again here so the test never runs a stale bundle.
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, stdio: 'pipe' });
});

describe('the built CLI', () => {
  it('writes the same workbook and JSON as the CLI the tests run, first and on a re-run over edits', async () => {
    const [builtXlsx, builtJson, hereXlsx, hereJson] = ['built.xlsx', 'built.json', 'here.xlsx', 'here.json'].map((f) => join(dir, f));
    runBuilt(builtXlsx!, builtJson!);
    await runHere(hereXlsx!, hereJson!);
    expect(readFileSync(builtXlsx!).equals(readFileSync(hereXlsx!))).toBe(true);
    expect(readFileSync(builtJson!, 'utf8')).toBe(readFileSync(hereJson!, 'utf8'));

    await edit(builtXlsx!);
    copyFileSync(builtXlsx!, hereXlsx!);
    runBuilt(builtXlsx!, builtJson!);
    await runHere(hereXlsx!, hereJson!);
    const rerun = readFileSync(builtXlsx!);
    expect(rerun.equals(readFileSync(hereXlsx!))).toBe(true);
    // The edits survived in the built CLI's re-run.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(builtXlsx!);
    expect(wb.getWorksheet('Notities')?.getCell('A1').value).toBe('Overleg met de financieel directeur');
    const values: unknown[] = [];
    wb.getWorksheet('Toewijzing')!.eachRow((row) => row.eachCell((c) => values.push(c.value)));
    expect(values).toContain('In voorbereiding');
  });
});
