/**
 * The catalogue of broken input: each kind of bad file or argument, run through the CLI. A source
 * that cannot be used gets exit 2 and one line naming the file and the problem, in the user's
 * language, never a stack trace; where the rest of a source can be used, the analysis runs and the
 * bad rows are listed in `rejected` (row, column, reason) and on the Controle sheet.
 */
import JSZip from 'jszip';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cp1252, expectOneLine, goodSource, put, readJson, run, sheetRows, tempDir } from './support';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0), 0]);
/** An OLE compound file as Excel writes it, with the directory's stream names in it. */
const cfb = (...streams: string[]) => Uint8Array.from([...CFB_MAGIC, ...new Array<number>(504).fill(0), ...streams.flatMap(utf16)]);

const HEADER = 'Datum;Leverancier;Omschrijving;Bedrag';

describe('files that cannot be used: exit 2, one line naming the file and the problem', () => {
  const dir = tempDir();
  const good = goodSource(dir);
  const analyze = (file: string, ...more: string[]) =>
    run(['analyze', '--source', `Gemeente=${good}`, '--source', `OCMW=${file}`, ...more]);

  it('a missing file', async () => {
    const f = join(dir, 'er-niet.csv');
    const r = await analyze(f);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${f}: bestand niet gevonden`);
    expectOneLine(r);
    expect((await analyze(f, '--lang', 'en')).err).toBe(`${f}: file not found`);
  });

  it('an empty file, and a CSV of blank lines only', async () => {
    const empty = put(dir, 'leeg.xlsx', '');
    const r = await analyze(empty);
    expect([r.code, r.err]).toEqual([2, `${empty}: het bestand is leeg`]);
    expectOneLine(r);
    const blank = put(dir, 'blanco.csv', '\r\n;;;\r\n\r\n');
    const b = await analyze(blank, '--lang', 'fr');
    expect([b.code, b.err]).toEqual([2, `${blank} : le fichier est vide`]);
  });

  it('random bytes named .xlsx', async () => {
    const f = put(
      dir,
      'willekeurig.xlsx',
      Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256),
    );
    const r = await analyze(f);
    expect([r.code, r.err]).toEqual([
      2,
      `${f}: dit is geen leesbare Excel-werkmap (.xlsx); de inhoud is geen werkmap (een ander bestand met een .xlsx-naam, of een beschadigde kopie)`,
    ]);
    expectOneLine(r);
    expect((await analyze(f, '--lang', 'en')).err).toBe(
      `${f}: this is not a readable Excel workbook (.xlsx); its content is no workbook (another file named .xlsx, or a damaged copy)`,
    );
  });

  it('a zip that is no workbook, and an OpenDocument spreadsheet', async () => {
    const zip = put(dir, 'archief.xlsx', await new JSZip().file('notities.txt', 'geen werkmap').generateAsync({ type: 'uint8array' }));
    const r = await analyze(zip);
    expect([r.code, r.err]).toEqual([2, `${zip}: dit is een zip-bestand, maar geen Excel-werkmap (.xlsx)`]);
    expectOneLine(r);
    const ods = put(
      dir,
      'rekenblad.xlsx',
      await new JSZip()
        .file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet')
        .file('content.xml', '<x/>')
        .generateAsync({ type: 'uint8array' }),
    );
    expect((await analyze(ods, '--lang', 'en')).err).toBe(`${ods}: this is an OpenDocument spreadsheet (.ods); save it as .xlsx or .csv`);
  });

  it('a password-protected workbook (an OLE file holding EncryptedPackage)', async () => {
    const f = put(dir, 'beveiligd.xlsx', cfb('EncryptionInfo', 'EncryptedPackage'));
    const r = await analyze(f);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${f}: de werkmap is met een wachtwoord beveiligd; sla ze in Excel op zonder wachtwoord en probeer opnieuw`);
    expectOneLine(r);
    expect((await analyze(f, '--lang', 'fr')).err).toBe(
      `${f} : le classeur est protégé par mot de passe ; enregistrez-le dans Excel sans mot de passe et réessayez`,
    );
  });

  it('an old .xls workbook, and an OLE file Tandem cannot tell apart', async () => {
    const xls = put(dir, 'oud.xls', cfb('Workbook', 'SummaryInformation'));
    expect((await analyze(xls)).err).toBe(
      `${xls}: de werkmap is in het oude .xls-formaat; sla ze in Excel op als .xlsx en probeer opnieuw`,
    );
    const bare = put(dir, 'ole.xlsx', cfb());
    const r = await analyze(bare);
    expect([r.code, r.err]).toEqual([
      2,
      `${bare}: de werkmap is met een wachtwoord beveiligd of in het oude .xls-formaat; sla ze op als .xlsx zonder wachtwoord`,
    ]);
  });

  it('binary content in a .csv', async () => {
    const f = put(dir, 'binair.csv', Uint8Array.from([0x42, 0x00, 0x01, 0xff, 0x00, 0x10, 0x42, 0x42]));
    const r = await analyze(f);
    expect([r.code, r.err]).toEqual([2, `${f}: dit is geen tekstbestand (CSV); kies een export als .csv of .xlsx`]);
  });

  it('a sheet with headers only: no purchase lines is no analysis (exit 2), said as such', async () => {
    // A finance officer would not want a comparison in which one administration silently counts
    // for nothing: an export with only its header is an empty export or a wrong period.
    const f = put(dir, 'alleen-kop.csv', `OCMW Testdorp - aankopen 2025\n\n${HEADER}\n`);
    const r = await analyze(f);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${f}: geen aankooplijnen onder de kopregel (rij 3); is de export leeg of de periode verkeerd gekozen?`);
    expectOneLine(r);
    expect((await analyze(f, '--lang', 'en')).err).toBe(
      `${f}: no purchase lines under the header (row 3); is the export empty or the period wrongly chosen?`,
    );
  });

  it('one month with headers only in a folder of months: the others are read, that month counts 0 lines', async () => {
    const folder = join(dir, 'maanden');
    mkdirSync(folder);
    put(folder, '2025-01.csv', `${HEADER}\n05/01/2025;Colruyt;Koffie;45,00\n`);
    put(folder, '2025-02.csv', `${HEADER}\n`);
    const json = join(dir, 'maanden.json');
    const r = await run(['analyze', '--source', `Gemeente=${good}`, '--source', `OCMW=${folder}`, '--json', json]);
    expect(r.code).toBe(0);
    const ocmw = readJson(json).sources[1]!;
    expect(ocmw.tables!.map((t) => [t.sheet, t.lines])).toEqual([
      ['2025-01.csv', 1],
      ['2025-02.csv', 0],
    ]);
  });

  it('a column of amounts none of which can be read', async () => {
    const f = put(dir, 'onleesbaar.csv', `${HEADER}\n05/01/2025;Colruyt;Koffie;abc\n06/01/2025;Colruyt;Thee;n.v.t.\n`);
    const r = await analyze(f);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${f}: geen enkel bedrag in kolom D ("Bedrag") is leesbaar (2 rijen afgewezen, bv. rij 2: "abc")`);
    expectOneLine(r);
  });

  it('no amount column', async () => {
    const f = put(dir, 'adressen.csv', 'Naam;Adres;Gemeente\nJan;Kerkstraat 1;Testdorp\n');
    const r = await analyze(f);
    expect([r.code, r.err]).toEqual([2, `${f} (blad adressen.csv): geen kolom met bedragen gevonden`]);
    expectOneLine(r);
    expect((await analyze(f, '--lang', 'fr')).err).toBe(`${f} (feuille adressen.csv) : aucune colonne de montants trouvée`);
  });

  it('a quote that never closes: the rest of the file would vanish into one cell, so the row is named', async () => {
    const f = put(
      dir,
      'open-quote.csv',
      `${HEADER}\n03/01/2025;Lyreco;"Papier A4;12,00\n04/01/2025;Lyreco;Pennen;3,00\n05/01/2025;Colruyt;Koffie;4,00\n`,
    );
    const r = await analyze(f);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `${f}: rij 2 opent een aanhalingsteken (") dat nergens sluit, zodat de rest van het bestand in één cel zou vallen; herstel die rij of exporteer opnieuw`,
    );
    expectOneLine(r);
  });
});

