/**
 * Nothing lost on the command line's side: `--out` and `--json` go through a temporary file and a
 * rename, so a failed write leaves no half file and no temporary file, and an existing workbook
 * stays as it was; sources are never written.
 */
import { createHash } from 'node:crypto';
import { promises as fsp, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/gateway/files/node';
import { expectOneLine, goodSource, put, run, tempDir } from './support';

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Data that writes a first block and then fails, as a disk that fills up or a crash midway would. */
async function* failingHalfway(): AsyncGenerator<Uint8Array> {
  yield new Uint8Array(64 * 1024).fill(0x41);
  throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

describe('writeFileAtomic', () => {
  afterEach(() => jest.restoreAllMocks());

  it('writes the whole file and leaves no temporary file', async () => {
    const dir = tempDir();
    const file = join(dir, 'out', 'rapport.json');
    await writeFileAtomic(file, '{"ok":true}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"ok":true}\n');
    expect(readdirSync(join(dir, 'out'))).toEqual(['rapport.json']);
  });

  it('a write that fails halfway leaves no half file and no temporary file', async () => {
    const dir = tempDir();
    const file = join(dir, 'tandem.xlsx');
    await expect(writeFileAtomic(file, failingHalfway() as unknown as Uint8Array)).rejects.toThrow('disk full');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an existing file is untouched when the new write fails, at the write or at the rename', async () => {
    const dir = tempDir();
    const file = put(dir, 'tandem.xlsx', 'the earlier workbook');
    await expect(writeFileAtomic(file, failingHalfway() as unknown as Uint8Array)).rejects.toThrow('disk full');
    expect(readFileSync(file, 'utf8')).toBe('the earlier workbook');
    expect(readdirSync(dir)).toEqual(['tandem.xlsx']);

    jest.spyOn(fsp, 'rename').mockRejectedValueOnce(errno('EBUSY'));
    await expect(writeFileAtomic(file, 'the new workbook')).rejects.toMatchObject({ code: 'EBUSY' });
    expect(readFileSync(file, 'utf8')).toBe('the earlier workbook');
    expect(readdirSync(dir)).toEqual(['tandem.xlsx']);
  });
});

describe('the CLI never loses a workbook and never writes a source', () => {
  afterEach(() => jest.restoreAllMocks());
  const HEADER = 'Datum;Leverancier;Omschrijving;Bedrag';

  it('an existing Tandem workbook stays as it was when the new one cannot be written (open in Excel)', async () => {
    const dir = tempDir();
    const good = goodSource(dir);
    const other = put(dir, 'ocmw.csv', `${HEADER}\n05/01/2025;Colruyt;Koffie;45,00\n06/01/2025;Lyreco;Kopieerpapier;80,00\n`);
    const outDir = join(dir, 'uit');
    mkdirSync(outDir);
    const out = join(outDir, 'tandem.xlsx');
    const json = join(outDir, 'tandem.json');
    const args = ['analyze', '--source', `Gemeente=${good}`, '--source', `OCMW=${other}`, '--out', out, '--json', json];
    expect((await run(args)).code).toBe(0);
    const before = { xlsx: hash(out), json: hash(json) };

    // Excel on Windows holds a lock on an open workbook: the rename onto it fails with EBUSY.
    jest.spyOn(fsp, 'rename').mockRejectedValueOnce(errno('EBUSY'));
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `${out}: kan niet geschreven worden (het bestand is open in een ander programma (Excel?); sluit het en probeer opnieuw)`,
    );
    expectOneLine(r);
    expect({ xlsx: hash(out), json: hash(json) }).toEqual(before);
    expect(readdirSync(outDir).sort()).toEqual(['tandem.json', 'tandem.xlsx']);

    // With --verbose the technical detail follows, on further lines.
    jest.spyOn(fsp, 'rename').mockRejectedValueOnce(errno('EBUSY'));
    const v = await run([...args, '--verbose']);
    expect(v.errLines[0]).toBe(r.err);
    expect(v.errLines.length).toBeGreaterThan(1);
  });

  it('sources are never written: the same bytes before and after runs, re-runs and failed runs', async () => {
    const dir = tempDir();
    const good = goodSource(dir);
    const folder = join(dir, 'ocmw');
    mkdirSync(folder);
    const jan = put(folder, 'jan.csv', `${HEADER}\n05/01/2025;Colruyt;Koffie;45,00\n06/01/2025;Lyreco;Kopieerpapier;abc\n`);
    const feb = put(folder, 'feb.csv', `${HEADER}\n05/02/2025;Colruyt;Koffie;41,00\n`);
    const xlsx = join(__dirname, '..', '..', 'samples', 'gemeente-boekhouding.xlsx');
    const sources = [good, jan, feb, xlsx];
    const before = sources.map((f) => [hash(f), statSync(f).mtimeMs]);
    const out = join(dir, 'tandem.xlsx');
    const args = [
      'analyze',
      '--source',
      `Gemeente=${good}`,
      '--source',
      `OCMW=${folder}`,
      '--source',
      `AGB=${xlsx}`,
      '--out',
      out,
      '--json',
      join(dir, 't.json'),
    ];
    expect((await run(args)).code).toBe(0);
    expect((await run(args)).code).toBe(0); // a re-run over its own workbook
    expect((await run([...args.slice(0, 7), '--out', jan])).code).toBe(2);
    expect(sources.map((f) => [hash(f), statSync(f).mtimeMs])).toEqual(before);
  });
});
