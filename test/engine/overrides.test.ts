import { runAnalysis, type NamedTables } from '../../src/app/analyze-sources';
import { analyze } from '../../src/engine/analyze';
import { readPreviousEdits } from '../../src/engine/plan/edits';
import { SAVINGS_LABELS } from '../../src/engine/plan/savings-labels';
import type { WritePlan } from '../../src/engine/plan/types';
import type { CellValue, SourceSnapshot, SourceTable } from '../../src/engine/model';

const source = (rows: CellValue[][]): SourceSnapshot => ({
  name: 'OCMW',
  tables: [{ file: 'ocmw.csv', sheet: 'ocmw.csv', rows: [['Datum', 'Leverancier', 'Omschrijving', 'Bedrag'], ...rows] }],
});
const original = [
  ['01/01/2025', 'Lyreco', 'Kopieerpapier A4', '100,00'],
  ['02/01/2025', 'Vandeputte', 'Werkbroek maat XXL', '45,00'],
];
const typed = {
  administration: 'OCMW',
  file: 'ocmw.csv',
  row: 3,
  category: 'Werkkledij',
  amount: 45,
  description: 'Werkbroek maat XXL',
  supplier: 'Vandeputte',
};

describe('categories typed on Lijnen stay with their purchase', () => {
  it('applies on the row it was typed on while that line is unchanged', () => {
    const a = analyze([source(original)], { overrides: [typed] });
    const i = a.lines.findIndex((l) => l.row === 3);
    expect(a.classifications[i]!.evidence).toEqual({ kind: 'override', detail: 'Werkkledij' });
  });

  it('follows the purchase when a line is added above it', () => {
    const a = analyze([source([original[0]!, ['01/01/2025', 'Engie', 'Elektriciteit', '900,00'], original[1]!])], { overrides: [typed] });
    const moved = a.lines.findIndex((l) => l.description === 'Werkbroek maat XXL');
    const now = a.lines.findIndex((l) => l.row === 3);
    expect(a.lines[moved]!.row).toBe(4);
    expect(a.classifications[moved]!.evidence.kind).toBe('override');
    expect(a.classifications[now]!.evidence.kind).not.toBe('override');
  });

  it('stays on its own row when the same purchase stands on two rows', () => {
    // Amount and description alike cannot tell the two apart: only the row it was typed on can.
    const twice = [original[0]!, original[1]!, original[1]!];
    const a = analyze([source(twice)], { overrides: [{ ...typed, row: 4 }] });
    const overridden = a.lines.filter((_, i) => a.classifications[i]!.evidence.kind === 'override').map((l) => l.row);
    expect(overridden).toEqual([4]);
  });

  it('is dropped when its purchase is gone', () => {
    const a = analyze([source([original[0]!])], { overrides: [typed] });
    expect(a.classifications.some((c) => c.evidence.kind === 'override')).toBe(false);
  });
});

describe('a typed category name', () => {
  it('finds the built-in category it names, even in part or in other words', () => {
    const a = analyze([source(original)], { overrides: [typed] });
    const i = a.lines.findIndex((l) => l.row === 3);
    expect(a.classifications[i]!.category).toBe('workwear');
  });

  it('becomes a category of its own when it names nothing Tandem knows', () => {
    const a = analyze([source(original)], { overrides: [{ ...typed, category: 'Project Zonnewijzer' }] });
    const i = a.lines.findIndex((l) => l.row === 3);
    expect(a.classifications[i]!.category).toBe('u-project-zonnewijzer');
    expect(a.categories.find((c) => c.id === 'u-project-zonnewijzer')?.names.nl).toBe('Project Zonnewijzer');
  });
});

