/**
 * Browser-side stand-in for office.js: an Excel host whose workbook is the in-memory Excel fake.
 * Bundled by `fakeOfficeScript()` and served at office.js's CDN address in the e2e tests.
 */
import { createFakeExcel, type FakeInput } from './excel-fake';

interface HostWindow {
  __tandemFakeSheets?: Record<string, FakeInput[][]>;
  __tandemFake?: ReturnType<typeof createFakeExcel>;
  Excel?: unknown;
  Office?: unknown;
}

const w = window as unknown as HostWindow;
const fake = createFakeExcel(w.__tandemFakeSheets ?? {});
w.__tandemFake = fake;
w.Excel = fake.excel;
const info = { host: 'Excel', platform: 'OfficeOnline' };
w.Office = {
  HostType: { Excel: 'Excel' },
  PlatformType: { OfficeOnline: 'OfficeOnline' },
  context: { displayLanguage: 'nl-BE', requirements: { isSetSupported: () => true } },
  onReady: (callback?: (i: typeof info) => void) => {
    callback?.(info);
    return Promise.resolve(info);
  },
};