describe('files whose rest can be used: exit 0, bad rows in `rejected` and on Controle', () => {
  const dir = tempDir();
  const good = goodSource(dir);
  const analyze = async (file: string, ...more: string[]) => {
    const stem = file.replace(/\.[^.]+$/, '');
    const r = await run([
      'analyze',
      '--source',
      `Gemeente=${good}`,
      '--source',
      `OCMW=${file}`,
      '--out',
      `${stem}.out.xlsx`,
      '--json',
      `${stem}.json`,
      ...more,
    ]);
    return { ...r, json: `${stem}.json`, xlsx: `${stem}.out.xlsx` };
  };
  const ocmwLines = (json: string) => readJson(json).lines.filter((l) => l.administration === 'OCMW');

  it('Windows-1252 CSV with € and accents: amounts and text read right', async () => {
    const f = put(
      dir,
      'win1252.csv',
      cp1252(
        'Date;Fournisseur;Libellé;Montant HTVA\r\n' +
          '03/01/2025;Société Générale d’Électricité;Électricité – février;€ 1.234,56\r\n' +
          '04/01/2025;Café Noël;Café crème, thé & œufs;€ 78,90\r\n',
      ),
    );
    const r = await analyze(f);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(ocmwLines(r.json).map((l) => [l.row, l.supplier, l.description, l.amount])).toEqual([
      [2, 'Société Générale d’Électricité', 'Électricité – février', 1234.56],
      [3, 'Café Noël', 'Café crème, thé & œufs', 78.9],
    ]);
  });

  it('ragged rows: a short row is rejected with its row and column, a long row is read', async () => {
    const f = put(
      dir,
      'ragged.csv',
      `${HEADER}\n03/01/2025;Lyreco\n04/01/2025;Lyreco;Pennen;3,00;extra;nog een\n05/01/2025;Colruyt;Koffie;4,00\n`,
    );
    const r = await analyze(f);
    expect(r.code).toBe(0);
    expect(ocmwLines(r.json).map((l) => [l.row, l.description, l.amount])).toEqual([
      [3, 'Pennen', 3],
      [4, 'Koffie', 4],
    ]);
    expect(readJson(r.json).rejected).toEqual([
      expect.objectContaining({
        administration: 'OCMW',
        row: 2,
        column: 'D',
        columnHeader: 'Bedrag',
        code: 'amount-missing',
        reason: 'Bedrag ontbreekt in kolom "Bedrag"',
      }),
    ]);
    const control = await sheetRows(r.xlsx, 'Controle');
    expect(control).toContainEqual(
      expect.arrayContaining(['OCMW', f, 'ragged.csv', 2, 'D (Bedrag)', 'Bedrag ontbreekt in kolom "Bedrag"']),
    );
  });

  it('quoted separators and newlines inside quotes: rows are those Excel shows', async () => {
    // Row 2 spans physical lines 2–3; Excel shows it as one row, so the bad amount on line 5 is row 4.
    const f = put(
      dir,
      'quotes.csv',
      `${HEADER}\n03/01/2025;"Lyreco; Belgium";"Papier A4\nwit, 80 g";12,00\n04/01/2025;Colruyt;"Koffie ""Arabica""";4,00\n05/01/2025;Colruyt;Thee;abc\n`,
    );
    const r = await analyze(f);
    expect(r.code).toBe(0);
    expect(ocmwLines(r.json).map((l) => [l.row, l.supplier, l.description, l.amount])).toEqual([
      [2, 'Lyreco; Belgium', 'Papier A4\nwit, 80 g', 12],
      [3, 'Colruyt', 'Koffie "Arabica"', 4],
    ]);
    expect(readJson(r.json).rejected.map((x) => [x.administration, x.row, x.column, x.code, x.value])).toEqual([
      ['OCMW', 4, 'D', 'amount-unreadable', 'abc'],
    ]);
  });

  it('a 1 MB cell in a description: the line is kept, the text cut to an Excel cell’s 32,767 characters, and said', async () => {
    const big = `${'kopieerpapier '.repeat(75_000)}A4`; // 1,050,002 characters
    const f = put(dir, 'big.csv', `${HEADER}\n03/01/2025;Lyreco;${big};12,00\n04/01/2025;Lyreco;Pennen;3,00\n`);
    const started = Date.now();
    const r = await analyze(f);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.code).toBe(0);
    const lines = ocmwLines(r.json);
    expect(lines.map((l) => [l.row, l.amount])).toEqual([
      [2, 12],
      [3, 3],
    ]);
    expect(lines[0]!.description).toHaveLength(32_767);
    expect(readJson(r.json).warnings).toContainEqual(
      expect.objectContaining({
        administration: 'OCMW',
        row: 2,
        message: expect.stringContaining('telt 1050002 tekens; ingekort tot 32767'),
      }),
    );
    const lijnen = await sheetRows(r.xlsx, 'Lijnen');
    const longest = Math.max(...lijnen.flatMap((row) => (row ?? []).map((v) => (typeof v === 'string' ? v.length : 0))));
    expect(longest).toBe(32_767);
  });

  it('control characters and U+FFFF in a source text: dropped, so the written workbook still opens', async () => {
    const f = put(dir, 'controle-tekens.csv', `${HEADER}\n03/01/2025;Lyreco\u0001;Papier\uffff A4\u0008;12,00\n`);
    const r = await analyze(f);
    expect(r.code).toBe(0);
    expect(ocmwLines(r.json).map((l) => [l.supplier, l.description])).toEqual([['Lyreco', 'Papier A4']]);
    const lijnen = await sheetRows(r.xlsx, 'Lijnen');
    expect(lijnen).toContainEqual(expect.arrayContaining(['OCMW', 'Lyreco', 'Papier A4']));
  });

  it('amounts `abc`, empty, `1.234,56-`, `(12,50)`: two rejected with row, column and reason, two credits read', async () => {
    const f = put(
      dir,
      'amounts.csv',
      `${HEADER}\n03/01/2025;Lyreco;Papier;abc\n04/01/2025;Lyreco;Pennen;\n05/01/2025;Engie;Creditnota elektriciteit;1.234,56-\n06/01/2025;Colruyt;Retour koffie;(12,50)\n`,
    );
    const r = await analyze(f);
    expect(r.code).toBe(0);
    expect(ocmwLines(r.json).map((l) => [l.row, l.amount])).toEqual([
      [4, -1234.56],
      [5, -12.5],
    ]);
    const rejected = readJson(r.json).rejected.map((x) => [x.row, x.column, x.code, x.reason]);
    expect(rejected).toEqual([
      [2, 'D', 'amount-unreadable', 'Bedrag "abc" in kolom "Bedrag" is geen getal'],
      [3, 'D', 'amount-missing', 'Bedrag ontbreekt in kolom "Bedrag"'],
    ]);
    const control = await sheetRows(r.xlsx, 'Controle');
    expect(control).toContainEqual(
      expect.arrayContaining(['OCMW', 2, 'D (Bedrag)', 'Bedrag "abc" in kolom "Bedrag" is geen getal', 'abc']),
    );
    expect(control).toContainEqual(expect.arrayContaining(['OCMW', 3, 'D (Bedrag)', 'Bedrag ontbreekt in kolom "Bedrag"']));
    // The command line lists them too, with row and column.
    expect(r.out).toContain('OCMW (amounts.csv, rij 2, kolom D): Bedrag "abc" in kolom "Bedrag" is geen getal');
  });

  it('an amount of ten billion or more is rejected as a number in the wrong column, said so, not as "no number"', async () => {
    const f = put(dir, 'huge.csv', `${HEADER}\n03/01/2025;Lyreco;Papier;12345678901234567\n04/01/2025;Lyreco;Pennen;12,50\n`);
    const r = await analyze(f);
    expect(r.code).toBe(0);
    expect(ocmwLines(r.json).map((l) => [l.row, l.amount])).toEqual([[3, 12.5]]);
    expect(readJson(r.json).rejected.map((x) => [x.row, x.column, x.code, x.reason])).toEqual([
      [
        2,
        'D',
        'amount-too-large',
        'Bedrag "12345678901234567" in kolom "Bedrag" is tien miljard of meer: eerder een nummer dan een bedrag',
      ],
    ]);
  });

  it('impossible dates: the line is kept without a date, the warning lists the row', async () => {
    const f = put(
      dir,
      'dates.csv',
      `${HEADER}\n31/02/2025;Lyreco;Papier;12,00\n00/13/2025;Lyreco;Pennen;3,00\n05/01/2025;Colruyt;Koffie;4,00\n`,
    );
    const r = await analyze(f, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(ocmwLines(r.json).map((l) => [l.row, l.date, l.amount])).toEqual([
      [2, null, 12],
      [3, null, 3],
      [4, '2025-01-05', 4],
    ]);
    expect(readJson(r.json).warnings.map((w) => [w.administration, w.row, w.message])).toEqual([
      ['OCMW', 2, 'Date "31/02/2025" cannot be read; the line counts without a date'],
      ['OCMW', 3, 'Date "00/13/2025" cannot be read; the line counts without a date'],
    ]);
    const control = await sheetRows(r.xlsx, 'Checks');
    expect(control).toContainEqual(expect.arrayContaining(['OCMW', 2, 'Date "31/02/2025" cannot be read; the line counts without a date']));
  });

  it('duplicated headers: which `Bedrag` is read is fixed (the one whose values read as amounts, else the leftmost) and said', async () => {
    const f = put(
      dir,
      'dubbel.csv',
      'Datum;Bedrag;Leverancier;Omschrijving;Bedrag\n03/01/2025;12,00;Lyreco;Papier;14,52\n04/01/2025;3,00;Lyreco;Pennen;3,63\n',
    );
    const first = await analyze(f);
    expect(first.code).toBe(0);
    const report = readJson(first.json);
    expect(report.sources[1]!.mapping.amount).toEqual(expect.objectContaining({ column: 'B', header: 'Bedrag' }));
    expect(ocmwLines(first.json).map((l) => l.amount)).toEqual([12, 3]);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        administration: 'OCMW',
        row: 1,
        message: 'Kolommen B, E heten allemaal "Bedrag"; kolom B is gelezen als bedrag excl. btw',
      }),
    );
    expect(first.out).toContain('OCMW (dubbel.csv, rij 1): Kolommen B, E heten allemaal "Bedrag"');
    // The same file gives the same choice, every time.
    const again = await analyze(f);
    expect(readFileSync(again.json, 'utf8')).toBe(readFileSync(first.json, 'utf8'));
    // An empty first column of that name gives way to the one with amounts.
    const g = put(
      dir,
      'dubbel-leeg.csv',
      'Datum;Bedrag;Leverancier;Omschrijving;Bedrag\n03/01/2025;;Lyreco;Papier;14,52\n04/01/2025;;Lyreco;Pennen;3,63\n',
    );
    const r = await analyze(g);
    expect(readJson(r.json).sources[1]!.mapping.amount).toEqual(expect.objectContaining({ column: 'E' }));
    expect(ocmwLines(r.json).map((l) => l.amount)).toEqual([14.52, 3.63]);
  });
});

