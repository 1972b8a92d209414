import { parseArgs } from 'node:util';
import { runAnalysis, type NamedTables } from '../app/analyze-sources';
import type { Lang } from '../engine/model';
import { SourceError } from '../gateway/files/errors';
import { isFolder, isInside, readSourcePath, samePath, writeFileAtomic } from '../gateway/files/node';
import { baseName } from '../gateway/files/read';
import { planToXlsx, readWorkbookForRerun } from '../gateway/files/write';
import { NativeUnzipInflate, nativeZipEntry } from '../gateway/files/node-zip';
import { isTandemSheetName, readPreviousEdits, type PreviousEdits } from '../engine/plan/edits';
import { columnLetter, type SourceTable } from '../engine/model';
import type { SourceResult } from '../engine/analyze';
import { reportJson } from './report-json';
import { parseDate } from '../engine/read/values';
import { existsSync, promises as fs } from 'node:fs';
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

/** A problem the user can fix: one line, exit code 2. `detail` is shown only with --verbose. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly detail = '',
  ) {
    super(message);
  }
}

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
  // A `#` that is part of an existing file's name does not pick a sheet.
  if (hash <= 0 || existsSync(rest)) return { name, path: rest };
  return { name, path: rest.slice(0, hash), sheet: rest.slice(hash + 1) };
}

/** The language asked for, read before the arguments are parsed (so that an argument error speaks it too). */
function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value === 'nl' || value === 'fr' || value === 'en') return value;
  }
  return 'nl';
}

/** An error of node's argument parser in the user's words. */
function argumentError(e: unknown, m: Messages): UsageError | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return undefined;
  const message = e instanceof Error ? e.message : String(e);
  const option = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(m.usage.unknownOption(option), message);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new UsageError(m.usage.missingValue(option), message);
  return new UsageError(message);
}

/** A file system error code (`EACCES`) in words; anything else as it is. */
function reason(e: unknown, m: Messages): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code) return m.fsReason(code);
  return firstLine(e instanceof Error ? e.message : String(e));
}

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0] ?? '';
}

/** A source problem in one line: the closer words when the gateway could tell more. */
function describeSourceError(e: SourceError, m: Messages): string {
  if (e.hint) return m.hint[e.hint](e.file, e.row);
  const detail = /^E[A-Z]+$/.test(e.detail) ? m.fsReason(e.detail) : firstLine(e.detail);
  return m.problem[e.problem](e.file, e.problem === 'unreadable' ? detail : e.detail);
}

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** How many rejected rows and warnings the summary lists before it points to the sheet and the report. */
const LIST_AT_MOST = 5;

