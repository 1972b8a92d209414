/**
 * @jest-environment jsdom
 *
 * The review step's table as a user meets it: the category, its saving and its lead first, in view
 * in the narrow pane; then a spend column per administration for a municipality and its partners,
 * or for a regional cooperation their spend together and how many of them buy.
 */
import './dom-setup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { runAnalysis } from '../../src/app/analyze-sources';
import { reviewOf } from '../../src/app/review';
import type { Lang } from '../../src/engine/model';
import { ReviewStep } from '../../src/taskpane/steps/Review';
import { cooperationSources } from '../support/cooperation';

function showReview(administrations: number, lang: Lang = 'nl') {
  const sources = cooperationSources(administrations, 2);
  // The fourth administration buys no paper: it counts as no buyer of it.
  if (administrations >= 4) sources[3]!.tables[0]!.rows.splice(2, 1);
  const { report } = runAnalysis(sources, { lang });
  render(
    <FluentProvider theme={webLightTheme}>
      <ReviewStep lang={lang} review={reviewOf(report)} />
    </FluentProvider>,
  );
  const grid = screen.getByRole('grid');
  return {
    grid,
    headers: within(grid)
      .getAllByRole('columnheader')
      .map((h) => h.textContent),
  };
}

const rowOf = (grid: HTMLElement, category: RegExp) =>
  within(grid)
    .getAllByRole('row')
    .find((r) => category.test(r.textContent ?? ''))!;

describe('the shared categories on the review step', () => {
  it('has a spend column per administration for up to four', () => {
    const { headers } = showReview(4);
    expect(headers).toEqual([
      'Categorie',
      'Verwachte besparing',
      'Trekker',
      'Bestuur 1 per jaar',
      'Bestuur 2 per jaar',
      'Bestuur 3 per jaar',
      'Bestuur 4 per jaar',
      'Waarom',
    ]);
  });

  it('has their spend together and how many buy for a cooperation of 20', () => {
    const { grid, headers } = showReview(20);
    expect(headers).toEqual(['Categorie', 'Verwachte besparing', 'Trekker', 'Samen per jaar', 'Kopende besturen', 'Waarom']);
    expect(rowOf(grid, /Kopieerpapier|papier/i).textContent).toContain('19 van 20');
    expect(rowOf(grid, /Elektriciteit/).textContent).toContain('20 van 20');
  });

  it.each([
    ['fr', 'Ensemble par an', 'Administrations acheteuses', '19 sur 20'],
    ['en', 'Combined per year', 'Buying administrations', '19 of 20'],
  ] as const)('says so in French and English too (%s)', (lang, combined, buyers, paper) => {
    const { grid, headers } = showReview(20, lang);
    expect(headers.slice(3, 5)).toEqual([combined, buyers]);
    expect(rowOf(grid, /papier|paper/i).textContent).toContain(paper);
  });
});

describe('the payments that are no purchases on the review step', () => {
  function showWith(extra: (string | number)[][], lang: Lang = 'nl') {
    const sources = cooperationSources(2, 1);
    sources.forEach((s) => s.tables[0]!.rows.push(...extra));
    const { report } = runAnalysis(sources, { lang });
    render(
      <FluentProvider theme={webLightTheme}>
        <ReviewStep lang={lang} review={reviewOf(report)} />
      </FluentProvider>,
    );
  }

  it('says how much was left out of the savings, and is no row of the table', () => {
    showWith([['20/03/2025', 'RSZ', 'RSZ bijdragen maart', 1, '', 10_000]]);
    expect(screen.getByText(/^Geen aankopen .*: 2 lijnen, €\s20\.000, niet in de besparingen$/)).toBeTruthy();
    expect(within(screen.getByRole('grid')).queryByText(/lonen/i)).toBeNull();
  });

  it('says nothing of them when every line is a purchase', () => {
    showWith([]);
    expect(screen.queryByText(/Geen aankopen/)).toBeNull();
  });

  it('says so in English too', () => {
    showWith([['20/03/2025', 'HMRC', 'Pension contributions March', 1, '', 10_000]], 'en');
    expect(screen.getByText(/^Not purchases .*: 2 lines, €20,000, left out of the savings$/)).toBeTruthy();
  });
});

describe('the languages on the review step', () => {
  function showLanguages(workbook: boolean, languages = new Map<string, string>()) {
    const previous = { allocation: new Map(), lineOverrides: [], parameters: {}, kinds: new Map(), languages };
    const { report } = runAnalysis(cooperationSources(2, 1), { previous });
    render(
      <FluentProvider theme={webLightTheme}>
        <ReviewStep lang="nl" review={reviewOf(report)} workbook={workbook} />
      </FluentProvider>,
    );
    return report;
  }

  it('names the languages each source is read in, sources alike together, and in Excel where to put one right', () => {
    // Their few lines name no language by a word of its own: all three are kept.
    const report = showLanguages(true);
    expect(report.sources.map((s) => s.languages)).toEqual([
      ['nl', 'fr', 'en'],
      ['nl', 'fr', 'en'],
    ]);
    expect(screen.getByText('Talen: Nederlands, Frans, Engels (Bestuur 1, Bestuur 2)')).toBeTruthy();
    expect(screen.getByText(/^Klopt een taal niet\? Kies de juiste op het blad Controle/)).toBeTruthy();
  });

  it('shows the languages someone chose, and no hint where no re-run reads them (the standalone page)', () => {
    showLanguages(false, new Map([['Bestuur 2', 'Nederlands']]));
    expect(screen.getByText('Talen: Nederlands, Frans, Engels (Bestuur 1)')).toBeTruthy();
    expect(screen.getByText('Talen: Nederlands (Bestuur 2)')).toBeTruthy();
    expect(screen.queryByText(/Klopt een taal niet/)).toBeNull();
  });
});

describe('the counts above the table', () => {
  it.each([
    ['nl', '1.204 lijnen gelezen'],
    // A narrow no-break space in French, which Testing Library reads as a space.
    ['fr', '1 204 lignes lues'],
    ['en', '1,204 lines read'],
  ] as const)('are written as %s writes numbers: %s', (lang, read) => {
    // Two administrations of 602 lines: a count a reader should not have to spell out digit by digit.
    const { report } = runAnalysis(cooperationSources(2, 600), { lang });
    render(
      <FluentProvider theme={webLightTheme}>
        <ReviewStep lang={lang} review={reviewOf(report)} />
      </FluentProvider>,
    );
    expect(screen.getByText(new RegExp(`^${read}`))).toBeTruthy();
  });
});
