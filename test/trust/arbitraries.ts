/**
 * Generators for the trust properties and the fuzz run: source tables as real exports look
 * (title rows, a header row from Dutch, French and English names, data rows mixing numbers,
 * Belgian and English number text, blanks, junk, dates in several forms, totals rows, ragged
 * lengths) and raw CSV text.
 */
import fc from 'fast-check';
import type { CellValue, SourceSnapshot, SourceTable } from '../../src/engine/model';
import type { PreviousEdits } from '../../src/engine/plan/edits';

/** A cents value written the way exports write amounts. */
export type AmountStyle = {
  decimal: 'comma' | 'dot';
  thousands: boolean;
  negative: 'minus' | 'trailing' | 'parens';
  currency: 'none' | 'prefix' | 'suffix' | 'code';
  /** Thousands separator for comma style: `.` or a space (`1 234,56`, as French exports write). */
  space?: boolean;
};

export function formatCents(cents: number, s: AmountStyle): string {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100));
  const frac = String(abs % 100).padStart(2, '0');
  const sep = s.decimal === 'comma' ? (s.space ? ' ' : '.') : ',';
  const grouped = s.thousands ? int.replace(/\B(?=(\d{3})+(?!\d))/g, sep) : int;
  let text = `${grouped}${s.decimal === 'comma' ? ',' : '.'}${frac}`;
  if (s.currency === 'prefix') text = `€ ${text}`;
  else if (s.currency === 'suffix') text = `${text} €`;
  else if (s.currency === 'code') text = `EUR ${text}`;
  if (cents < 0) {
    if (s.negative === 'minus') text = `-${text}`;
    else if (s.negative === 'trailing') text = `${text}-`;
    else text = `(${text})`;
  }
  return text;
}

export const amountStyle: fc.Arbitrary<AmountStyle> = fc.record({
  decimal: fc.constantFrom('comma' as const, 'dot' as const),
  thousands: fc.boolean(),
  negative: fc.constantFrom('minus' as const, 'trailing' as const, 'parens' as const),
  currency: fc.constantFrom('none' as const, 'prefix' as const, 'suffix' as const, 'code' as const),
  space: fc.boolean(),
});

/** Cents as purchase lines hold them: mostly small, some large, some credits. */
export const cents = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 500_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: -200_000, max: 0 }) },
  { weight: 1, arbitrary: fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }) },
);

