import { runAnalysis } from '../../src/app/analyze-sources';
import { analyze } from '../../src/engine/analyze';
import { readPreviousEdits } from '../../src/engine/plan/edits';
import type { CellValue, SourceSnapshot } from '../../src/engine/model';

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
    const previous = { allocation: new Map(), lineOverrides: [], parameters: {}, kinds: new Map([['toner-ink', 'services' as const]]) };
    const after = runAnalysis(sources, { previous }).report.categories.find((c) => c.id === 'toner-ink')!;
    expect([before.kind, after.kind]).toEqual(['goods', 'services']);
    expect(after.savings!['expected']!.volume).not.toBeCloseTo(before.savings!['expected']!.volume, 2);
  });
});
