import type { PublishedCaseStudy } from '../../storage/ports';

export interface LibraryFilter {
  text: string;
  indicator: string;
  edsOutcome: string;
  organisationType: string;
  region: string;
}

export const NO_FILTER: LibraryFilter = { text: '', indicator: '', edsOutcome: '', organisationType: '', region: '' };

/** Case studies matching every chosen filter; the text is searched in the title, problem, what was done and impact. */
export function filterLibrary<T extends { value: PublishedCaseStudy }>(entries: readonly T[], filter: LibraryFilter): T[] {
  const words = filter.text
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  return entries.filter(({ value: { caseStudy } }) => {
    const haystack = [caseStudy.title, caseStudy.problem, caseStudy.whatWasDone, caseStudy.impact, caseStudy.organisation.name].join(' ').toLowerCase();
    return (
      words.every((word) => haystack.includes(word)) &&
      (!filter.indicator || caseStudy.indicators.some((id) => id === filter.indicator)) &&
      (!filter.edsOutcome || caseStudy.edsOutcomes.includes(filter.edsOutcome)) &&
      (!filter.organisationType || caseStudy.organisation.type === filter.organisationType) &&
      (!filter.region || caseStudy.organisation.region === filter.region)
    );
  });
}
