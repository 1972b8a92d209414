/** What can go wrong in the Office.js gateway, said once, in a code the app layer turns into words. */
export type ExcelProblem =
  /** `context.sync()` did not answer in time (it can hang on Excel on the web). */
  | 'sync-timeout'
  /** The sheet asked for is not in the workbook. */
  | 'no-such-sheet'
  /** Excel refused a request or response as too large, even after smaller blocks. */
  | 'payload-too-large';

export class ExcelGatewayError extends Error {
  /** The sheet it happened on, when there is one. */
  readonly sheet?: string;
  /** 1-based row as the spreadsheet shows it, when there is one. */
  readonly row?: number;
  constructor(
    readonly problem: ExcelProblem,
    /** The step or sheet it happened in (for the message and the UI). */
    readonly detail = '',
    options: { cause?: unknown; sheet?: string; row?: number } = {},
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`, { cause: options.cause });
    this.name = 'ExcelGatewayError';
    if (options.sheet !== undefined) this.sheet = options.sheet;
    if (options.row !== undefined) this.row = options.row;
  }
}

export class SyncTimeoutError extends ExcelGatewayError {
  constructor(
    readonly timeoutMs: number,
    readonly step: string,
  ) {
    super('sync-timeout', step);
    this.message = `Excel did not answer within ${timeoutMs / 1000} s while ${step}. Excel on the web can stop answering; close and reopen the task pane and try again.`;
    this.name = 'SyncTimeoutError';
  }
}

/**
 * The one way the gateway syncs: `await timed(context.sync(), …)`, a sync with a timeout. A sync that
 * does not settle in time rejects with a {@link SyncTimeoutError} naming the step; the hanging sync is
 * left to settle on its own. (The sync is passed in, not made here, so the Office.js lint rules see
 * each `context.sync()` where it happens.)
 */
export async function syncWithTimeout(sync: Promise<unknown>, timeoutMs: number, step: string): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SyncTimeoutError(timeoutMs, step)), timeoutMs);
  });
  try {
    await Promise.race([sync, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Throws the signal's reason (an `AbortError` DOMException unless the caller gave another) once it is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  throw signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Lets the task pane's UI run between blocks. */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Error code of an Office.js error (`OfficeExtension.Error.code`), if any. */
export function officeErrorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function isPayloadError(e: unknown): boolean {
  const code = officeErrorCode(e);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** UTF-8 length of a string, without allocating (the payload limits count bytes, not characters). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes a value takes as JSON in a request or response. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}
