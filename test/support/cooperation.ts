import type { NamedTables } from '../../src/app/analyze-sources';

/**
 * A regional cooperation's exports, in memory: every administration buys electricity and the same
 * `models` toner models, each at its own unit price, so the savings sheet has a price table of
 * `administrations × models` rows below the categories' table (past `BIG_TABLE_ROWS`, it is
 * written as a long table).
 */
export function cooperationSources(administrations: number, models: number): NamedTables[] {
  return Array.from({ length: administrations }, (_, i) => {
    const name = `Bestuur ${i + 1}`;
    const rows: (string | number)[][] = [
      ['Datum', 'Leverancier', 'Omschrijving', 'Aantal', 'Eenheid', 'Bedrag'],
      ['03/01/2025', 'Engie', 'Elektriciteit levering', 1, 'forfait', 20_000 + 9_000 * i],
      ['10/02/2025', 'Lyreco', 'Kopieerpapier A4 80g', 40 + 5 * i, 'doos', (40 + 5 * i) * (24 + (i % 4))],
      ...Array.from({ length: models }, (_, m) => ['15/03/2025', 'Lyreco', `Toner model ${m + 100}`, 2, 'st', 2 * (40 + i + m / 100)]),
    ];
    return { name, tables: [{ file: `${name}.csv`, sheet: `${name}.csv`, rows }] };
  });
}
