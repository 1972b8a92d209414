import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The manifest, checked offline (office-addin-manifest's validator calls an online service these
 * machines cannot reach): well-formed, the elements and limits the store checks, and every file and
 * resource it names present.
 */
const root = join(__dirname, '..');
const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
const errors: string[] = [];
const doc = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(xml, 'text/xml');
const el = doc.documentElement!;
const children = (node: XmlElement) => Array.from(node.childNodes).filter((n): n is XmlElement => n.nodeType === 1);
const first = (name: string, scope: XmlElement = el): XmlElement => {
  const found = Array.from(scope.getElementsByTagName(name));
  if (!found[0]) throw new Error(`no <${name}>`);
  return found[0];
};
const all = (name: string): XmlElement[] => Array.from(el.getElementsByTagName(name));

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('is well-formed XML with a TaskPaneApp root', () => {
    expect(errors).toEqual([]);
    expect(el.tagName).toBe('OfficeApp');
    expect(el.getAttribute('xsi:type')).toBe('TaskPaneApp');
  });

  it('has the required elements in the order the schema demands', () => {
    const order = [
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ];
    expect(children(el).map((c) => c.tagName)).toEqual(order);
  });

  it('has a GUID id, a four-part version and names within the store limits', () => {
    expect(first('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(first('Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const display = first('DisplayName');
    const description = first('Description');
    for (const node of [display, ...children(display)])
      expect((node.getAttribute('DefaultValue') ?? node.getAttribute('Value') ?? '').length).toBeLessThanOrEqual(125);
    for (const node of [description, ...children(description)])
      expect((node.getAttribute('DefaultValue') ?? node.getAttribute('Value') ?? '').length).toBeLessThanOrEqual(250);
    expect(children(display).map((o) => o.getAttribute('Locale'))).toEqual(['fr-BE', 'en-US']);
  });

  it('is an Excel add-in that asks for ReadWriteDocument and declares the ExcelApi set the code needs', () => {
    expect(first('Host').getAttribute('Name')).toBe('Workbook');
    expect(first('Permissions').textContent).toBe('ReadWriteDocument');
    const set = first('Set');
    expect(set.getAttribute('Name')).toBe('ExcelApi');
    // getRangeByIndexes needs 1.7; what later sets add (page layout, custom properties) is checked before use.
    expect(set.getAttribute('MinVersion')).toBe('1.7');
  });

  it('names only https addresses on one domain, listed in AppDomains', () => {
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    const domain = first('AppDomain').textContent!;
    for (const u of urls) {
      expect(u.startsWith('https://')).toBe(true);
      expect(u.startsWith(domain)).toBe(true);
    }
  });

  it('points at icons that exist in assets/ at the sizes it claims', () => {
    for (const img of all('bt:Image').filter((i) => i.getAttribute('DefaultValue'))) {
      const file = img.getAttribute('DefaultValue')!.replace(/^https:\/\/[^/]+\//, '');
      const size = Number(img.getAttribute('id')!.split('.').pop());
      expect(pngSize(join(root, file))).toEqual({ width: size, height: size });
    }
    expect(pngSize(join(root, 'assets/icon-32.png')).width).toBe(32);
    expect(pngSize(join(root, 'assets/icon-64.png')).width).toBe(64);
  });

  it('has a ribbon button on the Home tab that opens the task pane, with every resource it names defined', () => {
    expect(first('OfficeTab').getAttribute('id')).toBe('TabHome');
    const control = first('Control');
    expect(control.getAttribute('xsi:type')).toBe('Button');
    expect(first('Action', control).getAttribute('xsi:type')).toBe('ShowTaskpane');
    const defined = new Set(
      ['bt:Image', 'bt:Url', 'bt:String'].flatMap((tag) => all(tag).map((n) => n.getAttribute('id'))).filter(Boolean),
    );
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) expect(defined).toContain(id);
    for (const s of all('bt:String')) {
      const limit = s.parentNode!.nodeName === 'bt:ShortStrings' ? 125 : 250;
      expect((s.getAttribute('DefaultValue') ?? '').length).toBeLessThanOrEqual(limit);
      expect(s.getAttribute('id')!.length).toBeLessThanOrEqual(32);
    }
  });
});