export async function main(argv: string[], io: CliIO = { out: console.log, err: console.error }): Promise<number> {
  let lang: Lang = langOf(argv);
  let verbose = argv.includes('--verbose');
  try {
    let parsed;
    try {
      parsed = parseArgs({
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
    } catch (e) {
      throw argumentError(e, MESSAGES[lang]) ?? e;
    }
    const { values, positionals } = parsed;
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
    // The same export under two names would make everything look shared.
    sourceArgs.forEach((s, i) => {
      const twin = sourceArgs.slice(0, i).find((t) => samePath(t.path, s.path) && (t.sheet ?? '') === (s.sheet ?? ''));
      if (twin) throw new UsageError(m.usage.sameFile(s.path, twin.name, s.name));
    });
    for (const target of [values.out, values.json]) {
      if (target && sourceArgs.some((s) => samePath(s.path, target))) throw new UsageError(m.usage.outputIsInput(target));
    }
    if (values.out && values.json && samePath(values.out, values.json)) throw new UsageError(m.usage.sameOutput(values.json));
    if (values.out) {
      for (const s of sourceArgs) {
        if ((await isFolder(s.path)) && isInside(s.path, values.out))
          throw new UsageError(m.usage.outputInSourceFolder(values.out, s.path));
      }
    }

    if (values.date !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(values.date) && parseDate(values.date) === values.date)) {
      throw new UsageError(m.usage.badDate(values.date));
    }

    const sources: NamedTables[] = [];
    for (const s of sourceArgs) sources.push({ name: s.name, tables: await readSourcePath(s.path, s.sheet) });
    const previous = values.out ? await readPrevious(values.out, m) : undefined;
    const result = runAnalysis(sources, {
      lang,
      central: values.central,
      council: values.council,
      reportDate: values.date,
      previous: previous?.edits,
    });
    const first = result.withoutAmounts[0];
    if (first) throw new UsageError(m.noAmountColumn(first.file, first.sheet));
    result.analysis.sources.forEach((src, s) => {
      const problem = withoutLines(src, sources[s]!, sourceArgs[s]!.path, m);
      if (problem) throw new UsageError(problem);
    });

    const { report } = result;
    const currency = report.sources[0]?.currency ?? 'EUR';
    for (const s of report.sources) {
      io.out(
        m.summary.source(
          s.name,
          s.tables ? `${s.tables.length} ×` : s.file,
          s.lines,
          s.skipped,
          s.rejected,
          formatMoney(s.total, lang, s.currency),
        ),
      );
    }
    io.out(m.summary.totals(report.summary.lines, report.summary.rejected, report.summary.categories, report.summary.sharedCategories));
    const notPurchases = report.summary.notPurchases;
    if (notPurchases.lines > 0) io.out(m.summary.notPurchases(notPurchases.lines, formatMoney(notPurchases.spend, lang, currency)));
    const yearly = report.summary.savingsPerYear;
    io.out(
      m.summary.savings(
        formatMoney(yearly.low!, lang, currency),
        formatMoney(yearly.expected!, lang, currency),
        formatMoney(yearly.high!, lang, currency),
      ),
    );
    const top = report.categories.filter((c) => c.shared).slice(0, 8);
    if (top.length) {
      io.out(m.summary.topShared);
      for (const c of top) io.out(`  ${fitName(c.name, NAME_COLUMN)} ${formatMoney(c.total, lang, currency).padStart(16)}`);
    }
    if (report.rejected.length) {
      io.out(m.summary.rejectedRows(report.rejected.length));
      for (const r of report.rejected.slice(0, LIST_AT_MOST))
        io.out(m.summary.rejectedRow(r.administration, baseName(r.file), r.row, r.column, r.reason));
      if (report.rejected.length > LIST_AT_MOST) io.out(m.summary.more(report.rejected.length - LIST_AT_MOST));
    }
    if (report.warnings.length) {
      io.out(m.summary.warnings(report.warnings.length));
      for (const w of report.warnings.slice(0, LIST_AT_MOST))
        io.out(m.summary.warning(w.administration, baseName(w.file), w.row, w.message));
      if (report.warnings.length > LIST_AT_MOST) io.out(m.summary.more(report.warnings.length - LIST_AT_MOST));
    }
    // Both outputs are made before either is written: a failure while making one writes neither.
    // The JSON is made while zlib's threads finish compressing the workbook.
    let json: Buffer | undefined;
    const makeJson = () => {
      if (values.json) json = reportJson(report);
    };
    const xlsx = values.out
      ? await planToXlsx(result.plan, {
          previous: previous?.bytes,
          isOwnSheet: isTandemSheetName,
          zipEntry: nativeZipEntry,
          meanwhile: makeJson,
        })
      : undefined;
    if (!values.out) makeJson();
    if (values.out && xlsx) await write(values.out, xlsx, m);
    if (values.json && json) await write(values.json, json, m);
    for (const f of [values.out, values.json]) if (f) io.out(m.summary.wrote(f));
    return 0;
  } catch (e) {
    const m = MESSAGES[lang];
    if (e instanceof UsageError) {
      io.err(e.message);
      if (verbose && e.detail) io.err(e.detail);
      return 2;
    }
    if (e instanceof SourceError) {
      io.err(describeSourceError(e, m));
      if (verbose && e.detail) io.err(e.detail);
      return 2;
    }
    io.err(m.internal);
    if (verbose) io.err(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return 1;
  }
}

/**
 * Why a source gives not one purchase line, or undefined when it gives some. A finance officer
 * would not want a comparison in which one administration silently counts for nothing: a header
 * with nothing under it (an empty export, a wrong period) and a column of unreadable amounts both
 * stop the run, with the file and what was found.
 */
function withoutLines(src: SourceResult, source: NamedTables, path: string, m: Messages): string | undefined {
  if (src.tables.some((t) => t.lines.length > 0)) return undefined;
  const single = source.tables.length === 1;
  const rejected = src.tables.flatMap((t) => t.rejected);
  const firstRejected = rejected[0];
  if (firstRejected) {
    const file = single ? source.tables[0]!.file : path;
    return m.noReadableAmount(
      file,
      columnLetter(firstRejected.column),
      firstRejected.header,
      rejected.length,
      firstRejected.row,
      firstRejected.value,
    );
  }
  return m.noLines(single ? source.tables[0]!.file : path, src.tables[0]?.layout.headerRow ?? 0);
}

/**
 * An existing `--out` workbook: Tandem's own is re-used (its edits kept); anything else is left
 * alone. Only a file that is not there counts as "no earlier run": one that cannot be read (locked,
 * no access) stops the run rather than being overwritten unseen.
 */
/**
 * The earlier workbook's bytes (the writer keeps the user's sheets from them) and what people typed
 * in it. Its cells are let go here: at 200,000 lines they are some three million.
 */
async function readPrevious(file: string, m: Messages): Promise<{ bytes: Uint8Array; edits: PreviousEdits } | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new UsageError(m.usage.cannotWrite(file, reason(e, m)), e instanceof Error ? e.message : String(e));
  }
  let tables: SourceTable[];
  try {
    const read = await readWorkbookForRerun(file, bytes, NativeUnzipInflate);
    if (!read.tandem) throw new UsageError(m.usage.notTandem(file));
    tables = read.tables;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(m.usage.notTandem(file), e instanceof Error ? e.message : String(e));
  }
  return { bytes, edits: readPreviousEdits(tables) };
}

async function write(file: string, data: Uint8Array | string, m: Messages): Promise<void> {
  try {
    await writeFileAtomic(file, data);
  } catch (e) {
    throw new UsageError(m.usage.cannotWrite(file, reason(e, m)), e instanceof Error ? (e.stack ?? e.message) : String(e));
  }
}

/** How wide the top categories' names are printed, so their amounts stand in one column. */
const NAME_COLUMN = 44;

/** A name padded to `width`, or cut at a word with `…` when longer (`Gebouwenonderhoud en herstellingen …`). */
export function fitName(name: string, width: number): string {
  if (name.length <= width) return name.padEnd(width);
  const cut = name.slice(0, width - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > width / 2 ? cut.slice(0, space) : cut).replace(/[\s,(;:-]+$/, '')}…`.padEnd(width);
}
