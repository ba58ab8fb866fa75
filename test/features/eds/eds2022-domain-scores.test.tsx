import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { EDS2022_OUTCOMES, type Eds2022OverallRating, type Eds2022Review, rollUpEds2022 } from '../../../src/domain/eds';
import { summariseActions } from '../../../src/domain/plan';
import { EdsPanel } from '../../../src/features/dashboard/eds-panel';
import { edsPanel } from '../../../src/features/dashboard/eds-model';
import { RollUpSummary } from '../../../src/features/eds/roll-up-summary';
import { renderWithPlan } from '../../support/render-with-plan';

/** An agreed EDS 2022 review with every outcome scored 2 except those changed. */
function review(changed: Readonly<Record<string, number>>, domainRatings: Eds2022Review['domainRatings'] = {}): Eds2022Review {
  return {
    id: 'eds2022-2024',
    framework: 'eds2022',
    year: 2024,
    status: 'Agreed',
    partners: { organisations: [], people: [] },
    characteristics: [],
    otherGroups: [],
    domainRatings,
    outcomes: EDS2022_OUTCOMES.map((outcome) => ({ outcomeId: outcome.id, score: changed[outcome.id] ?? 2, evidence: [], agreedBy: [] })),
  };
}

// Leeds 2023/24 (eds-and-action-plans.md §2.3): total 21, Developing; 2D one point below 2024/25's.
// Domains: 8 of 12, 2+2+2+1 = 7 of 12, 6 of 9. Under the old mean-score reading domains 1 and 2 read "Achieving".
const leeds2023 = review({ '2D': 1 });
// Domain 3 at 3+3+2 = 8 of 9, which the old reading called "Excelling"; total 8 + 8 + 8 = 24, Achieving overall.
const eightOfNine = review({ '3A': 3, '3B': 3 });
const RATING_WORDS: readonly Eds2022OverallRating[] = ['Undeveloped', 'Developing', 'Achieving', 'Excelling'];

function domainRatingsShown(element: HTMLElement): string[] {
  return RATING_WORDS.filter((word) => element.textContent?.includes(word));
}

function renderRollUp(of: Eds2022Review) {
  render(
    <FluentProvider theme={teamsLightTheme}>
      <RollUpSummary rollUp={rollUpEds2022(of)} />
    </FluentProvider>,
  );
  return screen.getByRole('table', { name: 'Roll-up by domain' });
}

describe('the roll-up table on the EDS review page', () => {
  test('Leeds 2023/24: each domain is its score out of its maximum with no rating; overall Developing (21 of 33)', () => {
    const table = renderRollUp(leeds2023);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['1. Commissioned or provided services', '4 of 4', '8 of 12', 'None agreed'],
      ['2. Workforce health and well-being', '4 of 4', '7 of 12', 'None agreed'],
      ['3. Inclusive leadership', '3 of 3', '6 of 9', 'None agreed'],
    ]);
    expect(within(table).getByRole('columnheader', { name: 'Rating agreed by the panel' })).toBeInTheDocument();
    expect(domainRatingsShown(table)).toEqual([]);
    expect(screen.getByText('Overall: Developing (21 of 33)')).toBeInTheDocument();
  });

  test('8 of 9 in a domain is shown as 8 of 9, not Excelling; a rating the panel agreed is shown', () => {
    const table = renderRollUp(review({ '3A': 3, '3B': 3 }, { '1': 'Developing' }));
    const domain3 = within(table).getByRole('row', { name: /Inclusive leadership/ });
    expect(
      within(domain3)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3. Inclusive leadership', '3 of 3', '8 of 9', 'None agreed']);
    expect(within(within(table).getByRole('row', { name: /Commissioned/ })).getByRole('cell', { name: 'Developing' })).toBeInTheDocument();
  });
});

describe('the dashboard EDS 2022 panel', () => {
  const summaries = summariseActions([], '2026-11-26');

  async function renderPanel(of: Eds2022Review) {
    await renderWithPlan(<EdsPanel model={edsPanel('eds2022', [of], summaries)} />);
    return screen.getByRole('region', { name: 'EDS 2022 outcomes' });
  }

  test('Leeds 2023/24: domains as scores, no domain called Achieving, overall Developing', async () => {
    const panel = await renderPanel(leeds2023);
    expect(within(panel).getByText('Latest agreed review 2024: total 21 of 33, overall Developing')).toBeInTheDocument();
    const domains = within(panel)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.closest('section') as HTMLElement);
    expect(domains.map((domain) => within(domain).getByText(/^Score \d+ of \d+/).textContent)).toEqual([
      'Score 8 of 12 (4 of 4 outcomes scored)',
      'Score 7 of 12 (4 of 4 outcomes scored)',
      'Score 6 of 9 (3 of 3 outcomes scored)',
    ]);
    // Outcome badges still name each score's activity level ("Score 2: Achieving activity"); the domain lines do not rate.
    for (const domain of domains) expect(domainRatingsShown(within(domain).getByText(/^Score \d+ of \d+/))).toEqual([]);
  });

  test('8 of 9 is not Excelling; an agreed domain rating is shown as agreed', async () => {
    const panel = await renderPanel({ ...eightOfNine, domainRatings: { '2': 'Achieving' } });
    expect(within(panel).getByText('Score 8 of 9 (3 of 3 outcomes scored)')).toBeInTheDocument();
    expect(within(panel).getByText('Score 8 of 12 (4 of 4 outcomes scored); rating agreed by the panel: Achieving')).toBeInTheDocument();
    // Only the two outcomes scored 3 say "Excelling activity"; no domain line does.
    expect(
      within(panel)
        .getAllByText(/Excelling/)
        .map((badge) => badge.textContent),
    ).toEqual(['Score 3: Excelling activity', 'Score 3: Excelling activity']);
    expect(within(panel).getByText('Latest agreed review 2024: total 24 of 33, overall Achieving')).toBeInTheDocument();
  });
});
