/**
 * @jest-environment jsdom
 *
 * The wizard as a user meets it, with an in-memory workbook and an engine runner on the test's
 * thread: steps, guessed columns with confidence, a corrected mapping reaching the run, cancel,
 * errors naming sheet/row/column in Dutch, French from Office's display language, labels.
 */
import './dom-setup';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { TandemApp } from '../../src/taskpane/App';
import type { AppEnv } from '../../src/taskpane/env';
import { startTandem } from '../../src/taskpane/start';
import { createFakeRunner, FakeWorkbook, sampleSheets, type FakeRunnerOptions } from './fakes';

function setup(runnerOptions: FakeRunnerOptions = {}, env: Partial<AppEnv> = {}) {
  const book = new FakeWorkbook(sampleSheets());
  const fake = createFakeRunner(runnerOptions);
  const user = userEvent.setup();
  render(<TandemApp env={{ mode: 'workbook', lang: 'nl', port: book, runner: fake.runner, ...env }} />);
  return { book, fake, user };
}

const stepHeading = (name: string | RegExp) => screen.findByRole('heading', { level: 2, name }, { timeout: 10_000 });

/** Every form control has an accessible name, and axe finds nothing (colour contrast needs a real browser). */
async function expectAccessible() {
  for (const role of ['textbox', 'combobox', 'checkbox', 'button'] as const) {
    for (const el of screen.queryAllByRole(role)) expect(el).toHaveAccessibleName();
  }
  for (const input of Array.from(document.querySelectorAll('input'))) expect(input).toHaveAccessibleName();
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function toMapping(user: ReturnType<typeof userEvent.setup>) {
  await stepHeading('Bronnen kiezen');
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Blad met de aankopen van OCMW' })).toHaveTextContent('OCMW'));
  await user.click(screen.getByRole('button', { name: 'Volgende: kolommen controleren' }));
  return stepHeading('Kolommen controleren');
}

/** The dropdown for a role of a source, in that source's section of the mapping step. */
function columnFor(source: string, role: string) {
  const section = screen.getByRole('region', { name: new RegExp(`^${source} — blad`) });
  return within(section).getByRole('combobox', { name: `${role} (${source})` });
}

test('walks through the five steps in Dutch: sources, mapping, run, review, write', async () => {
  const { book, fake, user } = setup();

  // Step 1: the sheets, with defaults Gemeente and OCMW; Tandem's sheets are never offered.
  await stepHeading('Bronnen kiezen');
  expect(screen.getByText('Stap 1 van 5')).toBeInTheDocument();
  expect(await screen.findByRole('textbox', { name: /Naam van bestuur 1/ })).toHaveValue('Gemeente');
  expect(screen.getByRole('textbox', { name: /Naam van bestuur 2/ })).toHaveValue('OCMW');
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Blad met de aankopen van Gemeente' })).toHaveTextContent('Gemeente'));
  await expectAccessible();

  // Step 2: guessed columns with their confidence; focus is on the step's heading.
  const heading = await toMapping(user);
  expect(heading).toHaveFocus();
  expect(screen.getByText('Stap 2 van 5')).toBeInTheDocument();
  const amount = columnFor('Gemeente', 'Bedrag (excl. btw)');
  expect(amount).toHaveTextContent('D · Bedrag excl. btw');
  expect(amount).toHaveAccessibleDescription(/^Zekerheid: \d+ %$/);
  expect(amount.closest('.fui-Field')?.querySelector('.fui-Badge')).toHaveTextContent(/^\d+ %$/);
  const description = columnFor('OCMW', 'Omschrijving');
  expect(description).toHaveTextContent('C · Artikel');
  expect(columnFor('OCMW', 'CPV-code')).toHaveAccessibleDescription('Zekerheid: niet gevonden');
  await expectAccessible();

  // The user corrects OCMW's description column: the badge says so.
  await user.click(description);
  await user.click(await screen.findByRole('option', { name: 'F · Opmerking' }));
  expect(columnFor('OCMW', 'Omschrijving')).toHaveTextContent('F · Opmerking');
  expect(columnFor('OCMW', 'Omschrijving')).toHaveAccessibleDescription('Zekerheid: aangepast');

  // Step 3 → 4: the run gets the corrected mapping; the review shows shared categories.
  await user.click(screen.getByRole('button', { name: 'Analyse starten' }));
  const review = await stepHeading('Gedeelde categorieën');
  expect(review).toHaveFocus();
  const run = fake.requests.find((r) => r.kind === 'run-tables');
  expect(run?.kind === 'run-tables' && run.sources.map((s) => s.mapping?.description)).toEqual([2, 5]);
  expect(screen.getByText('Verwachte besparing per jaar')).toBeInTheDocument();
  const grid = screen.getByRole('grid');
  expect(within(grid).getByRole('columnheader', { name: /Gemeente per jaar/ })).toBeInTheDocument();
  expect(within(grid).getByRole('columnheader', { name: /Trekker/ })).toBeInTheDocument();
  expect(within(grid).getAllByRole('row').length).toBeGreaterThan(1);
  // The unreadable amount on row 8: named by sheet, row and column, in Dutch.
  expect(
    screen.getByText(/Gemeente, blad Gemeente, rij 8, kolom D: Bedrag "12,3x" in kolom "Bedrag excl. btw" is geen getal/),
  ).toBeInTheDocument();
  await expectAccessible();

  // Step 5: write the sheets, jump to Samenvatting, remember the choices.
  await user.click(screen.getByRole('button', { name: 'Volgende' }));
  await stepHeading('Bladen schrijven');
  await user.click(screen.getByRole('button', { name: 'Bladen schrijven' }));
  expect(await screen.findByText(/^Klaar: Samenvatting, /)).toBeInTheDocument();
  expect(book.activated).toEqual(['Samenvatting']);
  expect(book.written).toHaveLength(1);
  await waitFor(() =>
    expect(book.settings?.sources.map((s) => [s.sheet, s.mapping?.description])).toEqual([
      ['Gemeente', 2],
      ['OCMW', 5],
    ]),
  );
  expect(book.settings?.lang).toBe('nl');
  expect(screen.getByRole('button', { name: 'Toon Samenvatting' })).toBeInTheDocument();
  await expectAccessible();
}, 240_000);

test('a run can be cancelled: the progress bar goes and "geannuleerd" shows', async () => {
  const { fake, user } = setup({ hold: true });
  await toMapping(user);
  await user.click(screen.getByRole('button', { name: 'Analyse starten' }));
  await stepHeading('Analyse uitvoeren');
  expect(screen.getByRole('progressbar')).toBeInTheDocument();
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Lijnen indelen in categorieën'));
  await expectAccessible();
  await user.click(screen.getByRole('button', { name: 'Annuleren' }));
  expect(await screen.findByText('De analyse is geannuleerd. Er is niets veranderd.')).toBeInTheDocument();
  expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Opnieuw starten' })).toBeInTheDocument();
  // What the engine says after the cancel is ignored.
  act(() => fake.release());
  await new Promise((r) => setTimeout(r, 50));
  expect(screen.queryByRole('heading', { name: 'Gedeelde categorieën' })).not.toBeInTheDocument();
});

test('a source error shows a MessageBar naming sheet, row and column, in Dutch', async () => {
  const { user } = setup({ fail: { problem: 'unreadable', file: 'Werkmap.xlsx', sheet: 'OCMW', row: 12, column: 'D', detail: '#REF!' } });
  await toMapping(user);
  await user.click(screen.getByRole('button', { name: 'Analyse starten' }));
  expect(await screen.findByText('De analyse is niet gelukt')).toBeInTheDocument();
  expect(screen.getByText('Blad OCMW, rij 12, kolom D: Werkmap.xlsx: bestand kan niet gelezen worden (#REF!)')).toBeInTheDocument();
  await expectAccessible();
});

test('a sheet the workbook cannot read is named in the error', async () => {
  const { book, user } = setup();
  book.failRead = {
    sheet: 'OCMW',
    error: Object.assign(new Error('sync-timeout: reading OCMW'), { problem: 'sync-timeout', detail: 'reading OCMW' }),
  };
  await stepHeading('Bronnen kiezen');
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Blad met de aankopen van OCMW' })).toHaveTextContent('OCMW'));
  await user.click(screen.getByRole('button', { name: 'Volgende: kolommen controleren' }));
  expect(await screen.findByText(/^Excel antwoordde niet op tijd \(reading OCMW\)/)).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: 'Bronnen kiezen' })).toBeInTheDocument();
});

