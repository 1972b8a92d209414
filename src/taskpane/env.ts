import type { AppError } from '../app/errors';
import type { EngineRunner } from '../app/runner';
import type { Lang } from '../engine/model';
import type { WorkbookPort } from '../gateway/port';

/** What the wizard is given: where it runs and the services it uses (real ones or test fakes). */
export interface AppEnv {
  /** 'workbook': sources are sheets of the open workbook (needs `port`); 'standalone': files. */
  mode: 'workbook' | 'standalone';
  /** The language to start in (from Office or the browser); the workbook's remembered language wins. */
  lang: Lang;
  port?: WorkbookPort;
  /** Why workbook mode was not possible although Office reported Excel (shown once). */
  startError?: AppError;
  runner: EngineRunner;
  /** Offers a file to the user (standalone): defaults to a download link. */
  download?: (blob: Blob, name: string) => void;
}
