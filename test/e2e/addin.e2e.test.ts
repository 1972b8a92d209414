import ExcelJS from 'exceljs';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { runAnalysis } from '../../src/app/analyze-sources';
import { readSourcePath } from '../../src/gateway/files/node';
import { axeViolations, guardNetwork, launch, serveFolder } from '../support/browser';
import { fakeOfficeScript } from '../support/fake-host-bundle';

/**
 * The built add-in in headless Chromium: the standalone page over files, and the task pane under a
 * fake Office host whose workbook holds two source sheets. Every step is screenshot (out/e2e/) and
 * scanned with axe; the page may ask the network for nothing but its own files and office.js.
 */
const root = join(__dirname, '..', '..');
const web = join(root, 'dist', 'web');
const shots = join(root, 'out', 'e2e');
const samples = { gemeente: join(root, 'samples', 'gemeente-boekhouding.xlsx'), ocmw: join(root, 'samples', 'ocmw-aankopen.csv') };
const officeJs = join(root, 'node_modules', '@microsoft', 'office-js', 'dist', 'office.js');
const SHEETS_NL = ['Samenvatting', 'Toewijzing', 'Besparingen', 'Parameters', 'Categorieën', 'Lijnen', 'Controle'];

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  if (!existsSync(join(web, 'taskpane.html')))
    throw new Error('dist/web/taskpane.html is missing: run `npm run build` first (npm run test:e2e does)');
  mkdirSync(shots, { recursive: true });
  server = await serveFolder(web);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(
  locale: string,
  office: { path?: string; body?: string },
  init?: string,
): Promise<{ context: BrowserContext; page: Page; foreign: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 380, height: 900 }, locale, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (init) await page.addInitScript(init);
  const foreign = await guardNetwork(page, server.url, office);
  await page.goto(`${server.url}/taskpane.html`);
  return { context, page, foreign, errors };
}

async function step(page: Page, heading: string, shot: string, timeout = 60_000): Promise<void> {
  await page.getByRole('heading', { level: 2, name: heading }).waitFor({ timeout });
  await page.screenshot({ path: join(shots, `${shot}.png`), fullPage: true });
  expect({ step: shot, violations: await axeViolations(page) }).toEqual({ step: shot, violations: [] });
}

