import { strFromU8, unzipSync, zipSync } from 'fflate';
import { findSheetPart, readRels, sheetNames } from './chart';

/**
 * A workbook Tandem wrote before, with the cells of Tandem's own sheets left out, for ExcelJS to
 * load: those sheets are replaced by the new run anyway, and ExcelJS would otherwise build its
 * model of every cell of a 200,000-line `Lijnen` (over a minute and 2 GB). The user's own sheets,
 * the shared strings and everything else stay as they are. The parts are only stored, not
 * compressed: ExcelJS unpacks them at once.
 */
export function withoutOwnSheetCells(bytes: Uint8Array, isOwnSheet: (name: string) => boolean): Uint8Array {
  const files = unzipSync(bytes);
  const workbook = files['xl/workbook.xml'];
  const rels = files['xl/_rels/workbook.xml.rels'];
  if (!workbook || !rels) return bytes;
  const workbookXml = strFromU8(workbook);
  const workbookRels = readRels(strFromU8(rels), 'xl/_rels/workbook.xml.rels');
  let changed = false;
  for (const name of sheetNames(workbookXml).filter(isOwnSheet)) {
    let part: string;
    try {
      part = findSheetPart(workbookXml, workbookRels, name);
    } catch {
      continue;
    }
    const sheet = files[part];
    if (!sheet) continue;
    const xml = strFromU8(sheet);
    const start = xml.indexOf('<sheetData>');
    const end = xml.lastIndexOf('</sheetData>');
    if (start < 0 || end < start) continue;
    files[part] = new TextEncoder().encode(`${xml.slice(0, start)}<sheetData/>${xml.slice(end + '</sheetData>'.length)}`);
    changed = true;
  }
  return changed ? zipSync(files, { level: 0 }) : bytes;
}

/** Whether the workbook carries a marker among its document keywords (docProps/core.xml). */
export function hasKeyword(bytes: Uint8Array, marker: string): boolean {
  const core = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' })['docProps/core.xml'];
  if (!core) return false;
  const keywords = /<(?:\w+:)?keywords\b[^>]*>([^<]*)<\//.exec(strFromU8(core))?.[1] ?? '';
  return keywords.includes(marker);
}
