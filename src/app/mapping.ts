/**
 * The column mapping as the page handles it: which roles to offer, the mapping to start from
 * (the guess, or what the user confirmed last time), and what must be fixed before a run.
 * No engine code here: the guess itself comes from the worker (src/app/inspect.ts).
 */
import { columnLetter, ROLES, type Role } from '../engine/model';
import type { ColumnMapping, SourceInspection } from '../worker/protocol';

/** The roles the mapping step always shows, most important first. */
export const MAIN_ROLES: readonly Role[] = ['amount', 'date', 'supplier', 'supplierVat', 'description', 'account', 'cpv', 'service'];
/** The other roles, shown on request. */
export const MORE_ROLES: readonly Role[] = ROLES.filter((r) => !MAIN_ROLES.includes(r));
/** A source needs one of these to have any purchase lines. */
export const AMOUNT_ROLES: readonly Role[] = ['amount', 'amountInclVat', 'debit'];

/** No column for this role. */
export const NO_COLUMN = -1;

/**
 * Where the mapping step starts: the guess, with a remembered mapping (from the workbook's
 * settings) over it when its columns still exist.
 */
export function initialMapping(inspection: SourceInspection, remembered?: Record<string, number>): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const role of ROLES) {
    const g = inspection.guesses[role];
    if (g) mapping[role] = g.column;
  }
  if (remembered) {
    const width = inspection.columns.length;
    const valid = Object.entries(remembered).filter(
      ([role, col]) => (ROLES as readonly string[]).includes(role) && Number.isInteger(col) && col >= NO_COLUMN && col < width,
    ) as [Role, number][];
    if (valid.length > 0) {
      // A remembered mapping is the user's whole choice: roles it leaves out keep the guess only if their column is free.
      const taken = new Set(valid.map(([, c]) => c).filter((c) => c >= 0));
      for (const role of ROLES) if (mapping[role] !== undefined && taken.has(mapping[role]!)) delete mapping[role];
      for (const [role, col] of valid) mapping[role] = col;
    }
  }
  return mapping;
}

export type MappingIssue = { kind: 'no-amount'; source: string } | { kind: 'duplicate'; source: string; column: string; roles: Role[] };

/** What stops a run: no amount column, or one column chosen for two roles. */
export function mappingIssues(source: string, mapping: ColumnMapping): MappingIssue[] {
  const issues: MappingIssue[] = [];
  if (!AMOUNT_ROLES.some((r) => (mapping[r] ?? NO_COLUMN) >= 0)) issues.push({ kind: 'no-amount', source });
  const byColumn = new Map<number, Role[]>();
  for (const role of ROLES) {
    const c = mapping[role];
    if (c === undefined || c < 0) continue;
    byColumn.set(c, [...(byColumn.get(c) ?? []), role]);
  }
  for (const [column, roles] of byColumn)
    if (roles.length > 1) issues.push({ kind: 'duplicate', source, column: columnLetter(column + 1), roles });
  return issues;
}

/** The mapping as the engine takes it and the settings keep it: every role with its column (-1: none). */
export function confirmedMapping(mapping: ColumnMapping): Record<string, number> {
  const out: Record<string, number> = {};
  for (const role of ROLES) {
    const c = mapping[role];
    if (c !== undefined) out[role] = c;
  }
  return out;
}

/** Whether the user changed the guess for a role. */
export function isChanged(inspection: SourceInspection, mapping: ColumnMapping, role: Role): boolean {
  return (inspection.guesses[role]?.column ?? NO_COLUMN) !== (mapping[role] ?? NO_COLUMN);
}