it('shows the standalone first step when office.js cannot load (no network)', async () => {
  const { context, page, foreign, errors } = await openPage('nl-BE', {});
  await step(page, 'Bronnen kiezen', '0-offline-first-step', 15_000);
  await expect(page.getByText('Bronnen: bestanden op deze computer (zonder Excel)').isVisible()).resolves.toBe(true);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

it('runs the standalone flow on the sample files and downloads a workbook with every sheet', async () => {
  const { context, page, foreign, errors } = await openPage('nl-BE', { path: officeJs });
  await step(page, 'Bronnen kiezen', '1-standalone-sources');
  await page.getByLabel('Bestand met de aankopen van Gemeente').setInputFiles(samples.gemeente);
  await page.getByLabel('Bestand met de aankopen van OCMW').setInputFiles(samples.ocmw);
  await page.getByRole('button', { name: 'Volgende: kolommen controleren' }).click();
  await step(page, 'Kolommen controleren', '2-standalone-mapping');
  await page.getByRole('button', { name: 'Analyse starten' }).click();
  await step(page, 'Gedeelde categorieën', '4-standalone-review');
  await expect(page.getByRole('grid').isVisible()).resolves.toBe(true);
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await step(page, 'Werkmap downloaden', '5-standalone-download');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Werkmap downloaden (tandem.xlsx)' }).click(),
  ]);
  const saved = join(shots, 'tandem-standalone.xlsx');
  await download.saveAs(saved);
  expect(download.suggestedFilename()).toBe('tandem.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(SHEETS_NL);
  // The long Lijnen body is streamed and compressed by the browser's CompressionStream: all of it arrives.
  const lines = workbook.getWorksheet('Lijnen')!;
  expect(lines.actualRowCount).toBeGreaterThan(2_000);
  expect(lines.getRow(lines.rowCount).getCell(1).value).toBeTruthy();
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

it('runs in Excel (a fake host) over two source sheets, writes its sheets and leaves the sources as they were', async () => {
  const [gemeente] = await readSourcePath(samples.gemeente);
  const [ocmw] = await readSourcePath(samples.ocmw);
  // The OCMW's purchases three times over (its title and header rows once): over 5,000 rows, so the
  // sheet goes to the worker in parts, and Lijnen comes back in parts.
  const ocmwRows = [...ocmw!.rows, ...ocmw!.rows.slice(2), ...ocmw!.rows.slice(2)];
  const sheets = { Gemeente: gemeente!.rows, OCMW: ocmwRows };
  const lines = runAnalysis([
    { name: 'Gemeente', tables: [{ ...gemeente!, rows: gemeente!.rows }] },
    { name: 'OCMW', tables: [{ ...ocmw!, rows: ocmwRows }] },
  ]).analysis.lines.length;
  expect(ocmwRows.length).toBeGreaterThan(5_000);
  expect(lines).toBeGreaterThan(5_000);
  const init = `window.__tandemFakeSheets = ${JSON.stringify(sheets)};`;
  const { context, page, foreign, errors } = await openPage('nl-BE', { body: await fakeOfficeScript() }, init);
  const before = await page.evaluate(() => {
    const fake = (window as unknown as { __tandemFake: { values(s: string): unknown } }).__tandemFake;
    return JSON.stringify([fake.values('Gemeente'), fake.values('OCMW')]);
  });
  await step(page, 'Bronnen kiezen', '1-excel-sources');
  await expect(page.getByText('Bronnen: bladen van deze werkmap').isVisible()).resolves.toBe(true);
  await page.getByRole('button', { name: 'Volgende: kolommen controleren' }).click();
  await step(page, 'Kolommen controleren', '2-excel-mapping');
  await page.getByRole('button', { name: 'Analyse starten' }).click();
  await step(page, 'Gedeelde categorieën', '4-excel-review');
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await step(page, 'Bladen schrijven', '5-excel-write');
  await page.getByRole('button', { name: 'Bladen schrijven' }).click();
  await page.getByText(/^Klaar: /).waitFor({ timeout: 120_000 });
  await page.screenshot({ path: join(shots, '6-excel-written.png'), fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
  const after = await page.evaluate(() => {
    const fake = (
      window as unknown as {
        __tandemFake: { values(s: string): unknown[]; sheetNames(): string[]; workbookState: { activeSheet: { name: string } | null } };
      }
    ).__tandemFake;
    return {
      names: fake.sheetNames(),
      lijnen: fake.values('Lijnen').length,
      sources: JSON.stringify([fake.values('Gemeente'), fake.values('OCMW')]),
      active: fake.workbookState.activeSheet?.name,
    };
  });
  expect(after.names).toEqual(expect.arrayContaining(['Gemeente', 'OCMW', ...SHEETS_NL]));
  expect(after.sources).toBe(before);
  expect(after.active).toBe('Samenvatting');
  // Every line on Lijnen, under its title, note and header rows.
  expect(after.lijnen).toBe(3 + lines);

  // Someone types a category on Lijnen (row 200, below the first rows the gateway reads whole) and
  // runs again: a re-run reads back only the rows typed in, and the category stays with its line.
  type Fake = { setCells(s: string, at: string, rows: unknown[][]): void; values(s: string): unknown[][] };
  await page.evaluate(() =>
    (window as unknown as { __tandemFake: Fake }).__tandemFake.setCells('Lijnen', 'O200', [['Mijn eigen categorie']]),
  );
  const typedLine = await page.evaluate(() =>
    (window as unknown as { __tandemFake: Fake }).__tandemFake.values('Lijnen')[199]!.slice(0, 7),
  );
  await page.getByRole('button', { name: 'Nieuwe analyse' }).click();
  const heading = (name: string) => page.getByRole('heading', { level: 2, name }).waitFor({ timeout: 60_000 });
  await heading('Bronnen kiezen');
  await page.getByRole('button', { name: 'Volgende: kolommen controleren' }).click();
  await heading('Kolommen controleren');
  await page.getByRole('button', { name: 'Analyse starten' }).click();
  await heading('Gedeelde categorieën');
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await heading('Bladen schrijven');
  await page.getByRole('button', { name: 'Bladen schrijven' }).click();
  await page.getByText(/^Klaar: /).waitFor({ timeout: 120_000 });
  const again = await page.evaluate(() => (window as unknown as { __tandemFake: Fake }).__tandemFake.values('Lijnen'));
  expect(again).toHaveLength(3 + lines);
  const carried = again.filter((row) => row[14] === 'Mijn eigen categorie');
  expect(carried.map((row) => row.slice(0, 7))).toEqual([typedLine]);
  expect(carried[0]![10]).toBe('Mijn eigen categorie');
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
