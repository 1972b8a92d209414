import { OfficeMockObject } from 'office-addin-mock';
import { createExcelGateway, type ExcelRun } from '../../src/gateway/excel/gateway';

// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose other modules pull in
// an ES-module-only dependency (strip-bom) that jest's CommonJS runtime cannot load.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));

/*
 * The settings calls against office-addin-mock, Microsoft's own mock of the Office.js object model
 * (its load/sync rules: a property read before `load` and `sync` gives an error value).
 */

function mockExcel(items: { key: string; value: unknown }[]) {
  const added: [string, unknown][] = [];
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        settings: {
          items,
          add(key: string, value: unknown) {
            added.push([key, value]);
          },
        },
      },
    },
    run: async function (this: { context: unknown }, callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  });
  const run = ((batch: (context: unknown) => Promise<unknown>) =>
    (mock as unknown as { run: (b: typeof batch) => Promise<unknown> }).run(batch)) as ExcelRun;
  return { run, added };
}

describe('Tandem’s settings through office-addin-mock', () => {
  it('loads the settings after load and sync', async () => {
    const settings = { sources: [{ sheet: 'Export', name: 'Gemeente', mapping: { amount: 4 } }], lang: 'nl' };
    const { run } = mockExcel([
      { key: 'tandem.sheets', value: '[]' },
      { key: 'tandem', value: JSON.stringify(settings) },
    ]);
    expect(await createExcelGateway({ run }).loadSettings()).toEqual(settings);
  });

  it('gives null when there are none', async () => {
    const { run } = mockExcel([]);
    expect(await createExcelGateway({ run }).loadSettings()).toBeNull();
  });

  it('saves them as JSON under the key tandem', async () => {
    const { run, added } = mockExcel([]);
    const settings = { sources: [{ sheet: 'OCMW', name: 'OCMW' }], central: 'Aankoopdienst' };
    await createExcelGateway({ run }).saveSettings(settings);
    expect(added).toEqual([['tandem', JSON.stringify(settings)]]);
  });
});