test('missing choices are said next to the field', async () => {
  const { user } = setup();
  await stepHeading('Bronnen kiezen');
  const name = await screen.findByRole('textbox', { name: /Naam van bestuur 2/ });
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Blad met de aankopen van OCMW' })).toHaveTextContent('OCMW'));
  await user.clear(name);
  await user.click(screen.getByRole('button', { name: 'Volgende: kolommen controleren' }));
  expect(await screen.findByText('Geef bestuur 2 een naam.')).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: /Naam van bestuur 2/ })).toHaveAttribute('aria-invalid', 'true');
});

test('French when Office’s display language is fr-BE', async () => {
  const book = new FakeWorkbook(sampleSheets());
  const fake = createFakeRunner();
  const container = document.createElement('div');
  document.body.appendChild(container);
  await act(async () => {
    await startTandem(container, {
      office: { onReady: async () => ({ host: 'Excel' }), context: { displayLanguage: 'fr-BE' } },
      loadPort: async () => book,
      runner: fake.runner,
      timeoutMs: 500,
    });
  });
  expect(await screen.findByRole('heading', { level: 2, name: 'Choisir les sources' })).toBeInTheDocument();
  expect(screen.getByText('Étape 1 sur 5')).toBeInTheDocument();
  expect(await screen.findByRole('textbox', { name: /Nom de l’administration 1/ })).toHaveValue('Commune');
  expect(screen.getByRole('button', { name: 'Suivant : vérifier les colonnes' })).toBeInTheDocument();
  expect(screen.getByText('Sources : feuilles de ce classeur')).toBeInTheDocument();
  expect(document.documentElement.lang).toBe('fr');
  await expectAccessible();
  container.remove();
});

