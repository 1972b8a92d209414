import {
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import type { ChoiceIssue } from '../../app/choices';
import type { PickedFile } from '../../app/files';
import type { Lang } from '../../engine/model';
import type { SheetInfo } from '../../gateway/port';
import { UI } from '../../i18n/ui';
import { FileField } from '../../standalone/FileField';
import { useStyles } from '../styles';

export interface SourceRow {
  key: number;
  name: string;
  sheet: string;
  file: PickedFile | null;
}

export interface SourcesProps {
  lang: Lang;
  mode: 'workbook' | 'standalone';
  /** Workbook mode: the sheets that can be a source; null while they are being read. */
  sheets: SheetInfo[] | null;
  remembered: boolean;
  rows: SourceRow[];
  issues: ChoiceIssue[];
  central: string;
  council: boolean;
  busy: boolean;
  onRows: (rows: SourceRow[]) => void;
  onAdd: () => void;
  onCentral: (value: string) => void;
  onCouncil: (value: boolean) => void;
  onReload: () => void;
}

/** Step 1: each administration with its name and its sheet (or file). */
export function SourcesStep(p: SourcesProps) {
  const s = useStyles();
  const t = UI[p.lang].sources;
  const set = (i: number, patch: Partial<SourceRow>) => p.onRows(p.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const issueFor = (i: number, kinds: ChoiceIssue['kind'][]) =>
    p.issues.find((x) => 'index' in x && x.index === i && kinds.includes(x.kind));

  if (p.mode === 'workbook' && p.sheets === null) return <Spinner label={t.loadingSheets} />;
  if (p.mode === 'workbook' && p.sheets !== null && p.sheets.length === 0) {
    return (
      <div className={s.stack}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.noSheets}</MessageBarBody>
        </MessageBar>
        <div className={s.actions}>
          <Button onClick={p.onReload}>{t.reload}</Button>
        </div>
      </div>
    );
  }

  return (
    <div className={s.stack}>
      <Text>{p.mode === 'workbook' ? t.introWorkbook : t.introFiles}</Text>
      {p.remembered ? (
        <MessageBar intent="info">
          <MessageBarBody>{t.remembered}</MessageBarBody>
        </MessageBar>
      ) : null}
      {p.rows.map((row, i) => {
        const label = row.name.trim() || t.administration(i + 1);
        const nameIssue = issueFor(i, ['name-missing', 'name-twice']);
        const sourceIssue = issueFor(i, ['sheet-missing', 'sheet-twice', 'file-missing', 'file-type']);
        const headingId = `source-${row.key}-heading`;
        return (
          <section key={row.key} className={s.section} aria-labelledby={headingId}>
            <div className={s.sectionHead}>
              <Subtitle2 as="h3" id={headingId} className={s.subheading}>
                {t.administration(i + 1)}
              </Subtitle2>
              {p.rows.length > 2 ? (
                <Button appearance="subtle" size="small" disabled={p.busy} onClick={() => p.onRows(p.rows.filter((_, j) => j !== i))}>
                  {t.remove(label)}
                </Button>
              ) : null}
            </div>
            <Field
              label={t.name(i + 1)}
              required
              validationState={nameIssue ? 'error' : 'none'}
              validationMessage={nameIssue ? issueText(p.lang, nameIssue) : undefined}
            >
              <Input value={row.name} disabled={p.busy} onChange={(_, d) => set(i, { name: d.value })} />
            </Field>
            {p.mode === 'workbook' ? (
              <Field
                label={t.sheet(label)}
                required
                validationState={sourceIssue ? 'error' : 'none'}
                validationMessage={sourceIssue ? issueText(p.lang, sourceIssue) : undefined}
              >
                <Dropdown
                  className={s.dropdown}
                  placeholder={t.chooseSheet}
                  value={row.sheet}
                  selectedOptions={row.sheet ? [row.sheet] : []}
                  disabled={p.busy}
                  onOptionSelect={(_, d) => set(i, { sheet: d.optionValue ?? '' })}
                >
                  {(p.sheets ?? []).map((sheet) => (
                    <Option key={sheet.name} value={sheet.name} text={sheet.name}>
                      {sheet.name} <Caption1>({t.sheetSize(sheet.rows, sheet.columns)})</Caption1>
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            ) : (
              <FileField
                label={t.file(label)}
                file={row.file}
                chosenText={row.file ? t.chosenFile(row.file.name) : undefined}
                validationMessage={sourceIssue ? issueText(p.lang, sourceIssue) : undefined}
                onChange={(file) => set(i, { file })}
              />
            )}
          </section>
        );
      })}
      <div className={s.actions}>
        <Button disabled={p.busy} onClick={p.onAdd}>
          {t.add}
        </Button>
      </div>
      <section className={s.section} aria-labelledby="options-heading">
        <Subtitle2 as="h3" id="options-heading" className={s.subheading}>
          {t.options}
        </Subtitle2>
        <Field label={t.central} hint={t.centralHint}>
          <Input value={p.central} disabled={p.busy} onChange={(_, d) => p.onCentral(d.value)} />
        </Field>
        <Checkbox label={t.council} checked={p.council} disabled={p.busy} onChange={(_, d) => p.onCouncil(d.checked === true)} />
      </section>
    </div>
  );
}

export function issueText(lang: Lang, issue: ChoiceIssue): string {
  const t = UI[lang].sources;
  switch (issue.kind) {
    case 'need-two':
      return t.needTwo;
    case 'name-missing':
      return t.nameMissing(issue.index + 1);
    case 'name-twice':
      return t.nameTwice(issue.name);
    case 'sheet-missing':
      return t.sheetMissing(issue.name);
    case 'sheet-twice':
      return t.sheetTwice(issue.sheet);
    case 'file-missing':
      return t.fileMissing(issue.name);
    case 'file-type':
      return t.fileType(issue.file);
  }
}
