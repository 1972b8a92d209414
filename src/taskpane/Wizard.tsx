import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { checkChoices, type ChoiceIssue } from '../app/choices';
import { toAppError, type AppError } from '../app/errors';
import { DOWNLOAD_NAME, inspectFiles, runFiles } from '../app/files';
import { confirmedMapping, initialMapping, mappingIssues, type MappingIssue } from '../app/mapping';
import type { AppProgress } from '../app/progress';
import { reviewOf, type ReviewData } from '../app/review';
import type { RunHandle } from '../app/runner';
import {
  defaultChoices,
  inspectSheets,
  listSourceSheets,
  loadRemembered,
  rememberChoices,
  rememberedMapping,
  runWorkbook,
  writeWorkbook,
  type Inspected,
  type WriteResult,
} from '../app/workbook';
import type { Lang, Role } from '../engine/model';
import type { WritePlan } from '../engine/plan/types';
import type { SheetInfo, TandemSettings } from '../gateway/port';
import { UI } from '../i18n/ui';
import { downloadBlob } from '../standalone/download';
import type { ColumnMapping, FileSource, TableSource } from '../worker/protocol';
import type { AppEnv } from './env';
import { ErrorBar, ProblemsBar, ProgressPanel, StepHeading } from './parts';
import { MappingStep } from './steps/Mapping';
import { ReviewStep } from './steps/Review';
import { SourcesStep, issueText, type SourceRow } from './steps/Sources';
import { useStyles } from './styles';

export type Step = 'sources' | 'mapping' | 'run' | 'review' | 'write';
export const STEPS: readonly Step[] = ['sources', 'mapping', 'run', 'review', 'write'];

type Task = 'inspect' | 'run' | 'write';

interface RunOutput {
  review: ReviewData;
  plan?: WritePlan;
  xlsx?: Blob;
}

function rowsFrom(names: readonly string[], sheets: readonly string[] = []): SourceRow[] {
  return names.map((name, i) => ({ key: i + 1, name, sheet: sheets[i] ?? '', file: null }));
}

/**
 * The five steps: choose the sources, check the columns, run, review, write (or download). All
 * work goes through the app layer; this component holds the user's choices and what came back.
 */