/** ISO dates in the range exports hold (and Excel can show). */
export const isoDate = fc
  .integer({ min: Date.UTC(1900, 2, 1) / 86_400_000, max: Date.UTC(2199, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

const HEADERS = [
  'Datum',
  'Boekdatum',
  'Factuurdatum',
  'Date',
  'Date facture',
  'Posting date',
  'Leverancier',
  'Naam leverancier',
  'Fournisseur',
  'Supplier',
  'Vendor name',
  'Omschrijving',
  'Libellé',
  'Description',
  'Artikel',
  'Objet',
  'Bedrag',
  'Bedrag excl. BTW',
  'Totaal excl. BTW',
  'Montant HTVA',
  'Montant',
  'Amount',
  'Net amount',
  'Bedrag incl. BTW',
  'Montant TVAC',
  'Gross amount',
  'Debet',
  'Credit',
  'Débit',
  'Aantal',
  'Quantité',
  'Qty',
  'Eenheid',
  'Eenheidsprijs',
  'Prix unitaire',
  'Unit price',
  'Algemene rekening',
  'Compte',
  'GL account',
  'Omschrijving rekening',
  'CPV',
  'Code CPV',
  'Dienst',
  'Service',
  'Department',
  'Factuurnr',
  'Référence',
  'Invoice number',
  'BTW-nummer',
  'N° TVA',
  'VAT number',
  'Categorie',
  'Catégorie',
  'Opmerking',
  'Kolom1',
  '',
  '__proto__',
  'constructor',
  'Totaal',
];

const SUPPLIERS = [
  'Lyreco Belgium NV',
  'LYRECO BELGIUM SA',
  'Engie Electrabel',
  'Colruyt',
  'Total Energies',
  'Vanden Borre',
  'Staples',
  'Bpost',
  'Proximus',
  'Fluvius',
  'Brico',
  'Café Élysée',
  'Œuvre sociale',
  'ACME Ltd',
  'toString',
];
const DESCRIPTIONS = [
  'Kopieerpapier A4',
  'Papieren handdoeken',
  'Brandstof diesel',
  'Brandblusser keuring',
  'Elektriciteit maart',
  'Elektriciteitswerken zaal',
  'Koffie',
  'Huur koffieautomaat',
  'Toner HP 305A',
  'Schoonmaakproducten',
  'Onderhoud lift',
  'Fournitures de bureau',
  'Papier copieur',
  'Office chairs',
  'Factuur 12345',
  '',
  'Creditnota',
  '=SUM(A1:A9)',
  '+32 2 123',
  '@risk',
  'hasOwnProperty',
  '__proto__',
  'crème brûlée €',
];
const JUNK = [
  'abc',
  'n.v.t.',
  '-',
  '€',
  '',
  '   ',
  '#N/A',
  '#DIV/0!',
  'Totaal',
  'Total général',
  'Sous-total',
  'TOTAL EUR',
  'Subtotal',
  '1.234',
  '1,234',
  '1.2.3',
  '12,5,0',
  '(12,50',
  '--5',
  '1e5',
  'NaN',
  'Infinity',
  '0x1F',
  '٣٤٥',
  '1 234 567',
  "1'234.50",
  '12.50 CR',
  '30192000-1',
  'BE0403.170.701',
  '31/02/2025',
  '00/00/0000',
];

/** A cell that can hold anything a gateway hands over. */
export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom(...JUNK) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.double({ noDefaultInfinity: false }) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.tuple(cents, amountStyle).map(([c, s]) => formatCents(c, s)) },
  { weight: 1, arbitrary: fc.constantFrom(...DESCRIPTIONS, ...SUPPLIERS) },
  { weight: 1, arbitrary: dateCell() },
);

function dateCell(): fc.Arbitrary<CellValue> {
  return fc.oneof(
    isoDate,
    isoDate.map((d) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`),
    isoDate.map((d) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(2, 4)}`),
    isoDate.map((d) => `${d.slice(0, 4)}${d.slice(5, 7)}${d.slice(8, 10)}`),
    fc.integer({ min: 20_000, max: 80_000 }),
    fc.constantFrom(
      '31/02/2025',
      '30/02/2024',
      '15 June 2023',
      '3 mrt 2025',
      '1er janv. 2025',
      'June 15, 2023',
      '2025-13-01',
      '99/99/9999',
    ),
  );
}

/** A value that fits a header: an amount under an amount name, a date under a date name, … */
function cellFor(header: string): fc.Arbitrary<CellValue> {
  const h = header.toLowerCase();
  let fitting: fc.Arbitrary<CellValue>;
  if (/bedrag|montant|amount|debet|débit|credit|totaal|prijs|prix|price/.test(h)) {
    fitting = fc.oneof(
      { weight: 4, arbitrary: fc.tuple(cents, amountStyle).map(([c, s]) => formatCents(c, s)) },
      { weight: 3, arbitrary: cents.map((c) => c / 100) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  } else if (/dat/.test(h)) fitting = dateCell();
  else if (/leverancier|fournisseur|supplier|vendor/.test(h)) fitting = fc.constantFrom(...SUPPLIERS);
  else if (/omschrijving|libell|descr|artikel|objet/.test(h)) fitting = fc.constantFrom(...DESCRIPTIONS);
  else if (/aantal|quantit|qty/.test(h)) fitting = fc.oneof(fc.integer({ min: -5, max: 500 }), fc.constantFrom('1', '2,5', '10'));
  else if (/cpv/.test(h)) fitting = fc.constantFrom('30192000-1', '30197630', '09134100-8', '39831000', 'n/a');
  else if (/tva|btw|vat/.test(h)) fitting = fc.constantFrom('BE0403.170.701', 'BE 0417 497 106', '0202239951', 'FR12345678901', '');
  else fitting = fc.oneof(fc.constantFrom(...DESCRIPTIONS), fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 9999 }));
  return fc.oneof({ weight: 8, arbitrary: fitting }, { weight: 2, arbitrary: anyCell });
}

/** Cuts a row short or lengthens it, as ragged exports do. */
function ragged(row: fc.Arbitrary<CellValue[]>): fc.Arbitrary<CellValue[]> {
  return fc.tuple(row, fc.nat({ max: 9 }), fc.nat({ max: 8 }), fc.array(anyCell, { maxLength: 3 })).map(([r, dice, cut, extra]) => {
    if (dice === 0) return r.slice(0, cut);
    if (dice === 1) return [...r, ...extra];
    return r;
  });
}

const titleRow: fc.Arbitrary<CellValue[]> = fc.oneof(
  fc.constantFrom<CellValue[]>(
    ['OCMW Testdorp - aankopen 2025'],
    ['Gemeente Testdorp'],
    ['Export du 01/01/2025'],
    ['Purchase ledger', null, 'page 1'],
    [],
  ),
  fc.array(anyCell, { maxLength: 3 }),
);

/** A structured table: titles, a header, data rows, perhaps totals and repeated headers. */
export const structuredRows: fc.Arbitrary<CellValue[][]> = fc
  .tuple(fc.array(titleRow, { maxLength: 3 }), fc.array(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 8 }), fc.boolean())
  .chain(([titles, headers, hasHeader]) => {
    const dataRow = ragged(fc.tuple(...headers.map(cellFor)).map((cells) => [...cells]));
    const amountAt = Math.max(
      0,
      headers.findIndex((h) => /bedrag|montant|amount/i.test(h)),
    );
    const totalsRow = fc.tuple(fc.constantFrom('Totaal', 'Total', 'TOTAL EUR', 'Sous-total', 'Grand total'), cents).map(([label, c]) => {
      const row: CellValue[] = headers.map(() => null);
      row[amountAt === 0 ? headers.length - 1 : 0] = label;
      row[amountAt] = c / 100;
      return row;
    });
    const body = fc.array(
      fc.oneof(
        { weight: 12, arbitrary: dataRow },
        { weight: 1, arbitrary: fc.constant<CellValue[]>([]) },
        { weight: 1, arbitrary: totalsRow },
        { weight: 1, arbitrary: fc.constant<CellValue[]>([...headers]) },
        { weight: 1, arbitrary: fc.array(anyCell, { maxLength: 10 }) },
      ),
      { maxLength: 40, size: 'medium' },
    );
    return fc
      .tuple(body, fc.option(totalsRow, { nil: undefined }))
      .map(([rows, totals]) => [
        ...titles,
        ...(hasHeader || headers.length < 2 ? [[...headers] as CellValue[]] : []),
        ...rows,
        ...(totals ? [totals] : []),
      ]);
  });

