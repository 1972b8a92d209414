import { createRoot, type Root } from 'react-dom/client';
import { toAppError, type AppError } from '../app/errors';
import { detectHost, officeGlobal, WATCHDOG_MS, type OfficeLike } from '../app/host';
import { pickLang } from '../app/lang';
import { loadOfficePort } from '../app/office-port';
import { browserWorkerFactory, createWorkerRunner, type EngineRunner } from '../app/runner';
import type { WorkbookPort } from '../gateway/port';
import { Loading, TandemApp } from './App';
import type { AppEnv } from './env';

export interface StartOptions {
  /** The Office global (default: `window.Office` if office.js loaded). Pass `null` for none. */
  office?: OfficeLike | null;
  /** How long to wait for `Office.onReady`. */
  timeoutMs?: number;
  /** Makes the workbook port in Excel (default: the Office.js gateway, loaded lazily). */
  loadPort?: () => Promise<WorkbookPort>;
  runner?: EngineRunner;
  download?: AppEnv['download'];
}

/**
 * Starts Tandem in `container`: shows a spinner, waits for Office (with a watchdog), and renders
 * the wizard in workbook mode inside Excel or standalone mode anywhere else.
 */
export async function startTandem(container: HTMLElement, options: StartOptions = {}): Promise<Root> {
  const root = createRoot(container);
  const navLang = typeof navigator !== 'undefined' ? navigator.language : undefined;
  root.render(<Loading lang={pickLang(navLang)} />);
  const office = options.office === undefined ? officeGlobal() : (options.office ?? undefined);
  const host = await detectHost(office, options.timeoutMs ?? WATCHDOG_MS);
  const runner = options.runner ?? createWorkerRunner(browserWorkerFactory());
  let port: WorkbookPort | undefined;
  let startError: AppError | undefined;
  if (host.mode === 'workbook') {
    try {
      port = await (options.loadPort ?? loadOfficePort)();
    } catch (e) {
      startError = toAppError(e, 'no-gateway');
      if (startError.code !== 'no-gateway') startError = { ...startError, code: 'no-gateway' };
    }
  }
  const env: AppEnv = {
    mode: port ? 'workbook' : 'standalone',
    lang: pickLang(host.displayLanguage),
    ...(port ? { port } : {}),
    ...(startError ? { startError } : {}),
    runner,
    ...(options.download ? { download: options.download } : {}),
  };
  root.render(<TandemApp env={env} />);
  return root;
}
