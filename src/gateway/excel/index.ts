export { createExcelGateway, type ExcelGatewayOptions, type ExcelRun } from './gateway';
export { ExcelGatewayError, SyncTimeoutError, type ExcelProblem } from './sync';
export { MARKER_KEY, REGISTRY_KEY, SETTINGS_KEY } from './names';
