/**
 * Long tables sent between the page and the worker in parts. A browser copies a message on the
 * sending thread and again on the receiving one, each in one go: the plan for 200,000 lines (38 MB
 * as a message) held the page 1.2–1.3 s when it arrived, and sending that many source rows held it
 * 0.3 s. In parts of a few thousand rows, each copy takes tens of milliseconds, and the page can
 * draw and answer clicks between them.
 *
 * No engine code, only its types: the page imports this file.
 */
import type { CellValue, SourceTable } from '../engine/model';
import type { PlanCell, WritePlan } from '../engine/plan/types';
import type { WorkerRequest } from './protocol';

/** Rows per message: about 1 MB, which a thread copies in a few tens of milliseconds. */
export const ROWS_PER_PART = 5_000;

// Worker → page: the plan's long sheets.

/** Some rows of one of the plan's sheets (by its key), in order. */
export interface PlanRows {
  sheet: string;
  rows: PlanCell[][];
}

/** Splits off the rows of every sheet longer than one part; `send` gets them in order, part by part. */
export function sendLongSheetsAhead(plan: WritePlan, send: (part: PlanRows) => void, rowsPerPart = ROWS_PER_PART): WritePlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => {
      if (sheet.rows.length <= rowsPerPart) return sheet;
      for (let from = 0; from < sheet.rows.length; from += rowsPerPart)
        send({ sheet: sheet.key, rows: sheet.rows.slice(from, from + rowsPerPart) });
      return { ...sheet, rows: [] };
    }),
  };
}

/** Collects a plan's parts as they arrive and puts them back into the plan that follows them. */
export class PlanAssembler {
  private readonly rows = new Gathered<string, PlanCell[]>();

  add(part: PlanRows): void {
    this.rows.add(part.sheet, part.rows);
  }

  complete(plan: WritePlan): WritePlan {
    if (this.rows.size === 0) return plan;
    return {
      ...plan,
      sheets: plan.sheets.map((sheet) => (this.rows.has(sheet.key) ? { ...sheet, rows: this.rows.get(sheet.key)! } : sheet)),
    };
  }
}

// Page → worker: the tables of a request.

/** Some rows of one of a request's tables, in order; `table` counts the tables as `requestTables` lists them. */
export interface TableRows {
  table: number;
  rows: CellValue[][];
}

/** A request's tables in a fixed order: the sources' tables, then the earlier run's sheets. */
function requestTables(request: WorkerRequest): SourceTable[] {
  if (request.kind !== 'inspect-tables' && request.kind !== 'run-tables') return [];
  const tables = request.sources.flatMap((s) => s.tables);
  return request.kind === 'run-tables' && request.previous ? [...tables, ...request.previous] : tables;
}

/**
 * A request in parts: the rows of its tables longer than one part, in order, then the request
 * with those tables emptied. The caller sends them one by one, letting the page breathe between.
 */
export function requestInParts(request: WorkerRequest, rowsPerPart = ROWS_PER_PART): { parts: TableRows[]; request: WorkerRequest } {
  if (request.kind !== 'inspect-tables' && request.kind !== 'run-tables') return { parts: [], request };
  const parts: TableRows[] = [];
  let index = 0;
  const split = (table: SourceTable): SourceTable => {
    const k = index++;
    if (table.rows.length <= rowsPerPart) return table;
    for (let from = 0; from < table.rows.length; from += rowsPerPart)
      parts.push({ table: k, rows: table.rows.slice(from, from + rowsPerPart) });
    return { ...table, rows: [] };
  };
  const sources = request.sources.map((s) => ({ ...s, tables: s.tables.map(split) }));
  if (request.kind === 'inspect-tables') return { parts, request: { ...request, sources } };
  return { parts, request: { ...request, sources, ...(request.previous ? { previous: request.previous.map(split) } : {}) } };
}

/** The worker's side: collects the parts of the coming request and fills its tables with them. */
export class RequestAssembler {
  private readonly rows = new Gathered<number, CellValue[]>();

  add(part: TableRows): void {
    this.rows.add(part.table, part.rows);
  }

  /** The request whole again; the parts are used up. The request is the worker's own copy, filled in place. */
  complete<R extends WorkerRequest>(request: R): R {
    if (this.rows.size > 0) {
      requestTables(request).forEach((table, k) => {
        const rows = this.rows.get(k);
        if (rows) table.rows = rows;
      });
      this.rows.clear();
    }
    return request;
  }
}

/** Rows by the sheet or table they belong to, gathered part by part. */
class Gathered<K, T> extends Map<K, T[]> {
  add(key: K, rows: readonly T[]): void {
    let into = this.get(key);
    if (!into) this.set(key, (into = []));
    // One by one: a spread of thousands of arguments can overflow the stack.
    for (const row of rows) into.push(row);
  }
}
