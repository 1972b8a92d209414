import { extractTable } from '../../src/engine/read/extract';
import type { CellValue, SourceSnapshot } from '../../src/engine/model';

const snapshot = (rows: CellValue[][]): SourceSnapshot => ({ name: 'OCMW', tables: [{ file: 'ocmw.csv', sheet: 'ocmw', rows }] });

const rows: CellValue[][] = [
  ['OCMW Testdorp - aankopen 2025'],
  [null],
  ['Datum', 'Leverancier', 'Omschrijving', 'Totaal excl. BTW'],
  ['03/01/2025', 'Lyreco Belgium NV', 'Kopieerpapier A4', '1.234,56'],
  ['04/01/2025', 'Engie', 'Creditnota elektriciteit', '45,00-'],
  [null, null, null, null],
  ['05/01/2025', 'Colruyt', 'Koffie', 'abc'],
  ['06/01/2025', 'Colruyt', 'Koffiebekers', null],
  ['31/02/2025', 'Total Energies', null, '(12,50)'],
  ['Datum', 'Leverancier', 'Omschrijving', 'Totaal excl. BTW'],
  ['Totaal', null, null, '1.177,06'],
];

describe('every row ends in one place', () => {
  const r = extractTable(snapshot(rows), 0, 0);

  it('keeps purchase lines with their spreadsheet row', () => {
    expect(r.lines.map((l) => [l.row, l.amountCents])).toEqual([
      [4, 123456],
      [5, -4500],
      [9, -1250],
    ]);
    expect(r.lines[0]).toMatchObject({ supplier: 'Lyreco Belgium NV', description: 'Kopieerpapier A4', date: '2025-01-03' });
  });

  it('rejects rows with content but a missing or unreadable amount, naming row and column', () => {
    expect(r.rejected).toEqual([
      expect.objectContaining({ row: 7, column: 4, code: 'amount-unreadable', value: 'abc', header: 'Totaal excl. BTW' }),
      expect.objectContaining({ row: 8, column: 4, code: 'amount-missing' }),
    ]);
  });

  it('skips title, blank, header-repeat and totals rows, and never counts totals as spend', () => {
    expect(r.skipped.map((s) => [s.row, s.reason])).toEqual([
      [1, 'title'],
      [2, 'blank'],
      [3, 'header'],
      [6, 'blank'],
      [10, 'header'],
      [11, 'total'],
    ]);
    expect(r.totalsCents).toBe(117706);
  });

  it('accounts for every row exactly once', () => {
    const seen = [...r.lines.map((l) => l.row), ...r.skipped.map((s) => s.row), ...r.rejected.map((x) => x.row)].sort((a, b) => a - b);
    expect(seen).toEqual(rows.map((_, i) => i + 1));
  });

  it('reconciles: lines = amount column − totals rows', () => {
    const lineSum = r.lines.reduce((n, l) => n + l.amountCents, 0);
    expect(r.columnTotalCents - r.totalsCents).toBe(lineSum);
  });

  it('keeps a line with an impossible date and reports the date', () => {
    expect(r.lines.find((l) => l.row === 9)?.date).toBeUndefined();
    expect(r.badDates).toEqual([{ row: 9, value: '31/02/2025' }]);
  });

  it('does not take a supplier called Total for a totals row', () => {
    expect(r.lines.find((l) => l.row === 9)?.supplier).toBe('Total Energies');
  });
});

describe('amount layouts', () => {
  it('uses debit minus credit when there is no single amount column', () => {
    const r = extractTable(
      snapshot([
        ['Date', 'Supplier', 'Description', 'Debit', 'Credit'],
        ['2025-01-01', 'A', 'Paper', '100.00', null],
        ['2025-01-02', 'A', 'Paper credit', null, '20.00'],
      ]),
      0,
      0,
    );
    expect(r.amountMode).toBe('debit-credit');
    expect(r.lines.map((l) => l.amountCents)).toEqual([10000, -2000]);
  });

  it('says when only VAT-inclusive amounts exist', () => {
    const r = extractTable(snapshot([['Datum', 'Leverancier', 'Omschrijving', 'Bedrag incl. btw'], ['01/01/2025', 'A', 'Papier', '121,00']]), 0, 0);
    expect(r.amountMode).toBe('gross');
    expect(r.lines[0]!.amountCents).toBe(12100);
  });

  it('finds no amount column in a sheet without one', () => {
    const r = extractTable(snapshot([['Naam', 'Adres'], ['Jan', 'Kerkstraat 1']]), 0, 0);
    expect(r.amountMode).toBe('none');
    expect(r.lines).toHaveLength(0);
  });
});
