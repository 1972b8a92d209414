import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readJson, run, sheetRows, tempDir } from '../trust/support';

/** What a finance auditor sees of the languages a source's descriptions were read in. */
describe('the languages each source is read in', () => {
  const root = join(__dirname, '..', '..');
  const dir = tempDir('tandem-languages-');
  const sources = [
    `Borough=${join(root, 'eval/english-council/borough-spend.csv')}`,
    `Gemeente=${join(root, 'samples/gemeente-boekhouding.xlsx')}`,
    `Commune=${join(root, 'eval/french-cpas/commune-depenses.xlsx')}`,
  ].flatMap((s) => ['--source', s]);

  it('are listed on Controle in the sheets language, and in the JSON report', async () => {
    const xlsx = join(dir, 'nl.xlsx');
    const json = join(dir, 'nl.json');
    expect((await run(['analyze', ...sources, '--out', xlsx, '--json', json])).code).toBe(0);
    const control = await sheetRows(xlsx, 'Controle');
    const at = control.findIndex((r) => r?.[0] === 'Talen van de omschrijvingen');
    expect(at).toBeGreaterThan(0);
    const head = control.findIndex((r, i) => i > at && r?.[0] === 'Bestuur');
    // Found, what someone chose (nothing yet), and in use.
    expect(control.slice(head, head + 4).map((r) => r.slice(0, 4))).toEqual([
      ['Bestuur', 'Herkend', 'Eigen keuze', 'In gebruik'],
      ['Borough', 'Engels', '', 'Engels'],
      ['Gemeente', 'Nederlands', '', 'Nederlands'],
      // The French commune's descriptions are partly Dutch (eval/README.md).
      ['Commune', 'Nederlands, Frans', '', 'Nederlands, Frans'],
    ]);
    expect(readJson(json).sources.map((s) => [s.name, s.languages])).toEqual([
      ['Borough', ['en']],
      ['Gemeente', ['nl']],
      ['Commune', ['nl', 'fr']],
    ]);
  });

  it('are named in French and English sheets too', async () => {
    for (const [lang, sheet, expected] of [
      ['fr', 'Contrôle', ['Borough', 'anglais', '', 'anglais']],
      ['en', 'Checks', ['Borough', 'English', '', 'English']],
    ] as const) {
      const xlsx = join(dir, `${lang}.xlsx`);
      expect((await run(['analyze', ...sources, '--lang', lang, '--out', xlsx])).code).toBe(0);
      expect(await sheetRows(xlsx, sheet)).toContainEqual([...expected]);
    }
  });

  it('can be put right on Controle: a re-run reads each source in the languages typed there', async () => {
    const xlsx = join(dir, 'choice.xlsx');
    const json = join(dir, 'choice.json');
    expect((await run(['analyze', ...sources, '--out', xlsx])).code).toBe(0);
    // Under "Eigen keuze", which offers the languages as a list: Dutch besides English for the
    // borough, in words of one's own, and a misspelt choice for the Gemeente (pasting passes a list by).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Controle')!;
    let choiceCell = '';
    ws.eachRow((row) => {
      if (row.getCell(1).value === 'Borough') choiceCell = row.getCell(3).address;
    });
    expect(ws.getCell(choiceCell).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Nederlands,Frans,Engels,Nederlands + Frans,Nederlands + Engels,Frans + Engels,Nederlands + Frans + Engels"'],
    });
    ws.eachRow((row) => {
      if (row.getCell(1).value === 'Borough') row.getCell(3).value = 'Engels en Nederlands';
      if (row.getCell(1).value === 'Gemeente') row.getCell(3).value = 'Nederlnds';
    });
    writeFileSync(xlsx, new Uint8Array(await wb.xlsx.writeBuffer()));

    expect((await run(['analyze', ...sources, '--out', xlsx, '--json', json])).code).toBe(0);
    expect(readJson(json).sources.map((s) => [s.name, s.languagesFound, s.languageChoice, s.languages])).toEqual([
      ['Borough', ['en'], 'Engels en Nederlands', ['nl', 'en']],
      ['Gemeente', ['nl'], 'Nederlnds', ['nl']],
      ['Commune', ['nl', 'fr'], undefined, ['nl', 'fr']],
    ]);
    const control = await sheetRows(xlsx, 'Controle');
    const at = control.findIndex((r) => r?.[0] === 'Talen van de omschrijvingen');
    const head = control.findIndex((r, i) => i > at && r?.[0] === 'Bestuur');
    // What was read is written as the list offers it; a typo stays as typed, to be put right, and
    // leaves what was found in use.
    expect(control.slice(head + 1, head + 4).map((r) => r.slice(0, 4))).toEqual([
      ['Borough', 'Engels', 'Nederlands + Engels', 'Nederlands, Engels'],
      ['Gemeente', 'Nederlands', 'Nederlnds', 'Nederlands'],
      ['Commune', 'Nederlands, Frans', '', 'Nederlands, Frans'],
    ]);
    // And once more: the choice is carried from run to run.
    expect((await run(['analyze', ...sources, '--out', xlsx, '--json', json])).code).toBe(0);
    expect(readJson(json).sources[0]!.languages).toEqual(['nl', 'en']);
  });
});
