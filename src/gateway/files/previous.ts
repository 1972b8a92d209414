import { unzipSync, zipSync } from 'fflate';
import { findSheetPart, readRels, sheetNames } from './chart';
import { utf8Text } from './utf8';

/**
 * A workbook Tandem wrote before, with Tandem's own sheets emptied, for ExcelJS to load: those sheets
 * are replaced by the new run anyway, and ExcelJS would otherwise build its model of every cell of a
 * 200,000-line `Lijnen` (over a minute and 2 GB). Their parts are not even unpacked (the `Lijnen` XML
 * is a hundred megabytes at that size): each becomes an empty sheet. The user's own sheets, the
 * shared strings and everything else stay as they are. The parts are only stored, not compressed:
 * ExcelJS unpacks them at once.
 */
export function withoutOwnSheetCells(bytes: Uint8Array, isOwnSheet: (name: string) => boolean): Uint8Array {
  const index = unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels' });
  const workbook = index['xl/workbook.xml'];
  const rels = index['xl/_rels/workbook.xml.rels'];
  if (!workbook || !rels) return bytes;
  const workbookXml = utf8Text(workbook);
  const workbookRels = readRels(utf8Text(rels), 'xl/_rels/workbook.xml.rels');
  const ownParts = new Set<string>();
  for (const name of sheetNames(workbookXml).filter(isOwnSheet)) {
    try {
      ownParts.add(findSheetPart(workbookXml, workbookRels, name));
    } catch {
      // A sheet without a part of its own: nothing to empty.
    }
  }
  if (ownParts.size === 0) return bytes;
  const files = unzipSync(bytes, { filter: (f) => !ownParts.has(f.name) });
  for (const part of ownParts) files[part] = EMPTY_SHEET;
  return zipSync(files, { level: 0 });
}

const EMPTY_SHEET = new TextEncoder().encode(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/></worksheet>',
);

/** Whether the workbook carries a marker among its document keywords (docProps/core.xml). */
export function hasKeyword(bytes: Uint8Array, marker: string): boolean {
  const core = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' })['docProps/core.xml'];
  if (!core) return false;
  const keywords = /<(?:\w+:)?keywords\b[^>]*>([^<]*)<\//.exec(utf8Text(core))?.[1] ?? '';
  return keywords.includes(marker);
}