describe('arguments that cannot be used', () => {
  const dir = tempDir();
  const good = goodSource(dir);
  const other = put(dir, 'ocmw.csv', `${HEADER}\n05/01/2025;Colruyt;Koffie;45,00\n`);

  it('the same source name twice', async () => {
    const r = await run(['analyze', '--source', `OCMW=${good}`, '--source', `ocmw=${other}`]);
    expect([r.code, r.err]).toEqual([2, 'De bronnaam "ocmw" komt twee keer voor; geef elke bron een eigen naam']);
    expectOneLine(r);
  });

  it('the same file under two names', async () => {
    const r = await run(['analyze', '--source', `Gemeente=${good}`, '--source', `OCMW=${join(dir, '.', 'gemeente.csv')}`, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `${join(dir, 'gemeente.csv')}: the same file is given as two sources (Gemeente and OCMW); give each administration its own export`,
    );
    expectOneLine(r);
  });

  it('an output path that is one of the inputs: refused, the source untouched', async () => {
    const before = readFileSync(other);
    for (const flag of ['--out', '--json']) {
      const r = await run(['analyze', '--source', `Gemeente=${good}`, '--source', `OCMW=${other}`, flag, other]);
      expect([r.code, r.err]).toEqual([2, `${other}: het uitvoerbestand is ook een bron; bronnen worden nooit overschreven`]);
      expectOneLine(r);
    }
    expect(readFileSync(other)).toEqual(before);
  });

  it('an output workbook inside a source folder (the next run would read it as a source)', async () => {
    const folder = join(dir, 'exports');
    mkdirSync(folder);
    put(folder, 'jan.csv', `${HEADER}\n05/01/2025;Colruyt;Koffie;45,00\n`);
    const out = join(folder, 'tandem.xlsx');
    const r = await run(['analyze', '--source', `Gemeente=${good}`, '--source', `OCMW=${folder}`, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `${out}: het uitvoerbestand staat in de bronmap ${folder}, zodat een volgende analyse het als bron zou lezen; kies een andere map`,
    );
  });

  it('--out and --json naming one file', async () => {
    const f = join(dir, 'beide');
    const r = await run(['analyze', '--source', `Gemeente=${good}`, '--out', f, '--json', f]);
    expect([r.code, r.err]).toEqual([2, `${f}: --out en --json wijzen naar hetzelfde bestand; kies twee verschillende bestanden`]);
  });

  it('an unknown option or a missing value, in the user’s language', async () => {
    const r = await run(['analyze', '--lang', 'fr', '--bron', 'x']);
    expect([r.code, r.err]).toEqual([2, 'Option inconnue « --bron » ; voir tandem --help']);
    const v = await run(['analyze', '--source', `A=${good}`, '--out']);
    expect([v.code, v.err]).toEqual([2, 'De optie "--out" heeft een waarde nodig; zie tandem --help']);
  });

  it('a date that does not exist', async () => {
    const r = await run(['analyze', '--source', `A=${good}`, '--date', '2025-02-30']);
    expect([r.code, r.err]).toEqual([2, 'Datum "2025-02-30" moet een bestaande datum van de vorm JJJJ-MM-DD zijn']);
  });
});

describe('outputs that cannot be written: exit 2, one line, nothing half-written', () => {
  const dir = tempDir();
  const good = goodSource(dir);
  const other = put(dir, 'ocmw.csv', `${HEADER}\n05/01/2025;Colruyt;Koffie;45,00\n`);
  const analyze = (...more: string[]) => run(['analyze', '--source', `Gemeente=${good}`, '--source', `OCMW=${other}`, ...more]);

  it('a read-only output: a folder that refuses writes, or (as root, whom chmod does not stop) a path whose parent is a file', async () => {
    const locked = join(dir, 'alleen-lezen');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    let blocked = false;
    try {
      writeFileSync(join(locked, 'probe'), 'x');
    } catch {
      blocked = true;
    }
    chmodSync(locked, 0o755);
    // Tests often run as root, for whom chmod blocks nothing; a parent that is a file fails for everyone.
    const parentIsFile = put(dir, 'een-bestand', 'geen map');
    const out = blocked ? join(locked, 'tandem.xlsx') : join(parentIsFile, 'tandem.xlsx');
    if (blocked) chmodSync(locked, 0o555);
    try {
      const r = await analyze('--out', out);
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        blocked
          ? `${out}: kan niet geschreven worden (geen toegang: het bestand of de map is alleen-lezen, of het bestand is open in een ander programma)`
          : `${out}: kan niet geschreven worden (een deel van het pad is een bestand, geen map)`,
      );
      expectOneLine(r);
      const fr = await analyze('--out', join(parentIsFile, 'x.json'), '--lang', 'fr');
      expect(fr.err).toBe(`${join(parentIsFile, 'x.json')} : écriture impossible (une partie du chemin est un fichier, pas un dossier)`);
    } finally {
      chmodSync(locked, 0o755);
    }
  });

  it('an output that is a folder', async () => {
    const folder = join(dir, 'map.xlsx');
    mkdirSync(folder);
    const r = await analyze('--out', folder, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${folder}: cannot be written (this is a folder, not a file)`);
    expect(statSync(folder).isDirectory()).toBe(true);
  });

  it('an existing workbook that is not Tandem’s is never overwritten', async () => {
    const theirs = put(dir, 'begroting.xlsx', readFileSync(join(__dirname, '..', '..', 'samples', 'gemeente-boekhouding.xlsx')));
    const before = readFileSync(theirs);
    const r = await analyze('--out', theirs);
    expect([r.code, r.err]).toEqual([2, `${theirs}: bestaat al en is geen werkmap van Tandem; kies een ander uitvoerbestand`]);
    expect(readFileSync(theirs)).toEqual(before);
  });
});
