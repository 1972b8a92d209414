import { runAnalysis } from '../app/analyze-sources';
import { prepareIndexes } from '../engine/classify/classify';
import { TAXONOMY } from '../engine/classify/taxonomy';
import type { CellValue, SourceTable } from '../engine/model';
import { readTables } from '../gateway/files/read';
import { planToXlsx } from '../gateway/files/write';

const HEADER: CellValue[] = ['Datum', 'Leverancier', 'Omschrijving', 'Aantal', 'Eenheid', 'Bedrag'];

function table(file: string, rows: CellValue[][]): SourceTable {
  return { file, sheet: file, rows: [HEADER, ...rows] };
}

/**
 * The first time the worker calls the readers, the engine, ExcelJS and the zip code, they are
 * compiled: some hundreds of milliseconds spent inside single calls (ExcelJS's `writeBuffer` above
 * all) that cannot stop to report progress. So the worker makes and reads one tiny workbook of its
 * own when it starts, while the user picks files and maps columns, and the user's first run finds
 * that code ready. Nothing of it is kept but the keyword index and a few memoised words, which
 * change no result (a test runs the same request before and after).
 */
export async function warmUp(): Promise<void> {
  prepareIndexes(TAXONOMY);
  const result = runAnalysis([
    {
      name: 'Gemeente',
      tables: [
        table('gemeente.csv', [
          ['02/01/2025', 'Lyreco', 'Kopieerpapier A4 80 g', '20', 'doos', '412,50'],
          ['15/03/2025', 'Total Energies', 'Diesel dienstwagens', '1200', 'liter', '2.016,00'],
          ['30/06/2025', 'Vanden Broele', 'Abonnement vakliteratuur', '1', 'st', '349'],
        ]),
      ],
    },
    {
      name: 'OCMW',
      tables: [
        table('ocmw.csv', [
          ['05/02/2025', 'Lyreco', 'Kopieerpapier A4', '8', 'doos', '188,00'],
          ['20/04/2025', 'Total Energies', 'Diesel', '800', 'liter', '1.408,00'],
        ]),
      ],
    },
  ]);
  const xlsx = await planToXlsx(result.plan, { tick: () => undefined });
  // And the readers: the workbook it just made, and a small CSV.
  await readTables('warm-up.xlsx', xlsx, { tick: () => undefined });
  await readTables('warm-up.csv', new TextEncoder().encode('Datum;Omschrijving;Bedrag\r\n02/01/2025;"Papier; A4";12,50\r\n'), {
    tick: () => undefined,
  });
}
