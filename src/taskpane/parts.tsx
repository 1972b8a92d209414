import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
  ProgressBar,
} from '@fluentui/react-components';
import { forwardRef, type ReactNode } from 'react';
import { describeError, type AppError } from '../app/errors';
import type { AppProgress } from '../app/progress';
import type { Lang } from '../engine/model';
import { UI } from '../i18n/ui';
import { useStyles } from './styles';

/** "Step 2 of 5" and the step's heading; the wizard moves focus to the heading on a step change. */
export const StepHeading = forwardRef<HTMLHeadingElement, { lang: Lang; index: number; total: number; children: ReactNode }>(
  function StepHeading({ lang, index, total, children }, ref) {
    const s = useStyles();
    return (
      <div className={s.stepHeader}>
        <Caption1>{UI[lang].stepOf(index, total)}</Caption1>
        <h2 id="step-heading" className={mergeClasses(s.subtitle1, s.heading)} tabIndex={-1} ref={ref}>
          {children}
        </h2>
      </div>
    );
  },
);

/** An error in words, naming file, sheet, row and column where known. */
export function ErrorBar({ lang, error, title }: { lang: Lang; error: AppError; title?: string }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title ?? UI[lang].errorTitle}</MessageBarTitle>
        {describeError(error, lang)}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Several problems the user must fix before going on. */
export function ProblemsBar({ lang, problems }: { lang: Lang; problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{UI[lang].errorTitle}</MessageBarTitle>
        {problems.length === 1 ? (
          problems[0]
        ) : (
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * A labelled progress bar with what is happening; the phase is announced to screen readers (once per
 * phase, not per percent), and a cancel button when the task can be cancelled.
 */
export function ProgressPanel({
  lang,
  label,
  progress,
  onCancel,
}: {
  lang: Lang;
  label: string;
  progress: AppProgress | null;
  onCancel?: () => void;
}) {
  const s = useStyles();
  const t = UI[lang].run;
  const fraction = progress?.fraction ?? 0;
  const percent = Math.round(fraction * 100);
  const phase = progress ? t.phase[progress.phase] : '';
  return (
    <div className={s.stack}>
      <Field label={label} validationState="none" validationMessage={progress ? t.status(phase, percent, progress.detail) : undefined}>
        <ProgressBar value={progress ? fraction : undefined} max={1} thickness="large" />
      </Field>
      <div role="status" aria-live="polite" className={s.srOnly}>
        {phase ? `${phase}${progress?.detail ? ` (${progress.detail})` : ''}` : ''}
      </div>
      {onCancel ? (
        <div className={s.actions}>
          <Button onClick={onCancel}>{t.cancel}</Button>
        </div>
      ) : null}
    </div>
  );
}
