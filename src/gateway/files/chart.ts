import JSZip from 'jszip';
import type { PlanChart } from '../../engine/plan/types';

/**
 * Adds native Excel bar/column charts to a workbook ExcelJS wrote.
 *
 * ExcelJS cannot write charts, so this opens the `.xlsx` zip and adds, per chart, a DrawingML chart part
 * (`xl/charts/chartN.xml`), one drawing part per worksheet (`xl/drawings/drawingN.xml`, one anchor per chart),
 * the relationships between them, the `<drawing>` element in the worksheet and the content types.
 */

/** A chart of the write plan, placed on a sheet, with how to draw it. */
export interface BarChartSpec extends PlanChart {
  /** Worksheet name as shown in Excel (may contain spaces/accents, e.g. 'Samenvatting'). */
  sheet: string;
  /** Bar (horizontal) vs column chart; default horizontal. */
  horizontal?: boolean;
  /** e.g. '#,##0 [$€-nl-BE]' */
  numberFormat?: string;
}

const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const REL_WORKSHEET = `${NS_R}/worksheet`;
const REL_DRAWING = `${NS_R}/drawing`;
const REL_CHART = `${NS_R}/chart`;
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Worksheet children that CT_Worksheet puts after `<drawing>`; the drawing goes before the first of them. */
const AFTER_DRAWING = new Set([
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
]);

/** Same fixed date as the workbook's, so the same input gives the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

// ---------------------------------------------------------------- XML helpers

// Characters XML 1.0 does not allow at all; they are dropped rather than written.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes element text. */
function escText(s: string): string {
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value (double-quoted). */
function escAttr(s: string): string {
  return escText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    switch (e) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

interface Tag {
  /** Qualified name, e.g. `worksheet` or `x:worksheet`. */
  name: string;
  local: string;
  attrs: Record<string, string>;
  start: number;
  end: number; // index just past '>'
  selfClosing: boolean;
  /** 0 for the root, 1 for its children, … */
  depth: number;
}

interface RootScan {
  root: Tag;
  /** Direct children of the root element, in document order. */
  children: Tag[];
  /** All start tags, in document order. */
  tags: Tag[];
  /** Index of the root's closing tag `</…>`, or -1 if the root is self-closing. */
  rootClose: number;
}

function parseAttrs(inner: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(inner); m; m = re.exec(inner)) attrs[m[1]!] = unescapeXml(m[2] ?? m[3] ?? '');
  return attrs;
}

/**
 * Scans an XML document's element structure (enough to find the root and its direct children), skipping
 * the declaration, comments, CDATA and processing instructions. Text never holds a raw '<', so this is exact
 * for well-formed XML.
 */
function scanRoot(xml: string, part: string): RootScan {
  let depth = 0;
  let root: Tag | undefined;
  let rootClose = -1;
  const tags: Tag[] = [];
  let pos = xml.indexOf('<');
  const skipTo = (from: number, marker: string): number => {
    const i = xml.indexOf(marker, from);
    if (i < 0) throw new Error(`${part}: malformed XML (unterminated ${marker})`);
    return i + marker.length;
  };
  while (pos >= 0 && pos < xml.length) {
    let next: number;
    if (xml.startsWith('<?', pos)) next = skipTo(pos + 2, '?>');
    else if (xml.startsWith('<!--', pos)) next = skipTo(pos + 4, '-->');
    else if (xml.startsWith('<![CDATA[', pos)) next = skipTo(pos + 9, ']]>');
    else if (xml.startsWith('<!', pos)) next = skipTo(pos + 2, '>');
    else if (xml.startsWith('</', pos)) {
      next = skipTo(pos + 2, '>');
      depth--;
      if (depth === 0) {
        rootClose = pos;
        break;
      }
    } else {
      // A start tag: find its '>' outside quoted attribute values.
      let i = pos + 1;
      let quote = '';
      for (; i < xml.length; i++) {
        const ch = xml[i];
        if (quote) {
          if (ch === quote) quote = '';
        } else if (ch === '"' || ch === "'") quote = ch;
        else if (ch === '>') break;
      }
      if (i >= xml.length) throw new Error(`${part}: malformed XML (unterminated tag)`);
      next = i + 1;
      const selfClosing = xml[i - 1] === '/';
      const body = xml.slice(pos + 1, selfClosing ? i - 1 : i);
      const name = /^[^\s/>]+/.exec(body)?.[0] ?? '';
      const tag: Tag = {
        name,
        local: name.includes(':') ? name.slice(name.indexOf(':') + 1) : name,
        attrs: parseAttrs(body.slice(name.length)),
        start: pos,
        end: next,
        selfClosing,
        depth,
      };
      if (depth === 0) {
        if (root) throw new Error(`${part}: malformed XML (more than one root element)`);
        root = tag;
      }
      tags.push(tag);
      if (!selfClosing) depth++;
      else if (depth === 0) break;
    }
    pos = xml.indexOf('<', next);
  }
  if (!root) throw new Error(`${part}: malformed XML (no root element)`);
  if (!root.selfClosing && rootClose < 0) throw new Error(`${part}: malformed XML (root element not closed)`);
  return { root, children: tags.filter((t) => t.depth === 1), tags, rootClose };
}

/** Inserts `fragment` as the last child of the root element (opening a self-closing root if need be). */
function appendToRoot(xml: string, fragment: string, part: string): string {
  const { root, rootClose } = scanRoot(xml, part);
  if (root.selfClosing) {
    const open = xml.slice(root.start, root.end - 2).replace(/\s+$/, '') + '>';
    return xml.slice(0, root.start) + open + fragment + `</${root.name}>` + xml.slice(root.end);
  }
  return xml.slice(0, rootClose) + fragment + xml.slice(rootClose);
}

// ---------------------------------------------------------------- package paths and relationships

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** Resolves a relationship target against the directory of its source part; returns a zip path (no leading '/'). */
export function resolveTarget(sourcePart: string, target: string): string {
  const segments = target.startsWith('/') ? [] : dirOf(sourcePart).split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') segments.pop();
    else segments.push(seg);
  }
  return segments.map((s) => decodeURIComponent(s)).join('/');
}

