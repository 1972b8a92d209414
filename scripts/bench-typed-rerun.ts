/**
 * What a user does between two runs, done to the workbook the CLI wrote: a category typed in the
 * lines sheet's input column on every so many rows. The bench's CLI re-run then reads those back, as
 * a re-run after a working-group meeting would, instead of a workbook nobody touched.
 *
 * The cells are changed in the sheet's XML inside the zip; nothing else of the workbook is touched.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as fs from 'node:fs';
import { LINE_EDITS } from '../src/engine/plan/line-edits';

/** What the bench types: a category of the user's own, which no line has before. */
export const TYPED_CATEGORY = 'Eigen categorie';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The path in the zip of the sheet named one of `names`. */
function sheetPath(files: Record<string, Uint8Array>, names: readonly string[]): string {
  const workbook = strFromU8(files['xl/workbook.xml']!);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']!);
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)) {
    if (!names.includes(m[1]!)) continue;
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]*)"`).exec(rels)?.[1];
    if (target) return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  }
  throw new Error(`no sheet named ${names.join(' / ')} in the workbook`);
}

/**
 * Types `TYPED_CATEGORY` in the input column of every `every`th line of the lines sheet, from the
 * first, and writes the workbook back. Returns how many rows were typed.
 */
export function typeCategories(file: string, every: number): number {
  const files = unzipSync(new Uint8Array(fs.readFileSync(file)));
  const sheet = sheetPath(files, LINE_EDITS.sheetNames);
  // A string may hold line breaks (`[\s\S]`): every string must keep its index.
  const strings = [...strFromU8(files['xl/sharedStrings.xml']!).matchAll(/<si>(?:<t[^>]*>([^<]*)<\/t>)?[\s\S]*?<\/si>/g)].map(
    (m) => m[1] ?? '',
  );
  let xml = strFromU8(files[sheet]!);
  // The header row holds the input column's header as a shared string.
  const header = [...xml.matchAll(/<c r="([A-Z]+)(\d+)"[^>]*t="s"[^>]*><v>(\d+)<\/v><\/c>/g)].find((m) =>
    LINE_EDITS.inputHeaders.includes(strings[Number(m[3])] ?? ''),
  );
  if (!header) throw new Error(`no column headed ${LINE_EDITS.inputHeaders.join(' / ')} in ${sheet}`);
  const [, column, headerRow] = header;
  const first = Number(headerRow) + 1;
  let typed = 0;
  xml = xml.replace(new RegExp(`<c r="${column}(\\d+)"( s="\\d+")?/>`, 'g'), (cell, row: string, style = '') => {
    if ((Number(row) - first) % every !== 0) return cell;
    typed++;
    return `<c r="${column}${row}"${style} t="inlineStr"><is><t>${escapeXml(TYPED_CATEGORY)}</t></is></c>`;
  });
  files[sheet] = strToU8(xml);
  fs.writeFileSync(file, zipSync(files, { level: 1 }));
  return typed;
}

/** How many lines of the CLI's JSON carry a category typed by the user. */
export function typedLinesIn(json: string): number {
  const report = JSON.parse(fs.readFileSync(json, 'utf8')) as { lines: { evidence: string }[] };
  return report.lines.filter((l) => l.evidence === 'override').length;
}
