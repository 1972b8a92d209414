import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { addCharts, _internal, type BarChartSpec } from '../../src/gateway/files/chart';

const CATEGORIES = ['Kantoorbenodigdheden', 'Energie & water', 'Schoonmaak <diensten>', 'Catering'];
const GEMEENTE = [12500.5, 48200, 9100, 3050];
const OCMW = [4300, 21000.25, 15400, 980];

/** A workbook like Tandem writes: a title, then an Excel table of categories and amounts on 'Samenvatting'. */
async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Overzicht').getCell('A1').value = 'Eerste blad';
  const ws = wb.addWorksheet('Samenvatting', { pageSetup: { orientation: 'landscape', paperSize: 9 } });
  ws.getCell('A1').value = 'Samenvatting';
  ws.addTable({
    name: 'Uitgaven',
    ref: 'A3',
    headerRow: true,
    columns: [{ name: 'Categorie' }, { name: 'Gemeente' }, { name: 'OCMW' }],
    rows: CATEGORIES.map((c, i) => [c, GEMEENTE[i]!, OCMW[i]!]),
  });
  ws.headerFooter.oddFooter = '&P / &N';
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const spec = (over: Partial<BarChartSpec> = {}): BarChartSpec => ({
  sheet: 'Samenvatting',
  title: 'Uitgaven per categorie — Gemeente & OCMW',
  categoriesRef: "'Samenvatting'!$A$4:$A$7",
  series: [
    { name: 'Gemeente', valuesRef: "'Samenvatting'!$B$4:$B$7" },
    { name: 'OCMW', valuesRef: "'Samenvatting'!$C$4:$C$7" },
  ],
  categories: CATEGORIES,
  values: [GEMEENTE, OCMW],
  from: { col: 4, row: 2 },
  to: { col: 12, row: 20 },
  numberFormat: '#,##0 [$€-nl-BE]',
  ...over,
});

const text = async (zip: JSZip, path: string): Promise<string> => {
  const f = zip.file(path);
  if (!f) throw new Error(`missing ${path}`);
  return f.async('string');
};

