import { join } from 'node:path';
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
    expect(control.slice(at + 2, at + 6)).toEqual([
      ['Bestuur', 'Talen'],
      ['Borough', 'Engels'],
      ['Gemeente', 'Nederlands'],
      // The French commune's descriptions are partly Dutch (eval/README.md).
      ['Commune', 'Nederlands, Frans'],
    ]);
    expect(readJson(json).sources.map((s) => [s.name, s.languages])).toEqual([
      ['Borough', ['en']],
      ['Gemeente', ['nl']],
      ['Commune', ['nl', 'fr']],
    ]);
  });

  it('are named in French and English sheets too', async () => {
    for (const [lang, sheet, expected] of [
      ['fr', 'Contrôle', ['Borough', 'anglais']],
      ['en', 'Checks', ['Borough', 'English']],
    ] as const) {
      const xlsx = join(dir, `${lang}.xlsx`);
      expect((await run(['analyze', ...sources, '--lang', lang, '--out', xlsx])).code).toBe(0);
      expect(await sheetRows(xlsx, sheet)).toContainEqual([...expected]);
    }
  });
});
