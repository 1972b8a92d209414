import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'tandem-cli-'));
const csv = join(dir, 'ocmw.csv');
writeFileSync(csv, 'Datum;Leverancier;Omschrijving;Bedrag\n01/01/2025;Lyreco;Papier;12,00\n');

describe('the CLI says what is wrong in one line, with exit 2', () => {
  it('prints help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('tandem analyze --source NAAM=PAD');
  });

  it('names a missing file', async () => {
    const r = await run(['analyze', '--source', 'Gemeente=/nope/gemeente.xlsx', '--source', `OCMW=${csv}`]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('/nope/gemeente.xlsx: bestand niet gevonden');
  });

  it('speaks French and English when asked', async () => {
    expect((await run(['analyze', '--lang', 'fr', '--source', 'A=/nope.csv'])).err).toBe('/nope.csv : fichier introuvable');
    expect((await run(['analyze', '--lang', 'en', '--source', 'A=/nope.csv'])).err).toBe('/nope.csv: file not found');
  });

  it('refuses a source without a name', async () => {
    const r = await run(['analyze', '--source', csv]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('NAAM=PAD');
  });

  it('refuses the same source name twice', async () => {
    const r = await run(['analyze', '--source', `OCMW=${csv}`, '--source', `ocmw=${csv}`]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('"ocmw" komt twee keer voor');
  });

  it('never writes over a source', async () => {
    const before = readFileSync(csv, 'utf8');
    const r = await run(['analyze', '--source', `OCMW=${csv}`, '--out', csv]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('ook een bron');
    expect(readFileSync(csv, 'utf8')).toBe(before);
  });

  it('names a file without an amount column', async () => {
    const f = join(dir, 'adressen.csv');
    writeFileSync(f, 'Naam;Adres\nJan;Kerkstraat 1\n');
    const r = await run(['analyze', '--source', `A=${f}`]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${f} (blad adressen.csv): geen kolom met bedragen gevonden`);
  });

  it('names a file that is no workbook', async () => {
    const f = join(dir, 'kapot.xlsx');
    writeFileSync(f, Buffer.from([0x50, 0x4b, 3, 4, 9, 9, 9]));
    const r = await run(['analyze', '--source', `A=${f}`]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${f}: dit is geen leesbare Excel-werkmap (.xlsx)`);
    expect(r.err).not.toMatch(/at \w+ \(/);
  });
});
