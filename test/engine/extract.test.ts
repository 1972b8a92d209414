import { analyze } from '../../src/engine/analyze';
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
    const r = extractTable(
      snapshot([
        ['Datum', 'Leverancier', 'Omschrijving', 'Bedrag incl. btw'],
        ['01/01/2025', 'A', 'Papier', '121,00'],
      ]),
      0,
      0,
    );
    expect(r.amountMode).toBe('gross');
    expect(r.lines[0]!.amountCents).toBe(12100);
  });

  it('finds no amount column in a sheet without one', () => {
    const r = extractTable(
      snapshot([
        ['Naam', 'Adres'],
        ['Jan', 'Kerkstraat 1'],
      ]),
      0,
      0,
    );
    expect(r.amountMode).toBe('none');
    expect(r.lines).toHaveLength(0);
  });
});

describe('rows around an unusual header', () => {
  const accounted = (r: ReturnType<typeof extractTable>, n: number) =>
    expect([...r.lines.map((l) => l.row), ...r.skipped.map((x) => x.row), ...r.rejected.map((x) => x.row)].sort((a, b) => a - b)).toEqual(
      Array.from({ length: n }, (_, i) => i + 1),
    );

  it('reads the data rows above a header sorted to the bottom as lines, with every column', () => {
    const rows: CellValue[][] = [
      ['Spend over 250 - April'],
      ...Array.from({ length: 45 }, (_, i): CellValue[] => [
        'ENVS - Environmental Services',
        `Parks ${i}`,
        `Bench ${i}`,
        `Supplier ${i % 5} Ltd`,
        '03/04/2025',
        `1,${String(100 + i).slice(-3)}.00`,
      ]),
      ['LEGL - Legal', 'Elections', 'Credit note', 'Civica', '04/04/2025', '1,234.00-'],
      [null, null, null, null, null, null],
      ['Department Area', 'Service Area', 'Description', 'Name', 'Payment Date', 'Amount Paid'],
    ];
    const r = extractTable(snapshot(rows), 0, 0);
    expect(r.layout.headerRow).toBe(49);
    expect(r.lines).toHaveLength(46);
    expect(r.lines[0]).toMatchObject({
      row: 2,
      supplier: 'Supplier 0 Ltd',
      description: 'Bench 0',
      date: '2025-04-03',
      amountCents: 110000,
    });
    expect(r.lines[45]).toMatchObject({ row: 47, amountCents: -123400 });
    expect(r.rejected).toEqual([]);
    expect(r.skipped.map((x) => [x.row, x.reason])).toEqual([
      [1, 'title'],
      [48, 'blank'],
      [49, 'header'],
    ]);
    expect(r.decimalStyle).toBe('dot');
    accounted(r, rows.length);
    expect(r.columnTotalCents - r.totalsCents).toBe(r.lines.reduce((n, l) => n + l.amountCents, 0));
  });

  it('keeps title rows above a header at the top as titles', () => {
    const r = extractTable(
      snapshot([
        ['Council spend', null, null, '2025'],
        ['Printed', '01/05/2025', null, null],
        ['Date', 'Supplier', 'Description', 'Amount'],
        ['01/04/2025', 'Acme', 'Paper', '10.00'],
      ]),
      0,
      0,
    );
    expect(r.skipped.map((x) => [x.row, x.reason])).toEqual([
      [1, 'title'],
      [2, 'title'],
      [3, 'header'],
    ]);
    expect(r.lines.map((l) => l.row)).toEqual([4]);
  });

  it('follows a second header of another shape further down (columns moved, one dropped)', () => {
    const rows: CellValue[][] = [
      ['Transaction Number', 'Date', 'Expenditure Category', 'Supplier Name', 'Supplier Classification', 'Amount'],
      [101, '2022-04-01', 'Training courses', 'Anderton Centre', 'Training', 7740],
      [102, '2022-04-02', 'Breathing apparatus', 'Bauer Ltd', 'Vehicle parts', 610.81],
      ['Transaction Number', 'Date', 'Subjective Description', 'Supplier Name', 'Amount'],
      ['6000073', '2022-11-30', 'Vehicle & Plant R&M (External)', 'James Hart Ltd', 2135.2],
      ['6000078', '2022-11-30', 'Vehicle & Plant R&M (External)', 'Mellor Plant Ltd', -913.22],
      ['6000079', '2022-12-01', 'Fire - Hydrants', 'United Utilities', 'n/a'],
    ];
    const r = extractTable(snapshot(rows), 0, 0);
    expect(r.lines.map((l) => [l.row, l.amountCents, l.supplier])).toEqual([
      [2, 774000, 'Anderton Centre'],
      [3, 61081, 'Bauer Ltd'],
      [5, 213520, 'James Hart Ltd'],
      [6, -91322, 'Mellor Plant Ltd'],
    ]);
    expect(r.lines[2]).toMatchObject({ accountName: 'Vehicle & Plant R&M (External)', date: '2022-11-30', reference: '6000073' });
    expect(r.lines[2]!.sourceCategory).toBeUndefined();
    expect(r.sections).toEqual([expect.objectContaining({ fromRow: 4, amountMode: 'net' })]);
    expect(r.skipped.map((x) => [x.row, x.reason])).toEqual([
      [1, 'header'],
      [4, 'header'],
    ]);
    expect(r.rejected).toEqual([expect.objectContaining({ row: 7, column: 5, header: 'Amount', code: 'amount-unreadable' })]);
    accounted(r, rows.length);
  });

  it('does not take a data row whose amount is text for a new header', () => {
    const r = extractTable(
      snapshot([
        ['Date', 'Supplier', 'Description', 'Amount'],
        ['01/04/2025', 'Acme', 'Paper', '10.00'],
        ['02/04/2025', 'Amount Paid Ltd', 'Net amount due', 'tbc'],
        ['03/04/2025', 'Acme', 'Toner', '20.00'],
      ]),
      0,
      0,
    );
    expect(r.sections).toEqual([]);
    expect(r.rejected.map((x) => x.row)).toEqual([3]);
    expect(r.lines.map((l) => l.row)).toEqual([2, 4]);
  });
});