describe('a kind chosen on the savings sheet', () => {
  const sheet = (name: string, header: CellValue[], rows: CellValue[][]) => ({
    file: 'tandem.xlsx',
    sheet: name,
    rows: [[name], [], header, ...rows],
  });

  it('is read in each language, whatever its case, and an unknown word is left alone', () => {
    const nl = sheet(
      'Besparingen',
      ['Categorie', 'Categorie-id', 'Soort'],
      [
        ['Toner', 'toner-ink', 'Diensten'],
        ['Papier', 'office-paper', 'goederen'],
        ['Verwarming', 'hvac', 'onderhoud'],
      ],
    );
    expect(Object.fromEntries(readPreviousEdits([nl]).kinds)).toEqual({ 'toner-ink': 'services', 'office-paper': 'goods' });
    const fr = sheet('Économies', ['Catégorie', 'Id catégorie', 'Type'], [['Chauffage', 'hvac', 'travaux']]);
    expect(Object.fromEntries(readPreviousEdits([fr]).kinds)).toEqual({ hvac: 'works' });
    const en = sheet('Savings', ['Category', 'Category id', 'Kind'], [['Heating', 'hvac', 'services']]);
    expect(Object.fromEntries(readPreviousEdits([en]).kinds)).toEqual({ hvac: 'services' });
  });

  it('is read from the categories’ table only, not from the price table below it', () => {
    const nl = sheet(
      'Besparingen',
      ['Categorie', 'Categorie-id', 'Soort'],
      [
        ['Toner', 'toner-ink', 'diensten'],
        [],
        ['Prijzen'],
        ['Categorie-id', 'Categorie', 'Artikel'],
        ['office-paper', 'werken', 'Papier A4'],
      ],
    );
    expect(Object.fromEntries(readPreviousEdits([nl]).kinds)).toEqual({ 'toner-ink': 'services' });
  });

  it('changes the savings of a re-run: another elasticity, and the JSON says the kind', () => {
    const lines = [
      ['01/01/2025', 'Lyreco', 'Toner HP 305A', '3000,00'],
      ['02/01/2025', 'Lyreco', 'Toner HP 305A', '2000,00'],
    ];
    const sources = [
      {
        name: 'Gemeente',
        tables: [{ file: 'g.csv', sheet: 'g.csv', rows: [['Datum', 'Leverancier', 'Omschrijving', 'Bedrag'], lines[0]!] }],
      },
      { name: 'OCMW', tables: [{ file: 'o.csv', sheet: 'o.csv', rows: [['Datum', 'Leverancier', 'Omschrijving', 'Bedrag'], lines[1]!] }] },
    ];
    const before = runAnalysis(sources).report.categories.find((c) => c.id === 'toner-ink')!;
    const previous = {
      allocation: new Map(),
      lineOverrides: [],
      parameters: {},
      kinds: new Map([['toner-ink', 'services' as const]]),
      languages: new Map(),
    };
    const after = runAnalysis(sources, { previous }).report.categories.find((c) => c.id === 'toner-ink')!;
    expect([before.kind, after.kind]).toEqual(['goods', 'services']);
    expect(after.savings!['expected']!.volume).not.toBeCloseTo(before.savings!['expected']!.volume, 2);
  });
});

