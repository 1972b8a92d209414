import fc from 'fast-check';
import { analyze } from '../../src/engine/analyze';
import { excelSerialToIso, isoToExcelSerial, parseAmount, parseDate } from '../../src/engine/read/values';
import { readCsv } from '../../src/gateway/files/read';
import { amountStyle, cents, csvBytes, csvCase, expectedRows, formatCents, isoDate, runOptions, snapshots, tableRows } from './arbitraries';
import { checkReconciled, checkRowsAccounted, checkRun } from './checks';
import { runAnalysis } from '../../src/app/analyze-sources';

const RUNS = Number(process.env.TANDEM_PROPERTY_RUNS ?? 200);

describe('every input row is accounted for exactly once', () => {
  it('in generated tables: lines + skipped + rejected = rows, no row twice', () => {
    fc.assert(
      fc.property(snapshots, (snaps) => {
        const analysis = analyze(snaps);
        expect(checkRowsAccounted(analysis, snaps)).toEqual([]);
        const rows = snaps.reduce((n, s) => n + s.tables.reduce((m, t) => m + t.rows.length, 0), 0);
        expect(analysis.lines.length + analysis.skipped.length + analysis.rejected.length).toBe(rows);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('totals reconcile to the cent', () => {
  it('per table: amount column − totals rows = sum of lines; categories and report agree', () => {
    fc.assert(
      fc.property(snapshots, (snaps) => {
        const result = runAnalysis(snaps.map((s) => ({ name: s.name, tables: s.tables })));
        expect(checkReconciled(result)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('number parsing round-trips', () => {
  it('a cents value written in Belgian or English style, with or without thousands separators, negative as exports write it', () => {
    fc.assert(
      fc.property(cents, amountStyle, (c, style) => {
        const text = formatCents(c, style);
        const r = parseAmount(text, style.decimal);
        expect(r).toEqual({ ok: true, cents: c });
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('a number cell gives its cents back', () => {
    fc.assert(
      fc.property(cents, (c) => {
        expect(parseAmount(c / 100)).toEqual({ ok: true, cents: c });
      }),
      { numRuns: RUNS },
    );
  });

  it('never reads an amount it cannot hold exactly', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.string(), fc.stringMatching(/^-?[0-9.,]{1,40}$/)), (v) => {
        const r = parseAmount(v);
        if (r.ok) expect(Number.isSafeInteger(r.cents)).toBe(true);
      }),
      { numRuns: RUNS * 3 },
    );
  });
});

describe('date parsing round-trips', () => {
  it('ISO → dd/mm/yyyy text → parseDate', () => {
    fc.assert(
      fc.property(isoDate, fc.constantFrom('/', '-', '.'), (iso, sep) => {
        const text = `${iso.slice(8, 10)}${sep}${iso.slice(5, 7)}${sep}${iso.slice(0, 4)}`;
        expect(parseDate(text)).toBe(iso);
        expect(parseDate(iso)).toBe(iso);
      }),
      { numRuns: RUNS },
    );
  });

  it('Excel serial ↔ ISO, including the dates before Excel’s phantom 29 February 1900', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_958_465 }), (serial) => {
        const iso = excelSerialToIso(serial);
        if (serial === 60) {
          expect(iso).toBeNull(); // 1900-02-29 does not exist
          return;
        }
        expect(iso).not.toBeNull();
        expect(isoToExcelSerial(iso!)).toBe(serial);
      }),
      { numRuns: RUNS },
    );
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(45658)).toBe('2025-01-01');
  });

  it('a date cell stored as a serial reads as its ISO date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20_001, max: 79_999 }), (serial) => {
        expect(parseDate(serial)).toBe(excelSerialToIso(serial));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('raw CSV reads back as written', () => {
  it('any separator, line end, BOM, encoding, quoted separators and newlines: the cells and their rows', () => {
    fc.assert(
      fc.property(csvCase, (c) => {
        const table = readCsv('x.csv', csvBytes(c));
        expect(table.rows).toEqual(expectedRows(c));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the CSV separator is found', () => {
  // A Belgian `;` export whose every description holds commas, and whose amounts have decimal
  // commas: the commas split every data line consistently, but never the header.
  const belgian = fc.record({
    columns: fc.array(fc.constantFrom('date', 'text', 'amount'), { minLength: 2, maxLength: 6 }),
    commas: fc.integer({ min: 0, max: 5 }),
    rows: fc.integer({ min: 1, max: 25 }),
    delimiter: fc.constantFrom(';', '\t', '|'),
    titles: fc.integer({ min: 0, max: 2 }),
    /** Rows that leave out their empty trailing fields, as some exporters do (at least two fields kept). */
    ragged: fc.array(fc.integer({ min: 2, max: 6 }), { maxLength: 25 }),
  });
  const NAMES: Record<string, string> = { date: 'Datum', text: 'Omschrijving', amount: 'Bedrag' };

  it('when every description holds commas and every amount a decimal comma', () => {
    fc.assert(
      fc.property(belgian, cents, ({ columns, commas, rows, delimiter, titles, ragged }, c) => {
        const header = columns.map((k, i) => `${NAMES[k]} ${i + 1}`);
        const text = (i: number) => ['Papier', ...Array.from({ length: commas }, (_, j) => ` deel ${j + i}`)].join(',');
        const cell = (k: string, i: number) =>
          k === 'date'
            ? '03/01/2025'
            : k === 'text'
              ? text(i)
              : formatCents(c + i, { decimal: 'comma', thousands: false, negative: 'trailing', currency: 'none' });
        const lines = [
          ...Array.from({ length: titles }, (_, i) => `Export, OCMW Testdorp, blad ${i + 1}`),
          header.join(delimiter),
          ...Array.from({ length: rows }, (_, i) =>
            columns
              .map((k) => cell(k, i))
              .slice(0, i > 0 ? (ragged[i] ?? columns.length) : columns.length)
              .join(delimiter),
          ),
        ];
        const table = readCsv('x.csv', new TextEncoder().encode(lines.join('\r\n')));
        expect(table.rows[titles]).toEqual(header);
        expect(table.rows[titles + 1]).toEqual(columns.map((k) => cell(k, 0)));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('an English export is not taken for a Belgian one', () => {
  it('commas between fields, decimal points, semicolons in titles and descriptions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 2 }), cents, (rows, titles, c) => {
        const lines = [
          ...Array.from({ length: titles }, (_, i) => `Purchase ledger; council; page ${i + 1}`),
          'Date,Supplier,Description,Amount',
          ...Array.from(
            { length: rows },
            (_, i) =>
              `2025-01-0${(i % 9) + 1},ACME Ltd,Paper; A4; white,${formatCents(c + i, { decimal: 'dot', thousands: false, negative: 'minus', currency: 'none' })}`,
          ),
        ];
        const table = readCsv('x.csv', new TextEncoder().encode(lines.join('\n')));
        expect(table.rows[titles]).toEqual(['Date', 'Supplier', 'Description', 'Amount']);
        expect(table.rows[titles + 1]?.[2]).toBe('Paper; A4; white');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the report is deterministic and no input makes the engine throw', () => {
  it('analysis, savings, report and write plan: twice the same, never a throw', () => {
    fc.assert(
      fc.property(snapshots, runOptions, (snaps, options) => {
        const { problems } = checkRun(snaps, options);
        expect(problems).toEqual([]);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('a table of anything, alone or beside another', () => {
    fc.assert(
      fc.property(tableRows, tableRows, (a, b) => {
        const snaps = [
          { name: 'A', tables: [{ file: 'a.xlsx', sheet: 'Blad1', rows: a }] },
          { name: 'B', tables: [{ file: 'b.csv', sheet: 'b.csv', rows: b }] },
        ];
        expect(checkRun(snaps).problems).toEqual([]);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
