import { parseArgs } from 'node:util';
import { runAnalysis, type NamedTables } from '../app/analyze-sources';
import type { Lang } from '../engine/model';
import { SourceError } from '../gateway/files/errors';
import { readSourcePath, samePath, writeFileAtomic } from '../gateway/files/node';
import { planToXlsx, readWorkbookForRerun } from '../gateway/files/write';
import { isTandemSheetName, readPreviousEdits } from '../engine/plan/edits';
import type { SourceTable } from '../engine/model';
import { promises as fs } from 'node:fs';
import { formatMoney, MESSAGES, type Messages } from '../i18n/messages';

const HELP = `tandem — vind wat besturen samen kunnen aankopen

Gebruik:
  tandem analyze --source NAAM=PAD[#BLAD] --source NAAM=PAD[#BLAD] [...]
                 [--out BESTAND.xlsx] [--json BESTAND.json] [--lang nl|fr|en]
                 [--central NAAM] [--council] [--date JJJJ-MM-DD] [--verbose]

  --source NAAM=PAD[#BLAD]  een bestuur en zijn export: .xlsx of .csv, of een map met zulke
                            bestanden; #BLAD kiest een blad van een werkmap (standaard het eerste)
  --out BESTAND.xlsx        schrijf de werkmap (Samenvatting, Toewijzing, Besparingen, Parameters,
                            Categorieën, Lijnen, Controle); bestaat ze al en schreef Tandem ze,
                            dan worden Tandems bladen vervangen en blijven uw invullingen
                            (Status, Opmerking, trekker, eigen categorie, parameters) bewaard
  --json BESTAND.json       schrijf het rapport als JSON (schema tandem.report/1)
  --lang nl|fr|en           taal van de bladen en meldingen (standaard nl)
  --central NAAM            een centrale aankoopdienst trekt de categorieën die een openbare of
                            Europese procedure vragen
  --council                 kopie voor de raad: zonder blad Lijnen en zonder omschrijvingen
  --date JJJJ-MM-DD         datum voor de aanbestedingsdrempels (standaard de laatste datum in de gegevens)
  --verbose                 toon technische details bij een fout
  --help                    deze hulp

Exitcodes: 0 de analyse liep (ook met afgewezen rijen); 2 een bron of argument is onbruikbaar.

Voorbeeld:
  tandem analyze --source Gemeente=samples/gemeente-boekhouding.xlsx \\
                 --source OCMW=samples/ocmw-aankopen.csv --out out/tandem.xlsx --json out/tandem.json
`;

/** A problem the user can fix: one line, exit code 2. */
class UsageError extends Error {}

interface SourceArg {
  name: string;
  path: string;
  sheet?: string;
}

function parseSource(arg: string, m: Messages): SourceArg {
  const eq = arg.indexOf('=');
  if (eq <= 0 || eq === arg.length - 1) throw new UsageError(m.usage.badSource(arg));
  const name = arg.slice(0, eq).trim();
  const rest = arg.slice(eq + 1);
  const hash = rest.lastIndexOf('#');
  return hash > 0 ? { name, path: rest.slice(0, hash), sheet: rest.slice(hash + 1) } : { name, path: rest };
}

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
}

