/*
 * How Tandem recognises its own sheets, and the names it gives sheets and tables.
 *
 * The marker: every sheet Tandem writes carries a worksheet-level custom property `Tandem` (ExcelApi
 * 1.12) holding a small JSON record: the plan's sheet key, the name Tandem gave the sheet and the name
 * the plan asked for. A sheet is Tandem's when it has the marker AND still has the name the marker
 * records. So a user's own `Samenvatting` (no marker) is never touched; a copy of a Tandem sheet
 * (`Lijnen (2)`, marker copied along) or a Tandem sheet the user renamed to keep it is the user's.
 * Worksheet ids cannot serve: Excel gives sheets new ids in every session.
 *
 * Where ExcelApi 1.12 is missing, the same records are kept in the workbook's settings under
 * `tandem.sheets`, and a sheet is Tandem's when its name is listed there (weaker: a user who deletes
 * Tandem's sheet and makes one of the same name would see it replaced). Both are always written.
 */

export const MARKER_KEY = 'Tandem';
export const SETTINGS_KEY = 'tandem';
export const REGISTRY_KEY = 'tandem.sheets';

export interface SheetMarker {
  v: 1;
  /** The plan's sheet key (`summary`, `lines`, …). */
  key: string;
  /** The name Tandem gave the sheet. */
  name: string;
  /** The name the plan asked for (differs when a user's sheet already had it). */
  plan: string;
  /** Set while the sheet is being written under a temporary name: that name. */
  temp?: string;
}

export function markerValue(m: SheetMarker): string {
  return JSON.stringify(m);
}

export function parseMarker(value: unknown): SheetMarker | null {
  if (typeof value !== 'string') return null;
  try {
    const m = JSON.parse(value) as Partial<SheetMarker> | null;
    if (!m || m.v !== 1 || typeof m.key !== 'string' || typeof m.name !== 'string') return null;
    return {
      v: 1,
      key: m.key,
      name: m.name,
      plan: typeof m.plan === 'string' ? m.plan : m.name,
      ...(typeof m.temp === 'string' ? { temp: m.temp } : {}),
    };
  } catch {
    return null;
  }
}

export function parseRegistry(value: unknown): SheetMarker[] {
  if (typeof value !== 'string') return [];
  try {
    const list = JSON.parse(value) as unknown;
    return Array.isArray(list)
      ? list.map((m) => parseMarker(JSON.stringify(m))).filter((m): m is SheetMarker => m !== null && !m.temp)
      : [];
  } catch {
    return [];
  }
}

export const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Excel's sheet-name rules: 1–31 characters, none of `[]:*?/\`, not starting or ending with `'`. */
export function cleanSheetName(name: string): string {
  const s = name
    .replace(/[[\]:*?/\\]/g, '_')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, 31)
    .trim();
  return s || 'Tandem';
}

function withSuffix(base: string, suffix: string): string {
  return `${base.slice(0, 31 - suffix.length).trimEnd()}${suffix}`;
}

/** The plan's name when free, else `Name (Tandem)`, `Name (Tandem 2)`, … (taken: lower-case names). */
export function pickSheetName(desired: string, taken: Set<string>): string {
  const base = cleanSheetName(desired);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 1; ; i++) {
    const name = withSuffix(base, i === 1 ? ' (Tandem)' : ` (Tandem ${i})`);
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** The temporary name a sheet is written under: `~Name`, `~Name 2`, … */
export function tempSheetName(final: string, taken: Set<string>): string {
  for (let i = 1; ; i++) {
    const name = withSuffix(`~${final}`, i === 1 ? '' : ` ${i}`);
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** A table name Excel accepts (letters, digits, `_`, `.`; not a cell reference), free in `taken`. */
export function pickTableName(desired: string, taken: Set<string>): string {
  let base = desired.replace(/[^\p{L}\p{N}_.]/gu, '_');
  if (!/^[\p{L}_]/u.test(base) || /^[A-Za-z]{1,3}\d+$/.test(base) || /^[rc]$/i.test(base)) base = `_${base}`;
  base = base.slice(0, 250);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base}_${i}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Quotes a sheet name for a formula or an address: `'Categorieën'`, with `'` doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const IDENT = /[\p{L}\p{N}_.]/u;

/**
 * Rewrites the sheet names a formula refers to (`'Parameters'!$B$4`, `Lines!A1`), leaving string
 * literals alone. `rename` gives the new name, or undefined to keep a reference as it is.
 */
export function renameSheetRefs(formula: string, rename: (sheet: string) => string | undefined): string {
  let out = '';
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < n && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (ch === "'") {
      let j = i + 1;
      let name = '';
      while (j < n && !(formula[j] === "'" && formula[j + 1] !== "'")) {
        name += formula[j];
        j += formula[j] === "'" ? 2 : 1;
      }
      if (formula[j + 1] === '!') {
        const to = rename(name);
        out += `${to === undefined ? formula.slice(i, j + 1) : quoteSheet(to)}!`;
        i = j + 2;
      } else {
        out += formula.slice(i, j + 1);
        i = j + 1;
      }
    } else if (IDENT.test(ch)) {
      let j = i;
      while (j < n && IDENT.test(formula[j]!)) j++;
      const word = formula.slice(i, j);
      if (formula[j] === '!') {
        const to = rename(word);
        out += `${to === undefined ? word : quoteSheet(to)}!`;
        i = j + 1;
      } else {
        out += word;
        i = j;
      }
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Splits `'Samenvatting'!$A$25:$A$34` into the sheet name and the address without `$`. */
export function splitRef(ref: string): { sheet: string | undefined; address: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref.trim());
  if (!m) return { sheet: undefined, address: ref.replace(/\$/g, '') };
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], address: m[3]!.replace(/\$/g, '') };
}
