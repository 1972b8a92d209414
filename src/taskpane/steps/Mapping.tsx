import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  Dropdown,
  Field,
  Option,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { isChanged, MAIN_ROLES, MORE_ROLES, NO_COLUMN } from '../../app/mapping';
import type { Lang, Role } from '../../engine/model';
import { UI } from '../../i18n/ui';
import type { ColumnMapping, SourceInspection } from '../../worker/protocol';
import { useStyles } from '../styles';

export interface MappingProps {
  lang: Lang;
  inspections: SourceInspection[];
  mappings: ColumnMapping[];
  /** Per source: the mapping remembered in the workbook, if any. */
  remembered: (Record<string, number> | undefined)[];
  busy: boolean;
  onChange: (source: number, role: Role, column: number) => void;
}

/**
 * Step 2: per source, each role with its column (guessed, with the confidence as a badge), to check
 * and correct. One labelled dropdown per role; the badge is the field's description.
 */
export function MappingStep(p: MappingProps) {
  const s = useStyles();
  const t = UI[p.lang].mapping;
  return (
    <div className={s.stack}>
      <Text>{t.intro}</Text>
      {p.inspections.map((insp, i) => {
        const headingId = `mapping-${i}-heading`;
        const fields = (roles: readonly Role[]) =>
          roles.map((role) => (
            <MappingField
              key={role}
              lang={p.lang}
              inspection={insp}
              mapping={p.mappings[i] ?? {}}
              remembered={p.remembered[i]}
              role={role}
              busy={p.busy}
              onChange={(column) => p.onChange(i, role, column)}
            />
          ));
        return (
          <section key={`${insp.name}-${i}`} className={s.section} aria-labelledby={headingId}>
            <Subtitle2 as="h3" id={headingId} className={s.subheading}>
              {t.source(insp.name, insp.sheet)}
            </Subtitle2>
            <Caption1>{insp.headerRow > 0 ? t.headerRow(insp.headerRow, insp.rows) : t.noHeader(insp.rows)}</Caption1>
            <div className={s.mappingList}>{fields(MAIN_ROLES)}</div>
            <Accordion collapsible>
              <AccordionItem value="more">
                <AccordionHeader size="small">{t.more}</AccordionHeader>
                <AccordionPanel>
                  <div className={s.mappingList}>{fields(MORE_ROLES)}</div>
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          </section>
        );
      })}
    </div>
  );
}

function MappingField(p: {
  lang: Lang;
  inspection: SourceInspection;
  mapping: ColumnMapping;
  remembered?: Record<string, number>;
  role: Role;
  busy: boolean;
  onChange: (column: number) => void;
}) {
  const s = useStyles();
  const t = UI[p.lang].mapping;
  const roleName = UI[p.lang].roles[p.role];
  const current = p.mapping[p.role] ?? NO_COLUMN;
  const option = p.inspection.columns[current];
  const text = option ? t.columnOption(option.letter, option.header) : t.none;
  const guess = p.inspection.guesses[p.role];
  let badge: JSX.Element | null;
  if (isChanged(p.inspection, p.mapping, p.role)) {
    badge =
      p.remembered && p.remembered[p.role] === current ? (
        <Badge appearance="tint" color="brand">
          {t.remembered}
        </Badge>
      ) : (
        <Badge appearance="tint" color="informative">
          {t.changed}
        </Badge>
      );
  } else if (guess) {
    const pct = Math.round(guess.confidence * 100);
    badge = (
      <Badge appearance="tint" color={guess.confidence >= 0.8 ? 'success' : guess.confidence >= 0.5 ? 'warning' : 'danger'}>
        {t.percent(pct)}
      </Badge>
    );
  } else {
    badge = MAIN_ROLES.includes(p.role) ? (
      <Badge appearance="outline" color="informative">
        {t.notFound}
      </Badge>
    ) : null;
  }
  return (
    <Field
      orientation="horizontal"
      size="small"
      className={s.mappingField}
      label={{
        children: (
          <>
            {roleName}
            <span className={s.srOnly}> ({p.inspection.name})</span>
          </>
        ),
      }}
      hint={
        badge
          ? {
              children: (
                <>
                  <span className={s.srOnly}>{t.confidence}: </span>
                  {badge}
                </>
              ),
            }
          : undefined
      }
    >
      <Dropdown
        className={s.dropdown}
        size="small"
        value={text}
        selectedOptions={[String(current)]}
        disabled={p.busy}
        onOptionSelect={(_, d) => p.onChange(Number(d.optionValue ?? NO_COLUMN))}
      >
        <Option value={String(NO_COLUMN)} text={t.none}>
          {t.none}
        </Option>
        {p.inspection.columns.map((c) => (
          <Option key={c.index} value={String(c.index)} text={t.columnOption(c.letter, c.header)}>
            {t.columnOption(c.letter, c.header)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