export async function main(argv: string[], io: CliIO = { out: console.log, err: console.error }): Promise<number> {
  let lang: Lang = 'nl';
  let verbose = argv.includes('--verbose');
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        source: { type: 'string', multiple: true },
        out: { type: 'string' },
        json: { type: 'string' },
        lang: { type: 'string' },
        central: { type: 'string' },
        council: { type: 'boolean' },
        date: { type: 'string' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    verbose = !!values.verbose;
    if (values.lang !== undefined) {
      if (!['nl', 'fr', 'en'].includes(values.lang)) throw new UsageError(MESSAGES.nl.usage.unknownLang(values.lang));
      lang = values.lang as Lang;
    }
    const m = MESSAGES[lang];
    const command = positionals[0];
    if (values.help || command === undefined || command === 'help') {
      io.out(HELP);
      return 0;
    }
    if (command !== 'analyze') throw new UsageError(m.usage.unknownCommand(command));

    const sourceArgs = (values.source ?? []).map((s) => parseSource(s, m));
    if (sourceArgs.length === 0) throw new UsageError(m.usage.noSources);
    const seen = new Set<string>();
    for (const s of sourceArgs) {
      const key = s.name.toLowerCase();
      if (seen.has(key)) throw new UsageError(m.usage.duplicateName(s.name));
      seen.add(key);
    }
    for (const target of [values.out, values.json]) {
      if (target && sourceArgs.some((s) => samePath(s.path, target))) throw new UsageError(m.usage.outputIsInput(target));
    }

    if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError(m.usage.badDate(values.date));

    const sources: NamedTables[] = [];
    for (const s of sourceArgs) sources.push({ name: s.name, tables: await readSourcePath(s.path, s.sheet) });
    const previous = values.out ? await readPrevious(values.out, m) : undefined;
    const result = runAnalysis(sources, {
      lang,
      central: values.central,
      council: values.council,
      reportDate: values.date,
      previous: previous ? readPreviousEdits(previous.tables) : undefined,
    });
    const first = result.withoutAmounts[0];
    if (first) throw new UsageError(m.noAmountColumn(first.file, first.sheet));

    const { report } = result;
    const currency = report.sources[0]?.currency ?? 'EUR';
    for (const s of report.sources) {
      io.out(m.summary.source(s.name, s.tables ? `${s.tables.length} ×` : s.file, s.lines, s.skipped, s.rejected, formatMoney(s.total, lang, s.currency)));
    }
    io.out(m.summary.totals(report.summary.lines, report.summary.rejected, report.summary.categories, report.summary.sharedCategories));
    const yearly = report.summary.savingsPerYear;
    io.out(m.summary.savings(formatMoney(yearly.low!, lang, currency), formatMoney(yearly.expected!, lang, currency), formatMoney(yearly.high!, lang, currency)));
    const top = report.categories.filter((c) => c.shared).slice(0, 8);
    if (top.length) {
      io.out(m.summary.topShared);
      for (const c of top) io.out(`  ${c.name.padEnd(40)} ${formatMoney(c.total, lang, currency).padStart(16)}`);
    }
    if (values.out) await write(values.out, await planToXlsx(result.plan, previous?.bytes, isTandemSheetName), m);
    if (values.json) await write(values.json, `${JSON.stringify(report, null, 2)}\n`, m);
    for (const f of [values.out, values.json]) if (f) io.out(m.summary.wrote(f));
    return 0;
  } catch (e) {
    const m = MESSAGES[lang];
    if (e instanceof UsageError) {
      io.err(e.message);
      return 2;
    }
    if (e instanceof SourceError) {
      io.err(m.problem[e.problem](e.file, e.detail));
      if (verbose && e.detail) io.err(e.detail);
      return 2;
    }
    if (e instanceof TypeError && /ERR_PARSE_ARGS/.test(String((e as { code?: string }).code))) {
      io.err(e.message);
      return 2;
    }
    io.err(m.internal);
    if (verbose) io.err(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return 1;
  }
}

/** An existing `--out` workbook: Tandem's own is re-used (its edits kept); anything else is left alone. */
async function readPrevious(file: string, m: Messages): Promise<{ bytes: Uint8Array; tables: SourceTable[] } | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch {
    return undefined;
  }
  try {
    const { tandem, tables } = await readWorkbookForRerun(file, bytes);
    if (!tandem) throw new UsageError(m.usage.notTandem(file));
    return { bytes, tables };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(m.usage.notTandem(file));
  }
}

async function write(file: string, data: Uint8Array | string, m: Messages): Promise<void> {
  try {
    await writeFileAtomic(file, data);
  } catch (e) {
    throw new UsageError(m.usage.cannotWrite(file, e instanceof Error ? ((e as NodeJS.ErrnoException).code ?? e.message) : String(e)));
  }
}
