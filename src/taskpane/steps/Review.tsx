import {
  Badge,
  Caption1,
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { describeWhere } from '../../app/errors';
import type { ReviewData, ReviewRow } from '../../app/review';
import type { Lang } from '../../engine/model';
import { MESSAGES } from '../../i18n/messages';
import { formatCount, formatEuro, UI } from '../../i18n/ui';
import { useStyles } from '../styles';

const SHOWN_PROBLEMS = 5;
/**
 * Up to this many administrations the table has a spend column for each; a regional cooperation's
 * twenty would make a table to scroll through sideways, so it gets their spend together and how many
 * of them buy (each one's spend is on Toewijzing).
 */
export const MAX_SPEND_COLUMNS = 4;

/** Step 4: the headline figures, what could not be read, and the shared categories. */
export function ReviewStep({ lang, review, workbook = false }: { lang: Lang; review: ReviewData; workbook?: boolean }) {
  const s = useStyles();
  const t = UI[lang].review;
  const sum = review.summary;
  const columns = useMemo(() => reviewColumns(lang, review), [lang, review]);
  return (
    <div className={s.stack}>
      <Text>{t.intro}</Text>
      <div className={s.figures}>
        <div className={s.figure}>
          <Caption1>{t.savingsTitle}</Caption1>
          <Subtitle2>{formatEuro(sum.savings.expected, lang)}</Subtitle2>
          <Caption1>{t.savingsRange(formatEuro(sum.savings.low, lang), formatEuro(sum.savings.high, lang))}</Caption1>
        </div>
        <div className={s.figure}>
          <Caption1>{t.shared(sum.sharedCategories, sum.categories)}</Caption1>
          <Text>{t.worthwhile(sum.worthwhileCategories)}</Text>
          <Caption1>{t.sharedSpend(formatEuro(sum.sharedSpend, lang), formatEuro(sum.totalSpend, lang))}</Caption1>
          {sum.notPurchases.lines > 0 ? (
            <Caption1>{t.notPurchases(sum.notPurchases.lines, formatEuro(sum.notPurchases.spend, lang))}</Caption1>
          ) : null}
        </div>
        <div className={s.figure}>
          <Caption1>{t.lines(sum.lines, sum.rejected)}</Caption1>
          <Text>{review.sources.join(' · ')}</Text>
          {review.languages.map((g) => (
            <Caption1 key={g.names}>{t.languages(g.names, g.sources.join(', '))}</Caption1>
          ))}
          {/* Only a re-run in Excel reads the workbook's Controle sheet back. */}
          {workbook ? <Caption1>{t.languagesHint}</Caption1> : null}
        </div>
      </div>

      {review.withoutAmounts.length > 0 ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.withoutAmountsTitle}</MessageBarTitle>
            <ul className={s.list}>
              {review.withoutAmounts.map((w) => (
                <li key={`${w.file}|${w.sheet}`}>{MESSAGES[lang].noAmountColumn(w.file, w.sheet)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {review.rejected.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.rejectedTitle(review.rejected.length)}</MessageBarTitle>
            <ul className={s.list}>
              {review.rejected.slice(0, SHOWN_PROBLEMS).map((r) => (
                <li key={`${r.administration}|${r.file}|${r.sheet}|${r.row}|${r.column}`}>
                  {r.administration},{' '}
                  {describeWhere({ sheet: r.sheet, row: r.row, column: r.column }, lang).replace(/^./, (c) => c.toLowerCase())}: {r.reason}
                </li>
              ))}
            </ul>
            {review.rejected.length > SHOWN_PROBLEMS ? t.moreRows(review.rejected.length - SHOWN_PROBLEMS) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {review.warnings.length > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.warningsTitle}</MessageBarTitle>
            <ul className={s.list}>
              {review.warnings.slice(0, SHOWN_PROBLEMS).map((w, i) => (
                <li key={i}>
                  {w.administration},{' '}
                  {describeWhere({ sheet: w.sheet, row: w.row ?? undefined }, lang).replace(/^./, (c) => c.toLowerCase())}: {w.message}
                </li>
              ))}
            </ul>
            {review.warnings.length > SHOWN_PROBLEMS ? t.moreRows(review.warnings.length - SHOWN_PROBLEMS) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      <Subtitle2 as="h3" id="shared-heading" className={s.subheading}>
        {t.tableLabel} ({formatCount(review.rows.length, lang)})
      </Subtitle2>
      {review.rows.length === 0 ? (
        <Text>{t.none}</Text>
      ) : (
        <div className={s.gridScroll} role="region" aria-labelledby="shared-heading" tabIndex={0}>
          <DataGrid
            className={s.grid}
            items={review.rows}
            columns={columns}
            sortable
            // A read-only table: Tab reaches the sort buttons, screen readers read it as a table. (Cell
            // navigation would add Tabster's hidden focus guards, which axe reports as aria-hidden-focus.)
            focusMode="none"
            resizableColumns
            resizableColumnsOptions={{ autoFitColumns: false }}
            columnSizingOptions={columnSizes(review.sources.length)}
            size="small"
            getRowId={(r: ReviewRow) => r.id}
            aria-labelledby="shared-heading"
            defaultSortState={{ sortColumn: 'expected', sortDirection: 'descending' }}
          >
            <DataGridHeader>
              <DataGridRow>{({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
            </DataGridHeader>
            <DataGridBody<ReviewRow>>
              {({ item, rowId }) => (
                <DataGridRow<ReviewRow> key={rowId}>{({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}</DataGridRow>
              )}
            </DataGridBody>
          </DataGrid>
        </div>
      )}
    </div>
  );
}

/** Widths that keep rows short in a narrow pane (the grid scrolls sideways). */
function columnSizes(sources: number): Record<string, { idealWidth: number; minWidth: number }> {
  const sizes: Record<string, { idealWidth: number; minWidth: number }> = {
    category: { idealWidth: 180, minWidth: 120 },
    expected: { idealWidth: 120, minWidth: 90 },
    lead: { idealWidth: 180, minWidth: 110 },
    why: { idealWidth: 340, minWidth: 160 },
  };
  if (sources > MAX_SPEND_COLUMNS) {
    sizes['combined'] = { idealWidth: 120, minWidth: 90 };
    sizes['buyers'] = { idealWidth: 90, minWidth: 70 };
  } else for (let i = 0; i < sources; i++) sizes[`spend-${i}`] = { idealWidth: 115, minWidth: 90 };
  return sizes;
}

/**
 * The saving (the table's order) and the lead come right after the category: a task pane is about
 * 350 pixels wide and shows two columns before it scrolls sideways; what each administration
 * spends, and why the lead, follow.
 */
function reviewColumns(lang: Lang, review: ReviewData): TableColumnDefinition<ReviewRow>[] {
  const t = UI[lang].review;
  return [
    createTableColumn<ReviewRow>({
      columnId: 'category',
      compare: (a, b) => a.category.localeCompare(b.category, lang),
      renderHeaderCell: () => t.category,
      renderCell: (r) => r.category,
    }),
    euroColumn('expected', t.expected, (r) => r.expected, lang),
    createTableColumn<ReviewRow>({
      columnId: 'lead',
      compare: (a, b) => a.lead.localeCompare(b.lead, lang),
      renderHeaderCell: () => t.lead,
      renderCell: (r) => r.lead,
    }),
    ...(review.sources.length > MAX_SPEND_COLUMNS
      ? [
          euroColumn('combined', t.combined, (r) => r.combined, lang),
          createTableColumn<ReviewRow>({
            columnId: 'buyers',
            compare: (a, b) => buyers(a) - buyers(b),
            renderHeaderCell: () => t.buyers,
            renderCell: (r) => t.buyersOf(buyers(r), review.sources.length),
          }),
        ]
      : review.sources.map((name, i) => euroColumn(`spend-${i}`, t.spend(name), (r) => r.spend[i] ?? 0, lang))),
    createTableColumn<ReviewRow>({
      columnId: 'why',
      renderHeaderCell: () => t.why,
      renderCell: (r) => (
        <span>
          {r.why}
          {r.heavier ? (
            <>
              {' '}
              <Badge appearance="tint" color="warning" size="small">
                {t.heavier}
              </Badge>
            </>
          ) : null}
        </span>
      ),
    }),
  ];
}

/** A column of euro amounts, sorted by amount. */
function euroColumn(columnId: string, header: string, amount: (r: ReviewRow) => number, lang: Lang): TableColumnDefinition<ReviewRow> {
  return createTableColumn<ReviewRow>({
    columnId,
    compare: (a, b) => amount(a) - amount(b),
    renderHeaderCell: () => header,
    renderCell: (r) => formatEuro(amount(r), lang),
  });
}

/** How many administrations spend on the category (a credit alone is no purchase). */
function buyers(r: ReviewRow): number {
  return r.spend.filter((x) => x > 0).length;
}