describe('addCharts', () => {
  it('adds a chart that keeps the workbook loadable and its values intact', async () => {
    const out = await addCharts(await workbook(), [spec()]);

    // (1) ExcelJS still loads it, with the data as written.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Samenvatting')!;
    expect(ws.getCell('A1').value).toBe('Samenvatting');
    expect(ws.getCell('A3').value).toBe('Categorie');
    expect([4, 5, 6, 7].map((r) => ws.getCell(`A${r}`).value)).toEqual(CATEGORIES);
    expect([4, 5, 6, 7].map((r) => ws.getCell(`B${r}`).value)).toEqual(GEMEENTE);
    expect([4, 5, 6, 7].map((r) => ws.getCell(`C${r}`).value)).toEqual(OCMW);
    expect(wb.getWorksheet('Overzicht')!.getCell('A1').value).toBe('Eerste blad');

    // (2) The parts are there and wired up.
    const zip = await JSZip.loadAsync(out);
    const chart = await text(zip, 'xl/charts/chart1.xml');
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain('<c:grouping val="clustered"/>');
    expect(chart).toContain("<c:f>'Samenvatting'!$A$4:$A$7</c:f>");
    expect(chart).toContain("<c:f>'Samenvatting'!$B$4:$B$7</c:f>");
    expect(chart).toContain("<c:f>'Samenvatting'!$C$4:$C$7</c:f>");
    expect(chart).toContain('<c:tx><c:v>Gemeente</c:v></c:tx>');
    expect(chart).toContain('<c:tx><c:v>OCMW</c:v></c:tx>');
    expect(chart).toContain('<c:pt idx="1"><c:v>Energie &amp; water</c:v></c:pt>');
    expect(chart).toContain('<c:pt idx="2"><c:v>Schoonmaak &lt;diensten&gt;</c:v></c:pt>');
    expect(chart).toContain('<c:pt idx="0"><c:v>12500.5</c:v></c:pt>');
    expect(chart).toContain('<c:pt idx="1"><c:v>21000.25</c:v></c:pt>');
    expect(chart).toContain('<c:formatCode>#,##0 [$€-nl-BE]</c:formatCode>');
    expect(chart).toContain('<a:t>Uitgaven per categorie — Gemeente &amp; OCMW</a:t>');
    expect(chart).toContain('<c:legend>');
    expect(chart.match(/<c:ser>/g)).toHaveLength(2);
    expect(chart.match(/<c:ptCount val="4"\/>/g)).toHaveLength(4);

    const sheet = await text(zip, 'xl/worksheets/sheet2.xml');
    const drawingAt = sheet.indexOf('<drawing r:id=');
    expect(drawingAt).toBeGreaterThan(sheet.indexOf('<headerFooter'));
    expect(drawingAt).toBeLessThan(sheet.indexOf('<tableParts'));
    expect(await text(zip, 'xl/worksheets/sheet1.xml')).not.toContain('<drawing');

    const drawingRelId = /<drawing r:id="([^"]+)"\/>/.exec(sheet)![1];
    const sheetRels = await text(zip, 'xl/worksheets/_rels/sheet2.xml.rels');
    expect(sheetRels).toContain('relationships/table'); // the table's relationship is kept
    expect(sheetRels).toContain(
      `Id="${drawingRelId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`,
    );

    const drawing = await text(zip, 'xl/drawings/drawing1.xml');
    expect(drawing).toContain('<xdr:twoCellAnchor>');
    expect(drawing).toContain('<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>');
    expect(drawing).toContain('<xdr:graphicFrame');
    expect(drawing).toContain('r:id="rId1"');
    expect(await text(zip, 'xl/drawings/_rels/drawing1.xml.rels')).toContain(
      'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"',
    );

    const types = await text(zip, '[Content_Types].xml');
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
  });

  it('puts several charts on one sheet in one drawing, and writes column charts', async () => {
    const out = await addCharts(await workbook(), [
      spec({ series: [spec().series[0]!], values: [GEMEENTE], title: 'Gemeente' }),
      spec({ horizontal: false, title: 'Beide', from: { col: 4, row: 22 }, to: { col: 12, row: 40 } }),
      spec({
        sheet: 'Overzicht',
        title: 'Elders',
        series: [spec().series[1]!],
        values: [OCMW],
        from: { col: 1, row: 1 },
        to: { col: 6, row: 12 },
      }),
    ]);
    const zip = await JSZip.loadAsync(out);
    const first = await text(zip, 'xl/charts/chart1.xml');
    expect(first).not.toContain('<c:legend>');
    expect(await text(zip, 'xl/charts/chart2.xml')).toContain('<c:barDir val="col"/>');
    expect((await text(zip, 'xl/drawings/drawing1.xml')).match(/<xdr:twoCellAnchor>/g)).toHaveLength(2);
    expect(await text(zip, 'xl/worksheets/sheet1.xml')).toContain('<drawing r:id="rId1"/>'); // a new .rels for sheet1
    expect(await text(zip, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain('Target="../drawings/drawing2.xml"');
    expect(await text(zip, 'xl/drawings/_rels/drawing2.xml.rels')).toContain('Target="../charts/chart3.xml"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Overzicht', 'Samenvatting']);
  });

  it('fails clearly on a missing sheet, a sheet that already has a drawing, or inconsistent values', async () => {
    const xlsx = await workbook();
    await expect(addCharts(xlsx, [spec({ sheet: 'Nergens' })])).rejects.toThrow(/no sheet 'Nergens'/);
    await expect(addCharts(xlsx, [spec({ values: [GEMEENTE] })])).rejects.toThrow(/2 series but 1 value lists/);
    await expect(addCharts(xlsx, [spec({ values: [GEMEENTE, [1]] })])).rejects.toThrow(/series 2 has 1 values for 4 categories/);
    const once = await addCharts(xlsx, [spec()]);
    await expect(addCharts(once, [spec()])).rejects.toThrow(/already has a drawing/);
  });

  it('places <drawing> by the CT_Worksheet order, ignoring nested elements of the same names', () => {
    const { insertDrawingElement } = _internal;
    const head = '<?xml version="1.0"?><worksheet xmlns="m" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
    const nested =
      '<sheetData/><conditionalFormatting sqref="A1"><cfRule type="x" priority="1"><extLst><ext uri="u" a=">"/></extLst></cfRule></conditionalFormatting>';
    expect(
      insertDrawingElement(`${head}${nested}<pageMargins/><legacyDrawing r:id="rId1"/><tableParts/></worksheet>`, 'rId9', 's', 's'),
    ).toBe(`${head}${nested}<pageMargins/><drawing r:id="rId9"/><legacyDrawing r:id="rId1"/><tableParts/></worksheet>`);
    expect(insertDrawingElement(`${head}<sheetData/><pageSetup/><!-- <extLst/> --></worksheet>`, 'rId2', 's', 's')).toBe(
      `${head}<sheetData/><pageSetup/><!-- <extLst/> --><drawing r:id="rId2"/></worksheet>`,
    );
    // A prefixed worksheet without an r: declaration.
    expect(insertDrawingElement('<x:worksheet xmlns:x="m"><x:sheetData/><x:extLst/></x:worksheet>', 'rId1', 's', 's')).toBe(
      '<x:worksheet xmlns:x="m" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheetData/><x:drawing r:id="rId1"/><x:extLst/></x:worksheet>',
    );
  });
});
