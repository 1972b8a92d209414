import { createFakeExcel, FakeOfficeError } from '../support/excel-fake';

/* The fake behaves as Excel does where the gateway depends on it. */

describe('the Excel fake', () => {
  it('refuses to read a property before load and sync, as Office.js does', async () => {
    const fake = createFakeExcel({ S: [['a', 1]] });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:B1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['a', 1]]);
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('knows null objects only after a sync, and fails a sync on a missing item', async () => {
    const fake = createFakeExcel({ S: [] });
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const used = context.workbook.worksheets.getItem('S').getUsedRangeOrNullObject(true);
      expect(() => missing.isNullObject).toThrow();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      context.workbook.worksheets.getItem('Nope').activate();
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('refuses a request or a response over the limit', async () => {
    const fake = createFakeExcel({ S: [] }, { maxRequestBytes: 10_000, maxResponseBytes: 10_000 });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1:A1000').values = Array.from({ length: 1000 }, (_, i) => [`row ${i}`]);
      await expect(context.sync()).rejects.toBeInstanceOf(FakeOfficeError);
    });
    expect(fake.values('S')).toEqual([]);
    fake.limits.maxRequestBytes = 1_000_000;
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1:A1000').values = Array.from({ length: 1000 }, (_, i) => [`row ${i}`]);
      await context.sync();
      const range = sheet.getRange('A1:A1000').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
      expect(() => range.values).toThrow();
    });
    expect(fake.stats.maxResponseBytes).toBeGreaterThan(10_000);
  });

  it('checks the size of what is written', async () => {
    const fake = createFakeExcel({ S: [] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:B2').values = [['x']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  it('follows a renamed sheet in formulas, and makes #REF! of a deleted or missing one', async () => {
    const fake = createFakeExcel({ Data: [[1]], Calc: [] });
    await fake.run(async (context) => {
      const calc = context.workbook.worksheets.getItem('Calc');
      calc.getRange('A1:C1').formulas = [['=Data!A1*2', "='Nergens'!A1", '="Data!A1"']];
      context.workbook.worksheets.getItem('Data').name = 'Gegevens 2025';
      await context.sync();
    });
    expect(fake.formulas('Calc')).toEqual([["='Gegevens 2025'!A1*2", '=#REF!A1', '="Data!A1"']]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Gegevens 2025').delete();
      await context.sync();
    });
    expect(fake.formulas('Calc')[0]![0]).toBe('=#REF!A1*2');
  });

  it('keeps table and sheet names unique, and a workbook one visible sheet', async () => {
    const fake = createFakeExcel({
      S: [
        ['a', 'b'],
        [1, 2],
      ],
    });
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem('S').tables.add('A1:B2', true).name = 'T';
      await context.sync();
      sheets.add('s');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
      const other = sheets.add('Other');
      other.getRange('A1:A2').values = [['h'], [1]];
      other.tables.add('A1:A2', true).name = 't';
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
      sheets.getItem('S').delete();
      sheets.getItem('Other').delete();
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
  });

  it('runs part of a failing batch, as Excel does, and can hang', async () => {
    const fake = createFakeExcel({ S: [] });
    // Operations: getItem, getRange, values, getRange, values.
    fake.failAt(1, { afterActions: 3 });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1').values = [['first']];
      sheet.getRange('A2').values = [['second']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    });
    expect(fake.values('S')).toEqual([['first']]);
    fake.hangAt(1);
    let settled = false;
    void fake.run(async (context) => context.sync()).finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(settled).toBe(false);
  });
});
