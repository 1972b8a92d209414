/** Excel's limit for one cell's text. */
export const MAX_CELL_TEXT = 32_767;
// Characters XML 1.0 cannot carry: a workbook holding them does not open again.
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const MAYBE_NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Text as a workbook cell can hold it: without characters XML cannot carry, at most 32,767 characters. */
export function cellText(text: string): string {
  // Almost every text is clean: a plain character class says so much faster than the full pattern.
  if (text.length <= MAX_CELL_TEXT && !MAYBE_NOT_IN_XML.test(text)) return text;
  const clean = text.replace(NOT_IN_XML, '');
  if (clean.length <= MAX_CELL_TEXT) return clean;
  // Cut without splitting a surrogate pair.
  const cut = clean.slice(0, MAX_CELL_TEXT);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}
