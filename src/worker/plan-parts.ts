/**
 * A write plan sent from the worker to the page in parts. The page's thread copies each message it
 * receives in one go: the plan for 200,000 lines (38 MB as a message) held it for 0.8–1.8 s. Sent as
 * the plan without its long sheets' rows, preceded by those rows a few thousand at a time, the page
 * copies one part per task and can draw and answer clicks in between.
 *
 * Types and plain functions only: the page imports this file.
 */
import type { PlanCell, WritePlan } from '../engine/plan/types';

/** Rows per message: about 1 MB, which the page reads in a few tens of milliseconds. */
export const ROWS_PER_PART = 5_000;

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

/** Collects parts as they arrive and puts them back into the plan that follows them. */
export class PlanAssembler {
  private readonly rows = new Map<string, PlanCell[][]>();

  add(part: PlanRows): void {
    let rows = this.rows.get(part.sheet);
    if (!rows) this.rows.set(part.sheet, (rows = []));
    // One by one: a spread of thousands of arguments can overflow the stack.
    for (const row of part.rows) rows.push(row);
  }

  complete(plan: WritePlan): WritePlan {
    if (this.rows.size === 0) return plan;
    return { ...plan, sheets: plan.sheets.map((sheet) => (this.rows.has(sheet.key) ? { ...sheet, rows: this.rows.get(sheet.key)! } : sheet)) };
  }
}
