/**
 * Where the page runs: inside Excel (workbook mode) or in a plain browser (standalone, over files).
 * `Office.onReady` resolves with a host inside Office, with none in a browser, and sometimes never
 * (office.js could not load, or hangs): a watchdog decides then.
 */

/** The part of the `Office` global this needs (tests hand in a fake). */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform?: unknown } | undefined>;
  context?: { displayLanguage?: string };
}

export type HostReason = 'excel' | 'no-office' | 'no-host' | 'other-host' | 'timeout' | 'error';

export interface HostInfo {
  mode: 'workbook' | 'standalone';
  /** Office's UI language (`fr-BE`) in workbook mode, else the browser's. */
  displayLanguage?: string;
  reason: HostReason;
}

export const WATCHDOG_MS = 3000;

/** The `Office` global if office.js loaded, without touching an undeclared name. */
export function officeGlobal(): OfficeLike | undefined {
  const g = globalThis as { Office?: OfficeLike };
  return g.Office && typeof g.Office.onReady === 'function' ? g.Office : undefined;
}

function browserLanguage(): string | undefined {
  return typeof navigator !== 'undefined' ? navigator.language : undefined;
}

/** Waits for Office at most `timeoutMs`; Excel → workbook mode, anything else → standalone. */
export async function detectHost(office: OfficeLike | undefined = officeGlobal(), timeoutMs = WATCHDOG_MS): Promise<HostInfo> {
  const standalone = (reason: HostReason): HostInfo => ({ mode: 'standalone', reason, ...langOf(browserLanguage()) });
  if (!office) return standalone('no-office');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watchdog = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  try {
    const ready = await Promise.race([Promise.resolve().then(() => office.onReady()), watchdog]);
    if (ready === 'timeout') return standalone('timeout');
    const host = ready?.host;
    if (!host) return standalone('no-host');
    if (String(host) !== 'Excel') return standalone('other-host');
    let displayLanguage: string | undefined;
    try {
      displayLanguage = office.context?.displayLanguage;
    } catch {
      displayLanguage = undefined;
    }
    return { mode: 'workbook', reason: 'excel', ...langOf(displayLanguage ?? browserLanguage()) };
  } catch {
    return standalone('error');
  } finally {
    clearTimeout(timer);
  }
}

function langOf(tag: string | undefined): { displayLanguage?: string } {
  return tag ? { displayLanguage: tag } : {};
}
