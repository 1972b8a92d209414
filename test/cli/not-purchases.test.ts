import { analyze } from '../../src/engine/analyze';
import { readJson, put, run, sheetRows, tempDir } from '../trust/support';

/**
 * A Flemish ledger pays much that nobody buys: the police zone's dotation, subsidies to clubs, the
 * leefloon, social security, taxes. Both administrations pay such things, but no joint tender buys
 * them: a savings estimate over them would be nonsense a finance auditor spots at once.
 */
describe('payments that are no purchases', () => {
  const dir = tempDir('tandem-not-purchases-');
  const header = 'Datum;Leverancier;Omschrijving;Bedrag\n';
  const gemeente = put(
    dir,
    'gemeente.csv',
    header +
      [
        '03/01/2025;Lyreco Belgium NV;Kopieerpapier A4;250,00',
        '04/01/2025;Lyreco Belgium NV;Toner HP 305A;180,00',
        '05/01/2025;Politiezone Vlas;Dotatie politiezone 2025;1.250.000,00',
        '06/01/2025;KFC Zonnebeke;Werkingssubsidie sportclub;2.500,00',
        '07/01/2025;RSZ;RSZ bijdragen januari;84.000,00',
        '08/01/2025;FOD Financiën;Onroerende voorheffing;3.100,00',
      ].join('\n'),
  );
  const ocmw = put(
    dir,
    'ocmw.csv',
    header +
      [
        '03/01/2025;Lyreco Belgium NV;Kopieerpapier A4 wit;120,00',
        '04/01/2025;Lyreco Belgium NV;Toner HP 410X;95,00',
        '05/01/2025;Cliënt 0412;Leefloon januari;1.263,64',
        '06/01/2025;Jeugdhuis De Kelder;Werkingstoelage jeugdwerking;1.500,00',
        '07/01/2025;RSZ;RSZ bijdragen januari;41.000,00',
        '08/01/2025;FOD Financiën;Verkeersbelasting voertuigen;640,00',
      ].join('\n'),
  );
  const sources = ['--source', `Gemeente=${gemeente}`, '--source', `OCMW=${ocmw}`];

  it('are kept as lines and categories, never shared, and said so on Categorieën, Controle and in the report', async () => {
    const xlsx = `${dir}/nl.xlsx`;
    const json = `${dir}/nl.json`;
    const r = await run(['analyze', ...sources, '--out', xlsx, '--json', json]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Geen aankopen .*: 8 lijnen, €\s1\.384\.003,64; niet in de besparingen/);

    const report = readJson(json);
    const byId = new Map(report.categories.map((c) => [c.id, c]));
    // Both pay social security, but it is no shared category; paper and toner are.
    expect(byId.get('staff-pay')).toMatchObject({ purchase: false, shared: false, lines: 2 });
    expect(byId.get('public-contributions')).toMatchObject({ purchase: false, shared: false });
    expect(byId.get('office-paper')).toMatchObject({ purchase: true, shared: true });
    expect(report.categories.filter((c) => c.shared).map((c) => c.id)).toEqual(
      expect.not.arrayContaining(['staff-pay', 'grants-subsidies', 'taxes-levies']),
    );
    expect(report.summary.notPurchases.lines).toBe(8);
    expect(report.lines).toHaveLength(12);

    const categories = await sheetRows(xlsx, 'Categorieën');
    expect(categories.find((row) => row?.[1] === 'staff-pay')?.[3]).toBe('geen aankoop');
    expect(categories.find((row) => row?.[1] === 'office-paper')?.[3]).toBe('ja');

    // The council's summary says how much a year was left out, beside the shared spend.
    const summary = await sheetRows(xlsx, 'Samenvatting');
    const leftOut = summary.find((row) => String(row?.[0]).startsWith('Uitgaven die geen aankoop zijn'));
    expect(leftOut?.[1]).toBeCloseTo(1_384_003.64 / report.parameters.periodYears, 2);

    const control = await sheetRows(xlsx, 'Controle');
    const at = control.findIndex((row) => row?.[0] === 'Betalingen die geen aankoop zijn');
    expect(at).toBeGreaterThan(0);
    expect(control[at + 2]).toEqual(['Bestuur', 'Categorie', 'Lijnen', 'Bedrag']);
    expect(control.slice(at + 3)).toContainEqual(['OCMW', 'Geen aankoop: sociale uitkeringen en steun', 1, 1263.64]);
    expect(control.slice(at + 3)).toContainEqual(['Gemeente', 'Geen aankoop: dotaties en bijdragen aan andere besturen', 1, 1250000]);
  });

  it('are named in French and English too', async () => {
    for (const [lang, sheet, title, said] of [
      ['fr', 'Catégories', 'Paiements qui ne sont pas des achats', 'pas un achat'],
      ['en', 'Categories', 'Payments that are not purchases', 'not a purchase'],
    ] as const) {
      const xlsx = `${dir}/${lang}.xlsx`;
      expect((await run(['analyze', ...sources, '--lang', lang, '--out', xlsx])).code).toBe(0);
      expect((await sheetRows(xlsx, sheet)).find((row) => row?.[1] === 'staff-pay')?.[3]).toBe(said);
      expect((await sheetRows(xlsx, lang === 'fr' ? 'Contrôle' : 'Checks')).map((row) => row?.[0])).toContain(title);
    }
  });

  it('says so when every line looks like a purchase', async () => {
    const a = put(dir, 'a.csv', `${header}03/01/2025;Lyreco Belgium NV;Kopieerpapier A4;250,00\n`);
    const b = put(dir, 'b.csv', `${header}04/01/2025;Lyreco Belgium NV;Kopieerpapier A3;90,00\n`);
    const xlsx = `${dir}/plain.xlsx`;
    const r = await run(['analyze', '--source', `A=${a}`, '--source', `B=${b}`, '--out', xlsx]);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/Geen aankopen/);
    expect((await sheetRows(xlsx, 'Controle')).map((row) => row?.[0])).toContain('Geen: elke lijn lijkt een aankoop.');
  });

  it('take a line out of the savings when someone types "Geen aankoop" on it', () => {
    const table = (file: string, rows: string[][]) => ({ file, sheet: file, rows: [['Leverancier', 'Omschrijving', 'Bedrag'], ...rows] });
    const snapshots = [
      {
        name: 'Gemeente',
        tables: [
          table('g.csv', [
            ['Lyreco', 'Kopieerpapier A4', '250'],
            ['Vzw De Brug', 'Kopieerpapier A4', '900'],
          ]),
        ],
      },
      { name: 'OCMW', tables: [table('o.csv', [['Lyreco', 'Kopieerpapier A4', '120']])] },
    ];
    const typed = analyze(snapshots, { overrides: [{ administration: 'Gemeente', file: 'g.csv', row: 3, category: 'Geen aankoop' }] });
    expect(typed.classifications.map((c) => c.category)).toEqual(['office-paper', 'other-transfers', 'office-paper']);
    const paper = typed.categories.find((c) => c.id === 'office-paper')!;
    expect(paper.spendCents).toEqual([25000, 12000]);
    expect(typed.categories.find((c) => c.id === 'other-transfers')).toMatchObject({ purchase: false, shared: false });
  });
});