export function Wizard({ env, lang, onLang }: { env: AppEnv; lang: Lang; onLang: (lang: Lang) => void }) {
  const s = useStyles();
  const t = UI[lang];
  const port = env.mode === 'workbook' ? env.port : undefined;
  const workbook = port !== undefined;

  const [step, setStep] = useState<Step>('sources');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef<Step>('sources');
  useEffect(() => {
    // Focus follows the step (not on the first render: the page must not grab focus on load).
    if (shownStep.current !== step) headingRef.current?.focus();
    shownStep.current = step;
  }, [step]);

  // Step 1
  const [sheets, setSheets] = useState<SheetInfo[] | null>(workbook ? null : []);
  const [remembered, setRemembered] = useState<TandemSettings | null>(null);
  const [rows, setRows] = useState<SourceRow[]>(() => rowsFrom(UI[lang].sources.defaultNames));
  const nextKey = useRef(100);
  const [central, setCentral] = useState('');
  const [council, setCouncil] = useState(false);
  const [issues, setIssues] = useState<ChoiceIssue[]>([]);

  // Tasks under way
  const [busy, setBusy] = useState<Task | null>(null);
  const [progress, setProgress] = useState<AppProgress | null>(null);
  const handleRef = useRef<RunHandle<unknown> | null>(null);
  const [error, setError] = useState<AppError | null>(env.startError ?? null);
  const [cancelled, setCancelled] = useState(false);

  // Step 2
  const [inspected, setInspected] = useState<Inspected<TableSource | FileSource> | null>(null);
  const [mappings, setMappings] = useState<ColumnMapping[]>([]);
  const [remembers, setRemembers] = useState<(Record<string, number> | undefined)[]>([]);
  const [mappingProblems, setMappingProblems] = useState<MappingIssue[]>([]);

  // Steps 4 and 5
  const [output, setOutput] = useState<RunOutput | null>(null);
  const [written, setWritten] = useState<WriteResult | null>(null);
  const [downloaded, setDownloaded] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      handleRef.current?.cancel();
    };
  }, []);

  const loadSheets = useCallback(async () => {
    if (!port) return;
    setSheets(null);
    try {
      const [list, settings] = await Promise.all([listSourceSheets(port), loadRemembered(port)]);
      if (!alive.current) return;
      setSheets(list);
      setRemembered(settings);
      const choices = defaultChoices(list, settings, UI[settings?.lang ?? lang].sources.defaultNames);
      setRows(choices.map((c, i) => ({ key: i + 1, name: c.name, sheet: c.sheet, file: null })));
      if (settings?.lang && settings.lang !== lang) onLang(settings.lang);
      if (settings?.central) setCentral(settings.central);
    } catch (e) {
      if (!alive.current) return;
      setSheets([]);
      setError(toAppError(e, 'read-failed'));
    }
    // Only on start and on request: not when the language changes.
  }, [port]);

  useEffect(() => {
    void loadSheets();
  }, [loadSheets]);

  /** Starts a task; its outcome is handled only if it is still the current one. */
  function track<T>(task: Task, handle: RunHandle<T>, then: (o: Awaited<RunHandle<T>['result']>) => void) {
    handleRef.current = handle as RunHandle<unknown>;
    setBusy(task);
    void handle.result.then((o) => {
      if (!alive.current || handleRef.current !== (handle as RunHandle<unknown>)) return;
      handleRef.current = null;
      setBusy(null);
      setProgress(null);
      then(o);
    });
  }

  const cancel = () => handleRef.current?.cancel();

  // Step 1 → 2: read the sources and guess their columns.
  const inspect = () => {
    const found = checkChoices(rows, workbook ? 'workbook' : 'standalone');
    setIssues(found);
    setError(null);
    setCancelled(false);
    if (found.length > 0) return;
    setProgress(null);
    const choices = rows.map((r) => ({ name: r.name.trim(), sheet: r.sheet, file: r.file! }));
    const handle = port ? inspectSheets(port, env.runner, choices, setProgress) : inspectFiles(env.runner, choices, setProgress);
    track<Inspected<TableSource | FileSource>>('inspect', handle, (o) => {
      if (o.status === 'done') {
        const mem = o.value.inspections.map((_, i) => (port ? rememberedMapping(remembered, rows[i]!.sheet) : undefined));
        setInspected(o.value);
        setRemembers(mem);
        setMappings(o.value.inspections.map((insp, i) => initialMapping(insp, mem[i])));
        setMappingProblems([]);
        setStep('mapping');
      } else if (o.status === 'failed') setError(o.error);
      else setCancelled(true);
    });
  };

  const changeMapping = (source: number, role: Role, column: number) => {
    setMappings((ms) => ms.map((m, i) => (i === source ? { ...m, [role]: column } : m)));
    setMappingProblems([]);
  };

  // Step 2 → 3 → 4: run the engine.
  const run = () => {
    if (!inspected) return;
    const problems = inspected.inspections.flatMap((insp, i) => mappingIssues(insp.name, mappings[i] ?? {}));
    setMappingProblems(problems);
    if (problems.length > 0) return;
    const confirmed = mappings.map(confirmedMapping);
    const settings = { lang, central: central.trim() || undefined, council };
    setError(null);
    setCancelled(false);
    setOutput(null);
    setWritten(null);
    setDownloaded(false);
    setNotice(null);
    setProgress({ phase: 'read', fraction: 0 });
    setStep('run');
    if (port) {
      track('run', runWorkbook(port, env.runner, inspected.sources as TableSource[], confirmed, settings, setProgress), (o) => {
        if (o.status === 'done') {
          setOutput({ review: reviewOf(o.value.report, o.value.withoutAmounts), plan: o.value.plan });
          setStep('review');
        } else if (o.status === 'failed') setError(o.error);
        else setCancelled(true);
      });
    } else {
      track('run', runFiles(env.runner, inspected.sources as FileSource[], confirmed, settings, setProgress), (o) => {
        if (o.status === 'done') {
          setOutput({ review: reviewOf(o.value.report, o.value.withoutAmounts), xlsx: o.value.xlsx });
          setStep('review');
        } else if (o.status === 'failed') setError(o.error);
        else setCancelled(true);
      });
    }
  };

  // Step 5: write into the workbook, or download.
  const write = () => {
    if (!port || !output?.plan) return;
    setError(null);
    setNotice(null);
    setProgress({ phase: 'write', fraction: 0 });
    track('write', writeWorkbook(port, output.plan, setProgress), (o) => {
      if (o.status === 'done') {
        setWritten(o.value);
        const sources = rows.map((r, i) => ({ name: r.name.trim(), sheet: r.sheet, mapping: confirmedMapping(mappings[i] ?? {}) }));
        void rememberChoices(port, sources, { lang, central }).then((e) => {
          if (e && alive.current) setNotice(t.write.rememberFailed);
        });
      } else if (o.status === 'failed') setError(o.error);
    });
  };

  const download = () => {
    if (!output?.xlsx) return;
    (env.download ?? downloadBlob)(output.xlsx, DOWNLOAD_NAME);
    setDownloaded(true);
  };

  const showSummary = () => {
    if (port && written?.summary) void port.activate(written.summary).catch(() => undefined);
  };

  const restart = () => {
    setStep('sources');
    setError(null);
    setCancelled(false);
    setInspected(null);
    setOutput(null);
    setWritten(null);
    setDownloaded(false);
    setNotice(null);
  };

  const addRow = () => {
    setRows([...rows, { key: nextKey.current++, name: '', sheet: '', file: null }]);
    setIssues((x) => x.filter((i) => i.kind !== 'need-two'));
  };

  const index = STEPS.indexOf(step) + 1;
  const title =
    step === 'sources'
      ? t.steps.sources
      : step === 'mapping'
        ? t.steps.mapping
        : step === 'run'
          ? t.steps.run
          : step === 'review'
            ? t.steps.review
            : workbook
              ? t.steps.write
              : t.steps.download;

  const generalIssues = issues
    .filter((i) => i.kind === 'need-two' || i.kind === 'name-twice' || i.kind === 'sheet-twice')
    .map((i) => issueText(lang, i));

  return (
    <section className={s.stack} aria-labelledby="step-heading">
      <StepHeading lang={lang} index={index} total={STEPS.length} ref={headingRef}>
        {title}
      </StepHeading>

      {error && step !== 'run' ? <ErrorBar lang={lang} error={error} /> : null}

      {step === 'sources' ? (
        <>
          <SourcesStep
            lang={lang}
            mode={workbook ? 'workbook' : 'standalone'}
            sheets={sheets}
            remembered={!!remembered && remembered.sources.length > 0}
            rows={rows}
            issues={issues}
            central={central}
            council={council}
            busy={busy !== null}
            onRows={(r) => {
              setRows(r);
              setIssues([]);
            }}
            onAdd={addRow}
            onCentral={setCentral}
            onCouncil={setCouncil}
            onReload={() => void loadSheets()}
          />
          <ProblemsBar lang={lang} problems={[...new Set(generalIssues)]} />
          {cancelled ? <CancelledBar lang={lang} /> : null}
          {busy === 'inspect' ? (
            <ProgressPanel lang={lang} label={t.sources.reading} progress={progress} onCancel={cancel} />
          ) : sheets === null || (workbook && sheets.length === 0) ? null : (
            <div className={s.actions}>
              <Button appearance="primary" onClick={inspect}>
                {t.sources.next}
              </Button>
            </div>
          )}
        </>
      ) : null}

      {step === 'mapping' && inspected ? (
        <>
          <MappingStep
            lang={lang}
            inspections={inspected.inspections}
            mappings={mappings}
            remembered={remembers}
            busy={busy !== null}
            onChange={changeMapping}
          />
          <ProblemsBar
            lang={lang}
            problems={mappingProblems.map((p) =>
              p.kind === 'no-amount'
                ? t.mapping.noAmount(p.source)
                : t.mapping.duplicate(
                    p.source,
                    p.column,
                    p.roles.map((r) => t.roles[r]),
                  ),
            )}
          />
          <div className={s.actions}>
            <Button onClick={() => setStep('sources')}>{t.back}</Button>
            <Button appearance="primary" onClick={run}>
              {t.mapping.run}
            </Button>
          </div>
        </>
      ) : null}

      {step === 'run' ? (
        <>
          <Text>{t.run.intro}</Text>
          {busy === 'run' ? <ProgressPanel lang={lang} label={t.run.progress} progress={progress} onCancel={cancel} /> : null}
          {cancelled ? <CancelledBar lang={lang} /> : null}
          {error ? <ErrorBar lang={lang} error={error} title={t.run.failedTitle} /> : null}
          {busy !== 'run' ? (
            <div className={s.actions}>
              <Button onClick={() => setStep('mapping')}>{t.back}</Button>
              <Button appearance="primary" onClick={run}>
                {t.run.again}
              </Button>
            </div>
          ) : null}
        </>
      ) : null}

      {step === 'review' && output ? (
        <>
          <ReviewStep lang={lang} review={output.review} workbook={workbook} />
          <div className={s.actions}>
            <Button onClick={() => setStep('mapping')}>{t.back}</Button>
            <Button appearance="primary" onClick={() => setStep('write')}>
              {t.review.next}
            </Button>
          </div>
        </>
      ) : null}

      {step === 'write' && output ? (
        <>
          <Text>{workbook ? t.write.introWorkbook : t.write.introFiles}</Text>
          {busy === 'write' ? <ProgressPanel lang={lang} label={t.write.writing} progress={progress} /> : null}
          {written ? (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{t.write.done(Object.values(written.names).join(', '))}</MessageBarBody>
            </MessageBar>
          ) : null}
          {downloaded ? (
            <MessageBar intent="success">
              <MessageBarBody>{t.write.downloaded(DOWNLOAD_NAME)}</MessageBarBody>
            </MessageBar>
          ) : null}
          {notice ? (
            <MessageBar intent="warning">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          ) : null}
          <div className={s.actions}>
            <Button disabled={busy !== null} onClick={() => setStep('review')}>
              {t.back}
            </Button>
            {workbook ? (
              written ? (
                <Button appearance="primary" onClick={showSummary}>
                  {t.write.show(written.summary)}
                </Button>
              ) : (
                <Button appearance="primary" disabled={busy !== null} onClick={write}>
                  {t.write.write}
                </Button>
              )
            ) : (
              <Button appearance="primary" onClick={download}>
                {t.write.download}
              </Button>
            )}
            {written || downloaded ? <Button onClick={restart}>{t.write.restart}</Button> : null}
          </div>
        </>
      ) : null}
    </section>
  );
}

function CancelledBar({ lang }: { lang: Lang }) {
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        <MessageBarTitle>{UI[lang].run.cancelledTitle}</MessageBarTitle>
        {UI[lang].run.cancelled}
      </MessageBarBody>
    </MessageBar>
  );
}