/** Anything at all: rows of any cells. */
export const chaosRows: fc.Arbitrary<CellValue[][]> = fc.array(fc.array(anyCell, { maxLength: 9 }), { maxLength: 25 });

export const tableRows = fc.oneof({ weight: 4, arbitrary: structuredRows }, { weight: 1, arbitrary: chaosRows });

const NAMES = ['Gemeente', 'OCMW', 'AGB', 'Politiezone', 'CPAS', 'Commune', 'Police', '__proto__', 'constructor', 'Bedrag', 'Totaal'];

export const snapshots: fc.Arbitrary<SourceSnapshot[]> = snapshotsOf(3);

/** One to `most` administrations, each with one or two tables. */
export function snapshotsOf(most: number): fc.Arbitrary<SourceSnapshot[]> {
  return fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: most }).chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        fc.array(tableRows, { minLength: 1, maxLength: 2 }).map((tables): SourceSnapshot => ({
          name,
          tables: tables.map((rows, i): SourceTable => ({ file: `${name}-${i}.csv`, sheet: `${name}-${i}.csv`, rows })),
        })),
      ),
    ),
  );
}

const PARAMETER_KEYS = [
  'periodYears',
  'contractYears',
  'elasticity.goods.expected',
  'elasticity.services.high',
  'elasticity.works.low',
  'harmonisation.expected',
  'procedureCost.open',
  'coordinationPerYear',
  'thresholds.small',
  'thresholds.negotiated',
  'thresholds.euSuppliesServices',
  'thresholdDate',
  'capacityPerService',
  '__proto__.x',
  'constructor.name',
  'nope',
];

/** What people may have typed in an earlier run's workbook: any category, any row, any parameter value. */
export const previousEdits: fc.Arbitrary<PreviousEdits> = fc.record({
  allocation: fc
    .array(
      fc.tuple(
        fc.constantFrom('office-paper', 'energy-electricity', 'coffee', 'x', '__proto__'),
        fc.record({ leadOverride: fc.string({ maxLength: 8 }), status: fc.string({ maxLength: 8 }), note: fc.string({ maxLength: 8 }) }),
      ),
      { maxLength: 3 },
    )
    .map((entries) => new Map(entries)),
  lineOverrides: fc.array(
    fc.record(
      {
        administration: fc.constantFrom(...NAMES),
        file: fc.constantFrom('', 'Gemeente-0.csv', 'OCMW-0.csv', 'OCMW-1.csv'),
        row: fc.integer({ min: -1, max: 40 }),
        category: fc.oneof(
          fc.constantFrom('Kantoorpapier', 'office-paper', 'Eigen categorie', '', ' ', '__proto__', 'constructor'),
          fc.string({ maxLength: 10 }),
        ),
        amount: fc.oneof(
          cents.map((c) => c / 100),
          fc.double(),
        ),
        description: fc.constantFrom(...DESCRIPTIONS),
      },
      { requiredKeys: ['administration', 'file', 'row', 'category'] },
    ),
    { maxLength: 4 },
  ),
  parameters: fc
    .array(fc.tuple(fc.constantFrom(...PARAMETER_KEYS), fc.oneof(fc.double(), fc.integer({ min: -5, max: 1_000_000 }))), { maxLength: 4 })
    .map((entries) => Object.fromEntries(entries)),
  kinds: fc
    .array(
      fc.tuple(
        fc.constantFrom('office-paper', 'energy-electricity', 'x', '__proto__'),
        fc.constantFrom('goods' as const, 'services' as const, 'works' as const),
      ),
      { maxLength: 3 },
    )
    .map((entries) => new Map(entries)),
  languages: fc
    .array(
      fc.tuple(
        fc.constantFrom(...NAMES),
        fc.oneof(
          fc.constantFrom('Nederlands, Frans', 'en', 'français et anglais', 'Klingon', ' ', 'nl;', ','),
          fc.string({ maxLength: 10 }),
        ),
      ),
      { maxLength: 2 },
    )
    .map((entries) => new Map(entries)),
});

