import { guessLayout } from '../../src/engine/read/headers';
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
      ['Boekdatum', 'Factuurnr.', 'Leverancier', 'Ondernemingsnr.', 'Omschrijving', 'Algemene rekening', 'Dienst', 'CPV', 'Bedrag excl. btw'],
      ['2025-01-03', 'F1', 'Lyreco Belgium NV', 'BE0403170701', 'Kopieerpapier A4 80 g', '6103000', 'Secretariaat', '30197630-1', 245.5],
      ['2025-01-04', 'F2', 'Engie', '', 'Elektriciteit januari', '6120000', 'Technische dienst', '', 1200],
    ];
    const { headerRow, roles } = roleOf(rows);
    expect(headerRow).toBe(4);
    expect(roles).toMatchObject({ date: 0, reference: 1, supplier: 2, supplierVat: 3, description: 4, account: 5, service: 6, cpv: 7, amount: 8 });
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
    expect(roleOf([['Date', 'Fournisseur', 'Libellé', 'Montant HTVA'], ['01/02/2025', 'X', 'Papier', '12,00']]).roles).toMatchObject({
      date: 0,
      supplier: 1,
      description: 2,
      amount: 3,
    });
    expect(roleOf([['Posting date', 'Vendor', 'Description', 'Net amount', 'GL account'], ['2025-02-01', 'X', 'Paper', '12.00', '5100']]).roles).toMatchObject({
      date: 0,
      supplier: 1,
      description: 2,
      amount: 3,
      account: 4,
    });
  });
});