describe('currency', () => {
  it.each([
    ['amount_gbp', 'GBP'],
    ['Net Amount (GBP)', 'GBP'],
    ['Net Amount(£)', 'GBP'],
    ['value_usd', 'USD'],
    ['Bedrag', 'EUR'],
  ])('reads the currency from the amount header %p', (header, currency) => {
    const r = extractTable(
      snapshot([
        ['Date', 'Supplier', header],
        ['01/04/2025', 'Acme', '10.00'],
      ]),
      0,
      0,
    );
    expect(r.currency).toBe(currency);
  });
});

describe('currency of a table that names none', () => {
  const months = (headers: string[]): SourceSnapshot => ({
    name: 'Council',
    tables: headers.map((h, i) => ({
      file: `m${i}.csv`,
      sheet: `m${i}`,
      rows: [
        ['Date', 'Supplier', h],
        ['01/04/2025', 'Acme', '10.00'],
      ],
    })),
  });

  it('follows the currency the other tables of the same source name', () => {
    const snap = months(['Amount Paid', 'Net Amount(£)', 'Net Amount', 'Net Amount (GBP)']);
    expect(snap.tables.map((_, t) => extractTable(snap, 0, t).currency)).toEqual(['GBP', 'GBP', 'GBP', 'GBP']);
  });

  it('stays euro when no table names a currency', () => {
    const snap = months(['Amount', 'Bedrag']);
    expect(snap.tables.map((_, t) => extractTable(snap, 0, t).currency)).toEqual(['EUR', 'EUR']);
  });

  it('follows the currency the other administrations name, when they all name the same', () => {
    const fire = { ...months(['Amount', 'Amount']), name: 'Fire' };
    const inPounds = analyze([months(['Net Amount(£)']), fire]);
    expect(inPounds.sources.flatMap((s) => s.tables.map((t) => t.currency))).toEqual(['GBP', 'GBP', 'GBP']);
    // Two that name different currencies leave the one that names none as it was.
    const mixed = analyze([months(['Net Amount(£)']), { ...months(['Bedrag (EUR)']), name: 'OCMW' }, fire]);
    expect(mixed.sources.map((s) => s.tables[0]!.currency)).toEqual(['GBP', 'EUR', 'EUR']);
  });
});

describe('a column mapping the user confirmed', () => {
  const rows: CellValue[][] = [
    ['Datum', 'Leverancier', 'Omschrijving', 'Bedrag', 'Rekening'],
    ['01/01/2025', 'Lyreco', 'Papier', '12,00', '6103000'],
  ];
  it('takes a role away from a wrongly guessed column when set to none', () => {
    const r = extractTable({ name: 'A', tables: [{ file: 'a.csv', sheet: 'a.csv', rows }], mapping: { account: -1 } }, 0, 0);
    expect(r.layout.columns.map((c) => c.role)).not.toContain('account');
    expect(r.lines[0]!.account).toBeUndefined();
  });
  it('moves a role to the column the user chose', () => {
    const r = extractTable({ name: 'A', tables: [{ file: 'a.csv', sheet: 'a.csv', rows }], mapping: { description: 1 } }, 0, 0);
    expect(r.lines[0]!.description).toBe('Lyreco');
  });
});