export const runOptions = fc.record(
  {
    lang: fc.constantFrom('nl' as const, 'fr' as const, 'en' as const),
    council: fc.boolean(),
    central: fc.constantFrom('Aankoopcentrale', 'OCMW', ''),
    reportDate: fc.oneof(isoDate, fc.constantFrom('2025-13-45', '0000-00-00', '9999-99-99')),
    previous: previousEdits,
  },
  { requiredKeys: ['lang'] },
);

// ---- raw CSV --------------------------------------------------------------------------------

const CSV_WORDS = [
  'Papier',
  'Café crème',
  'Œuf',
  'Noël',
  'façade',
  '€ 12,50',
  '1.234,56-',
  '(12,50)',
  'Lyreco',
  'a, b',
  'x;y',
  'tab\there',
  'twee\nregels',
  'drie\r\nregels',
  'zeg "ja"',
  '"',
  'ünïcödé',
  '',
  ' ',
  'Totaal',
  '12.50',
  'Ž',
  '—',
];

export const csvCell = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CSV_WORDS) },
  { weight: 2, arbitrary: fc.tuple(cents, amountStyle).map(([c, s]) => formatCents(c, s)) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9 éèëçàô.,;\-"]{0,10}$/) },
);

export interface CsvCase {
  cells: string[][];
  delimiter: string;
  eol: string;
  bom: boolean;
  trailingEol: boolean;
  encoding: 'utf-8' | 'windows-1252';
}

/** A rectangular table of text, at least two columns (a one-column file has no separator to find). */
export const csvCase: fc.Arbitrary<CsvCase> = fc
  .record({
    width: fc.integer({ min: 2, max: 6 }),
    height: fc.integer({ min: 1, max: 12 }),
    delimiter: fc.constantFrom(';', ',', '\t'),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    trailingEol: fc.boolean(),
    encoding: fc.constantFrom('utf-8' as const, 'windows-1252' as const),
  })
  .chain((c) =>
    fc
      .tuple(
        fc.array(fc.constantFrom('Datum', 'Leverancier', 'Omschrijving', 'Bedrag', 'Libellé', 'Montant'), {
          minLength: c.width,
          maxLength: c.width,
        }),
        fc.array(fc.array(csvCell, { minLength: c.width, maxLength: c.width }), { minLength: c.height, maxLength: c.height }),
      )
      .map(([header, body]) => ({
        cells: [header, ...body],
        delimiter: c.delimiter,
        eol: c.eol,
        bom: c.bom && c.encoding === 'utf-8',
        trailingEol: c.trailingEol,
        encoding: c.encoding,
      })),
  );

export function csvText(c: CsvCase): string {
  const quote = (s: string) => (/["\r\n]/.test(s) || s.includes(c.delimiter) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s);
  return c.cells.map((row) => row.map(quote).join(c.delimiter)).join(c.eol) + (c.trailingEol ? c.eol : '');
}

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Bytes as the export writes them: UTF-8 (perhaps with a BOM) or Windows-1252. */
export function csvBytes(c: CsvCase): Uint8Array {
  const text = csvText(c);
  if (c.encoding === 'utf-8') {
    const body = new TextEncoder().encode(text);
    return c.bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...body]) : body;
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out.push(code);
    else {
      const i = CP1252_HIGH.indexOf(ch);
      out.push(i >= 0 ? 0x80 + i : 0x3f);
    }
  }
  return Uint8Array.from(out);
}

/** What the cells should read back as: blank cells are null; characters Windows-1252 lacks are `?`. */
export function expectedRows(c: CsvCase): (string | null)[][] {
  const fit = (s: string) =>
    c.encoding === 'utf-8'
      ? s
      : [...s]
          .map((ch) =>
            (ch.codePointAt(0)! < 0x100 && !(ch.codePointAt(0)! >= 0x80 && ch.codePointAt(0)! < 0xa0)) || CP1252_HIGH.includes(ch)
              ? ch
              : '?',
          )
          .join('');
  return c.cells.map((row) => row.map((s) => (s.trim() === '' ? null : fit(s))));
}