export function relsPathOf(part: string): string {
  const dir = dirOf(part);
  const base = part.slice(dir.length ? dir.length + 1 : 0);
  return `${dir ? `${dir}/` : ''}_rels/${base}.rels`;
}

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function readRels(xml: string, part: string): Rel[] {
  return scanRoot(xml, part)
    .children.filter((t) => t.local === 'Relationship')
    .map((t) => ({
      id: t.attrs.Id ?? '',
      type: t.attrs.Type ?? '',
      target: t.attrs.Target ?? '',
      external: t.attrs.TargetMode === 'External',
    }));
}

function freeRelId(rels: Rel[]): string {
  const used = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

function relXml(id: string, type: string, target: string): string {
  return `<Relationship Id="${escAttr(id)}" Type="${escAttr(type)}" Target="${escAttr(target)}"/>`;
}

function relsDoc(rels: string[]): string {
  return `${XML_DECL}<Relationships xmlns="${NS_PKG_RELS}">${rels.join('')}</Relationships>`;
}

/** Next free number N for parts named `${dir}/${stem}N.xml`. */
function nextPartNumber(zip: JSZip, dir: string, stem: string): number {
  const re = new RegExp(`^${dir}/${stem}(\\d+)\\.xml$`, 'i');
  let max = 0;
  for (const name of Object.keys(zip.files)) {
    const m = re.exec(name);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

async function readText(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`Workbook has no part ${path}`);
  return f.async('string');
}

function writeText(zip: JSZip, path: string, text: string): void {
  zip.file(path, text, { date: zip.files[path]?.date ?? FIXED_DATE, createFolders: false });
}

/** Finds the worksheet part of the sheet named `name` via xl/workbook.xml and its relationships. */
/** The names of the workbook's sheets, in order. */
export function sheetNames(workbookXml: string): string[] {
  return scanRoot(workbookXml, 'xl/workbook.xml')
    .tags.filter((t) => t.depth === 2 && t.local === 'sheet')
    .map((t) => t.attrs.name ?? '');
}

export function findSheetPart(workbookXml: string, workbookRels: Rel[], name: string): string {
  // <workbook><sheets><sheet name="…" r:id="…"/>…
  const entries = scanRoot(workbookXml, 'xl/workbook.xml').tags.filter((t) => t.depth === 2 && t.local === 'sheet');
  const entry =
    entries.find((t) => t.attrs.name === name) ?? entries.find((t) => (t.attrs.name ?? '').toLowerCase() === name.toLowerCase());
  if (!entry) {
    const names = entries.map((t) => `'${t.attrs.name ?? ''}'`).join(', ');
    throw new Error(`The workbook has no sheet '${name}' (sheets: ${names})`);
  }
  const rid = Object.entries(entry.attrs).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
  const rel = workbookRels.find((r) => r.id === rid);
  if (!rel || rel.type !== REL_WORKSHEET || rel.external) throw new Error(`Sheet '${name}' is not a worksheet with a part in this package`);
  return resolveTarget('xl/workbook.xml', rel.target);
}

// ---------------------------------------------------------------- chart and drawing XML

const fmtNum = (n: number): string => (Object.is(n, -0) ? '0' : String(n));

function validate(spec: BarChartSpec): void {
  const where = `chart '${spec.title}' on sheet '${spec.sheet}'`;
  if (spec.series.length === 0) throw new Error(`Cannot add ${where}: it has no series`);
  if (spec.values.length !== spec.series.length) {
    throw new Error(`Cannot add ${where}: ${spec.series.length} series but ${spec.values.length} value lists`);
  }
  spec.values.forEach((vs, i) => {
    if (vs.length !== spec.categories.length) {
      throw new Error(`Cannot add ${where}: series ${i + 1} has ${vs.length} values for ${spec.categories.length} categories`);
    }
  });
  const cells = [spec.from.col, spec.from.row, spec.to.col, spec.to.row];
  if (!cells.every((n) => Number.isInteger(n) && n >= 0)) throw new Error(`Cannot add ${where}: anchor cells must be whole numbers ≥ 0`);
  if (spec.to.col <= spec.from.col || spec.to.row <= spec.from.row) {
    throw new Error(`Cannot add ${where}: the bottom-right anchor must lie right of and below the top-left one`);
  }
}

function titleXml(title: string): string {
  return (
    '<c:title><c:tx><c:rich><a:bodyPr rot="0" spcFirstLastPara="1" vertOverflow="ellipsis" wrap="square" anchor="ctr" anchorCtr="1"/><a:lstStyle/>' +
    `<a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr><a:r><a:rPr lang="nl-BE" sz="1400" b="1"/><a:t>${escText(title)}</a:t></a:r></a:p>` +
    '</c:rich></c:tx><c:overlay val="0"/></c:title>'
  );
}

function seriesXml(spec: BarChartSpec, i: number, formatCode: string): string {
  const s = spec.series[i]!;
  const values = spec.values[i]!;
  const n = spec.categories.length;
  const strPts = spec.categories.map((c, j) => `<c:pt idx="${j}"><c:v>${escText(c)}</c:v></c:pt>`).join('');
  // Points without a finite value are left out of the cache, which is how Excel stores blanks.
  const numPts = values.map((v, j) => (Number.isFinite(v) ? `<c:pt idx="${j}"><c:v>${fmtNum(v)}</c:v></c:pt>` : '')).join('');
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
    `<c:tx><c:v>${escText(s.name)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:schemeClr val="accent${(i % 6) + 1}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>` +
    '<c:invertIfNegative val="0"/>' +
    `<c:cat><c:strRef><c:f>${escText(spec.categoriesRef)}</c:f><c:strCache><c:ptCount val="${n}"/>${strPts}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escText(s.valuesRef)}</c:f><c:numCache><c:formatCode>${escText(formatCode)}</c:formatCode><c:ptCount val="${n}"/>${numPts}</c:numCache></c:numRef></c:val>` +
    '</c:ser>'
  );
}

function chartXml(spec: BarChartSpec): string {
  const horizontal = spec.horizontal ?? true;
  const formatCode = spec.numberFormat ?? 'General';
  const catAxId = 500000001;
  const valAxId = 500000002;
  const hasTitle = spec.title.trim() !== '';
  const gray = '<a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill>';
  return (
    XML_DECL +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:date1904 val="0"/><c:roundedCorners val="0"/>' +
    '<c:chart>' +
    (hasTitle ? titleXml(spec.title) : '') +
    `<c:autoTitleDeleted val="${hasTitle ? 0 : 1}"/>` +
    '<c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    spec.series.map((_, i) => seriesXml(spec, i, formatCode)).join('') +
    `<c:gapWidth val="60"/><c:axId val="${catAxId}"/><c:axId val="${valAxId}"/></c:barChart>` +
    // Category axis. For horizontal bars the order is reversed so the first category is at the top
    // (as in the table), and the value axis then crosses at the maximum to stay at the bottom.
    `<c:catAx><c:axId val="${catAxId}"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:spPr><a:ln w="9525">${gray}</a:ln></c:spPr>` +
    `<c:crossAx val="${valAxId}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${valAxId}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="9525">${gray}</a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${escAttr(formatCode)}" sourceLinked="0"/>` +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    '<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>' +
    `<c:crossAx val="${catAxId}"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>` +
    '</c:plotArea>' +
    (spec.series.length > 1 ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : '') +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    '<c:spPr><a:solidFill><a:schemeClr val="bg1"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' +
    '</c:chartSpace>'
  );
}

function anchorXml(spec: BarChartSpec, shapeId: number, relId: string): string {
  const cell = (tag: string, p: { col: number; row: number }) =>
    `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<xdr:twoCellAnchor>' +
    cell('from', spec.from) +
    cell('to', spec.to) +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="Chart ${shapeId - 1}" descr="${escAttr(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

// ---------------------------------------------------------------- the worksheet

/** Inserts `<drawing r:id=…/>` where CT_Worksheet wants it; fails if the sheet already has a drawing. */
function insertDrawingElement(sheetXml: string, relId: string, part: string, sheetName: string): string {
  const { root, children, rootClose } = scanRoot(sheetXml, part);
  if (root.local !== 'worksheet') throw new Error(`Cannot add chart: sheet '${sheetName}' (${part}) is not a worksheet`);
  if (children.some((c) => c.local === 'drawing')) {
    throw new Error(
      `Cannot add chart: sheet '${sheetName}' (${part}) already has a drawing; adding charts to existing drawings is not supported`,
    );
  }
  if (root.selfClosing) throw new Error(`Cannot add chart: sheet '${sheetName}' (${part}) is empty`);
  const prefix = root.name.includes(':') ? root.name.slice(0, root.name.indexOf(':') + 1) : '';
  // The r: prefix must be bound to the relationships namespace on the root (ExcelJS always declares it).
  let xml = sheetXml;
  let shift = 0;
  const rBinding = root.attrs['xmlns:r'];
  if (rBinding === undefined) {
    const insertAt = root.end - (root.selfClosing ? 2 : 1);
    const decl = ` xmlns:r="${NS_R}"`;
    xml = xml.slice(0, insertAt) + decl + xml.slice(insertAt);
    shift = decl.length;
  } else if (rBinding !== NS_R) {
    throw new Error(`Cannot add chart: ${part} binds the r: prefix to ${rBinding}`);
  }
  const before = children.find((c) => AFTER_DRAWING.has(c.local));
  const at = (before ? before.start : rootClose) + shift;
  const element = `<${prefix}drawing r:id="${escAttr(relId)}"/>`;
  return xml.slice(0, at) + element + xml.slice(at);
}

// ---------------------------------------------------------------- entry point

/**
 * Adds bar/column charts to an `.xlsx` (as written by ExcelJS) and returns the new bytes.
 * Charts on the same sheet share one drawing part. Throws an Error if a sheet is missing,
 * already has a drawing, or a spec is inconsistent. `STORE` leaves the parts uncompressed, for a
 * workbook that is zipped again afterwards.
 */
export async function addCharts(
  xlsx: Uint8Array,
  charts: BarChartSpec[],
  compression: 'DEFLATE' | 'STORE' = 'DEFLATE',
  /** Other changes to sheets' XML, by sheet name, made in the same pass: the zip is read and written once. */
  sheetEdits: ReadonlyMap<string, (xml: string) => string> = new Map(),
): Promise<Uint8Array> {
  charts.forEach(validate);
  const zip = await JSZip.loadAsync(xlsx);

  const workbookXml = await readText(zip, 'xl/workbook.xml');
  const workbookRels = readRels(await readText(zip, 'xl/_rels/workbook.xml.rels'), 'xl/_rels/workbook.xml.rels');
  for (const [sheet, edit] of sheetEdits) {
    const part = findSheetPart(workbookXml, workbookRels, sheet);
    writeText(zip, part, edit(await readText(zip, part)));
  }
  let contentTypes = await readText(zip, '[Content_Types].xml');
  const overrides: string[] = [];

  // Group by sheet, keeping the order of first appearance.
  const bySheet = new Map<string, BarChartSpec[]>();
  for (const spec of charts) {
    const part = findSheetPart(workbookXml, workbookRels, spec.sheet);
    const list = bySheet.get(part);
    if (list) list.push(spec);
    else bySheet.set(part, [spec]);
  }

  let chartNo = nextPartNumber(zip, 'xl/charts', 'chart');
  let drawingNo = nextPartNumber(zip, 'xl/drawings', 'drawing');
  for (const [sheetPart, specs] of bySheet) {
    const sheetName = specs[0]!.sheet;
    const sheetXml = await readText(zip, sheetPart);
    const drawingPart = `xl/drawings/drawing${drawingNo++}.xml`;

    // Worksheet → drawing relationship (creating or extending the sheet's .rels).
    const sheetRelsPath = relsPathOf(sheetPart);
    const sheetRelsXml = await zip.file(sheetRelsPath)?.async('string');
    const sheetRels = sheetRelsXml === undefined ? [] : readRels(sheetRelsXml, sheetRelsPath);
    const drawingRelId = freeRelId(sheetRels);
    const drawingTarget = `../drawings/${drawingPart.slice('xl/drawings/'.length)}`;
    const rel = relXml(
      drawingRelId,
      REL_DRAWING,
      resolveTarget(sheetPart, drawingTarget) === drawingPart ? drawingTarget : `/${drawingPart}`,
    );
    writeText(zip, sheetPart, insertDrawingElement(sheetXml, drawingRelId, sheetPart, sheetName));
    writeText(zip, sheetRelsPath, sheetRelsXml === undefined ? relsDoc([rel]) : appendToRoot(sheetRelsXml, rel, sheetRelsPath));

    // Drawing with one anchor per chart, and the chart parts.
    const anchors: string[] = [];
    const drawingRels: string[] = [];
    specs.forEach((spec, i) => {
      const chartPart = `xl/charts/chart${chartNo++}.xml`;
      const relId = `rId${i + 1}`;
      writeText(zip, chartPart, chartXml(spec));
      drawingRels.push(relXml(relId, REL_CHART, `../charts/${chartPart.slice('xl/charts/'.length)}`));
      anchors.push(anchorXml(spec, i + 2, relId));
      overrides.push(`<Override PartName="/${chartPart}" ContentType="${CT_CHART}"/>`);
    });
    writeText(zip, drawingPart, `${XML_DECL}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors.join('')}</xdr:wsDr>`);
    writeText(zip, relsPathOf(drawingPart), relsDoc(drawingRels));
    overrides.push(`<Override PartName="/${drawingPart}" ContentType="${CT_DRAWING}"/>`);
  }

  if (overrides.length) {
    contentTypes = appendToRoot(contentTypes, overrides.join(''), '[Content_Types].xml');
    writeText(zip, '[Content_Types].xml', contentTypes);
  }
  // Every entry gets the same fixed date, so the same input gives the same bytes.
  zip.forEach((_, file) => {
    file.date = FIXED_DATE;
  });
  return zip.generateAsync({ type: 'uint8array', compression, compressionOptions: { level: 6 } });
}

/** For tests. */
export const _internal = { insertDrawingElement, resolveTarget };
