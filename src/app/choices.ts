/** Checking the sources chosen in the first step, before anything is read. */
import { acceptsFile } from './files';

export interface ChoiceRow {
  name: string;
  /** Workbook mode: the sheet. */
  sheet?: string;
  /** Standalone mode: the file. */
  file?: { name: string } | null;
}

export type ChoiceIssue =
  | { kind: 'need-two' }
  | { kind: 'name-missing'; index: number }
  | { kind: 'name-twice'; index: number; name: string }
  | { kind: 'sheet-missing'; index: number; name: string }
  | { kind: 'sheet-twice'; index: number; sheet: string }
  | { kind: 'file-missing'; index: number; name: string }
  | { kind: 'file-type'; index: number; file: string };

/** What is missing or wrong; empty when the sources can be read. */
export function checkChoices(rows: readonly ChoiceRow[], mode: 'workbook' | 'standalone'): ChoiceIssue[] {
  const issues: ChoiceIssue[] = [];
  if (rows.length < 2) issues.push({ kind: 'need-two' });
  const names = new Set<string>();
  const sheets = new Set<string>();
  rows.forEach((r, index) => {
    const name = r.name.trim();
    if (!name) issues.push({ kind: 'name-missing', index });
    else if (names.has(name.toLowerCase())) issues.push({ kind: 'name-twice', index, name });
    names.add(name.toLowerCase());
    const label = name || String(index + 1);
    if (mode === 'workbook') {
      if (!r.sheet) issues.push({ kind: 'sheet-missing', index, name: label });
      else if (sheets.has(r.sheet)) issues.push({ kind: 'sheet-twice', index, sheet: r.sheet });
      if (r.sheet) sheets.add(r.sheet);
    } else if (!r.file) issues.push({ kind: 'file-missing', index, name: label });
    else if (!acceptsFile(r.file.name)) issues.push({ kind: 'file-type', index, file: r.file.name });
  });
  return issues;
}
