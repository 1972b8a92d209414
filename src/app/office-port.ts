/**
 * The Office.js gateway, loaded only in Excel: its own chunk (`excel-gateway.*.js`), so the
 * standalone page never fetches it. It is `createExcelGateway()` from src/gateway/excel/gateway.ts.
 */
import type { WorkbookPort } from '../gateway/port';

export async function loadOfficePort(): Promise<WorkbookPort> {
  const { createExcelGateway } = await import(/* webpackChunkName: "excel-gateway" */ '../gateway/excel/gateway');
  return createExcelGateway();
}
