import { guessLayout, headerScore } from '../../src/engine/read/headers';
import type { CellValue } from '../../src/engine/model';

const roleOf = (rows: CellValue[][]) => {
  const layout = guessLayout(rows);
  return { headerRow: layout.headerRow, roles: Object.fromEntries(layout.columns.map((c) => [c.role, c.column])) };
};

describe('header roles', () => {
  it('finds a Dutch header below title rows', () => {
    const rows: CellValue[][] = [
      ['Gemeente Testdorp — Uitgaven 2025'],
      ['Afgedrukt op 03/01/2026'],
      [],
      [
        'Boekdatum',
        'Factuurnr.',
        'Leverancier',
        'Ondernemingsnr.',
        'Omschrijving',
        'Algemene rekening',
        'Dienst',
        'CPV',
        'Bedrag excl. btw',
      ],
      ['2025-01-03', 'F1', 'Lyreco Belgium NV', 'BE0403170701', 'Kopieerpapier A4 80 g', '6103000', 'Secretariaat', '30197630-1', 245.5],
      ['2025-01-04', 'F2', 'Engie', '', 'Elektriciteit januari', '6120000', 'Technische dienst', '', 1200],
    ];
    const { headerRow, roles } = roleOf(rows);
    expect(headerRow).toBe(4);
    expect(roles).toMatchObject({
      date: 0,
      reference: 1,
      supplier: 2,
      supplierVat: 3,
      description: 4,
      account: 5,
      service: 6,
      cpv: 7,
      amount: 8,
    });
  });

  it('prefers the net amount over quantity, unit price and the VAT-inclusive amount', () => {
    const rows: CellValue[][] = [
      ['Datum', 'Leverancier', 'Artikel / omschrijving', 'Aantal', 'Eenheidsprijs', 'Totaal excl. BTW', 'Totaal incl. BTW'],
      ['03/01/2025', 'Lyreco', 'Toner HP 305A', '2', '45,00', '90,00', '108,90'],
      ['04/01/2025', 'Lyreco', 'Balpennen blauw', '10', '0,50', '5,00', '6,05'],
    ];
    const { roles } = roleOf(rows);
    expect(roles).toMatchObject({ quantity: 3, unitPrice: 4, amount: 5, amountInclVat: 6, description: 2 });
  });

  it('reads French and English headers', () => {
    expect(
      roleOf([
        ['Date', 'Fournisseur', 'Libellé', 'Montant HTVA'],
        ['01/02/2025', 'X', 'Papier', '12,00'],
      ]).roles,
    ).toMatchObject({
      date: 0,
      supplier: 1,
      description: 2,
      amount: 3,
    });
    expect(
      roleOf([
        ['Posting date', 'Vendor', 'Description', 'Net amount', 'GL account'],
        ['2025-02-01', 'X', 'Paper', '12.00', '5100'],
      ]).roles,
    ).toMatchObject({
      date: 0,
      supplier: 1,
      description: 2,
      amount: 3,
      account: 4,
    });
  });
});

describe('header in an unusual place', () => {
  const data = (i: number): CellValue[] => [
    'ENVS - Environmental Services',
    null,
    `Parks ${i}`,
    null,
    `Grass cutting round ${i}`,
    i,
    `CRINV${1000 + i}`,
    `Supplier ${i % 7} Ltd`,
    `0${(i % 9) + 1}/04/2025`,
    `${i},${String(100 + i).slice(-3)}.50`,
  ];
  const header: CellValue[] = [
    'Department Area',
    null,
    'Service Area',
    null,
    'Description',
    'Line',
    'Ref No.',
    'Name',
    'Payment Date',
    'Amount Paid',
  ];

  it('finds a header sorted to the bottom, below more rows than the header scan looks at, and reads the roles from the rows above', () => {
    const rows: CellValue[][] = [...Array.from({ length: 60 }, (_, i) => data(i + 1)), header];
    const { headerRow, roles } = roleOf(rows);
    expect(headerRow).toBe(61);
    expect(roles).toMatchObject({ description: 4, reference: 6, supplier: 7, date: 8, amount: 9 });
    expect([0, 2]).toContain(roles.service);
  });

  it('still prefers a header at the top', () => {
    const rows: CellValue[][] = [header, ...Array.from({ length: 60 }, (_, i) => data(i + 1)), header];
    expect(roleOf(rows).headerRow).toBe(1);
  });

  it('does not take a totals row at the bottom of a table without a header for one', () => {
    const rows: CellValue[][] = [
      ...Array.from({ length: 50 }, (_, i): CellValue[] => [
        `0${(i % 9) + 1}/04/2025`,
        `Supplier ${i % 6}`,
        `Paper and toner ${i}`,
        `${i + 10}.50`,
      ]),
      ['Total', 'EUR', 'Amount', '1,234.00'],
    ];
    expect(roleOf(rows).headerRow).toBe(0);
  });

  it('scores a header the same however often it is asked', () => {
    const first = headerScore('Net Amount (GBP)', 'amount');
    expect(first).toBeGreaterThan(0.5);
    expect(headerScore('Net Amount (GBP)', 'amount')).toBe(first);
    expect(headerScore('Net Amount (GBP)', 'supplier')).toBe(0);
  });
});