test('standalone: a labelled file input per source, an added administration, and a download named tandem.xlsx', async () => {
  const fake = createFakeRunner();
  const download = jest.fn();
  const user = userEvent.setup();
  // Outside Office the browser's language decides.
  const language = jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('nl-BE');
  const container = document.createElement('div');
  document.body.appendChild(container);
  await act(async () => {
    await startTandem(container, { office: null, runner: fake.runner, download });
  });
  await stepHeading('Bronnen kiezen');
  expect(screen.getByText('Bronnen: bestanden op deze computer (zonder Excel)')).toBeInTheDocument();
  const csv = (rows: (string | null)[][]) => rows.map((r) => r.map((c) => c ?? '').join(';')).join('\n');
  const sheets = sampleSheets();
  await user.upload(
    screen.getByLabelText(/Bestand met de aankopen van Gemeente/),
    new File([csv(sheets.Gemeente as (string | null)[][])], 'gemeente.csv', { type: 'text/csv' }),
  );
  await user.upload(
    screen.getByLabelText(/Bestand met de aankopen van OCMW/),
    new File([csv(sheets.OCMW as (string | null)[][])], 'ocmw.csv', { type: 'text/csv' }),
  );
  expect(screen.getByText('Gekozen: gemeente.csv')).toBeInTheDocument();

  // A third administration gets its own labelled input; without a file it cannot go on.
  await user.click(screen.getByRole('button', { name: 'Bestuur toevoegen' }));
  await user.type(screen.getByRole('textbox', { name: /Naam van bestuur 3/ }), 'AGB');
  expect(screen.getByLabelText(/Bestand met de aankopen van AGB/)).toBeInTheDocument();
  await expectAccessible();
  await user.click(screen.getByRole('button', { name: 'Volgende: kolommen controleren' }));
  expect(await screen.findByText('Kies een bestand voor AGB.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'AGB verwijderen' }));

  await user.click(screen.getByRole('button', { name: 'Volgende: kolommen controleren' }));
  await stepHeading('Kolommen controleren');
  expect(fake.requests[0]?.kind).toBe('inspect-files');
  await user.click(screen.getByRole('button', { name: 'Analyse starten' }));
  await stepHeading('Gedeelde categorieën');
  await user.click(screen.getByRole('button', { name: 'Volgende' }));
  await stepHeading('Werkmap downloaden');
  await user.click(screen.getByRole('button', { name: 'Werkmap downloaden (tandem.xlsx)' }));
  expect(download).toHaveBeenCalledTimes(1);
  const [blob, name] = download.mock.calls[0] as [Blob, string];
  expect(name).toBe('tandem.xlsx');
  expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(await screen.findByText('tandem.xlsx is gedownload.')).toBeInTheDocument();
  await expectAccessible();
  container.remove();
  language.mockRestore();
}, 240_000);