describe('a kind chosen for a category that stops being shared', () => {
  const HEADER = ['Datum', 'Leverancier', 'Omschrijving', 'Bedrag'];
  const admin = (name: string, rows: string[][]): NamedTables => ({
    name,
    tables: [{ file: `${name}.csv`, sheet: `${name}.csv`, rows: [HEADER, ...rows] }],
  });
  const TONER = ['03/02/2025', 'Lyreco', 'Toner HP 305A', '900,00'];
  const PAPER = ['04/02/2025', 'Lyreco', 'Kopieerpapier A4 80 g', '400,00'];
  const WORKWEAR = ['05/02/2025', 'Vandeputte', 'Werkbroek en veiligheidsschoenen', '700,00'];
  const gemeente = admin('Gemeente', [TONER, PAPER, WORKWEAR]);
  const bothBuyAll = [gemeente, admin('OCMW', [TONER, PAPER, WORKWEAR])];
  /** The OCMW stops buying toner and paper: only workwear is still shared. */
  const onlyWorkwear = [gemeente, admin('OCMW', [WORKWEAR])];
  const SL = SAVINGS_LABELS.nl;

  /** The workbook a run wrote, as a re-run reads it back (formulas as the values they show). */
  const asWorkbook = (plan: WritePlan): SourceTable[] =>
    plan.sheets.map((s) => ({
      file: 'tandem.xlsx',
      sheet: s.name,
      rows: s.rows.map((row) => row.map((c) => (c.f !== undefined ? (c.result ?? null) : (c.v ?? null)) as CellValue)),
    }));
  const sheet = (plan: WritePlan, name: string) => asWorkbook(plan).find((s) => s.sheet === name)!.rows;
  const rowOf = (rows: CellValue[][], id: string) => rows.find((r) => r[1] === id);

  it('stays below Toewijzing, and returns to Besparingen when the category is shared again', () => {
    // Run 1: both buy toner; the user makes it a service on Besparingen.
    const first = runAnalysis(bothBuyAll);
    expect(first.report.categories.find((c) => c.id === 'toner-ink')).toMatchObject({ shared: true, kind: 'goods' });
    const book1 = asWorkbook(first.plan);
    const savings1 = book1.find((s) => s.sheet === SL.sheets.savings)!;
    const kindCol = savings1.rows[2]!.indexOf(SL.col.kind);
    rowOf(savings1.rows, 'toner-ink')![kindCol] = SL.kind.services;

    // Run 2: toner is no longer shared; paper neither, but its kind was Tandem's own.
    const second = runAnalysis(onlyWorkwear, { previous: readPreviousEdits(book1) });
    expect(second.report.categories.find((c) => c.id === 'toner-ink')!.shared).toBe(false);
    const allocation = sheet(second.plan, SL.sheets.allocation);
    const toner = rowOf(allocation, 'toner-ink');
    const header = allocation.find((r) => r[1] === SL.col.categoryId && allocation.indexOf(r) > 2)!;
    expect(toner).toBeDefined();
    expect(toner![header.indexOf(SL.col.kind)]).toBe(SL.kind.services);
    expect(rowOf(allocation, 'office-paper')).toBeUndefined();
    expect(rowOf(sheet(second.plan, SL.sheets.savings), 'toner-ink')).toBeUndefined();
    // The orphan block's header is no category with a status of "Status".
    expect(readPreviousEdits(asWorkbook(second.plan)).allocation.size).toBe(0);

    // Run 3, from run 2's workbook: still kept while not shared…
    const third = runAnalysis(onlyWorkwear, { previous: readPreviousEdits(asWorkbook(second.plan)) });
    expect(rowOf(sheet(third.plan, SL.sheets.allocation), 'toner-ink')![header.indexOf(SL.col.kind)]).toBe(SL.kind.services);
    // …and back on Besparingen, with its savings, once both buy toner again.
    const fourth = runAnalysis(bothBuyAll, { previous: readPreviousEdits(asWorkbook(third.plan)) });
    expect(fourth.report.categories.find((c) => c.id === 'toner-ink')).toMatchObject({ shared: true, kind: 'services' });
    expect(rowOf(sheet(fourth.plan, SL.sheets.savings), 'toner-ink')![kindCol]).toBe(SL.kind.services);
    expect(rowOf(sheet(fourth.plan, SL.sheets.allocation), 'toner-ink')).toBeDefined();
    expect(sheet(fourth.plan, SL.sheets.allocation).some((r) => r[0] === SL.text.orphanEditsTitle)).toBe(false);
  });

  it('offers only the three kinds in the cells below Toewijzing', () => {
    const previous = readPreviousEdits([]);
    previous.kinds.set('toner-ink', 'works');
    const plan = runAnalysis(onlyWorkwear, { previous }).plan;
    const allocation = plan.sheets.find((s) => s.key === 'allocation')!;
    const at = allocation.rows.findIndex((r) => r[1]?.v === 'toner-ink') + 1;
    expect(allocation.validations).toEqual([
      expect.objectContaining({ column: 3, fromRow: at, toRow: at, rule: { list: ['goederen', 'diensten', 'werken'] } }),
    ]);
    expect(allocation.rows[at - 1]![2]).toEqual({ v: SL.kind.works, style: 'input' });
  });
});
