import type { CaseStudy } from '../../src/domain/practice';
import type { PracticeLibrary, PublishedCaseStudy, Versioned } from '../../src/storage/ports';

/** An in-memory shared library for component tests; the Graph adapter is tested against the local store. */
export function memoryPracticeLibrary(initial: readonly CaseStudy[] = []): PracticeLibrary & { published: CaseStudy[] } {
  const entries = new Map<string, Versioned<PublishedCaseStudy>>(
    initial.map((caseStudy, index) => [caseStudy.id, { value: { caseStudy, adoptions: 0 }, eTag: `"p,${index}"`, itemId: String(index + 1) }]),
  );
  const published: CaseStudy[] = [];
  return {
    published,
    list: async () => [...entries.values()],
    async publish(caseStudy) {
      published.push(caseStudy);
      const entry = entries.get(caseStudy.id) ?? { value: { caseStudy, adoptions: 0 }, eTag: '"p,new"', itemId: String(entries.size + 1) };
      entries.set(caseStudy.id, entry);
      return entry;
    },
    async recordAdoption(caseStudyId) {
      const entry = entries.get(caseStudyId);
      if (!entry) throw new Error(`No case study ${caseStudyId}`);
      const next = { ...entry, value: { ...entry.value, adoptions: entry.value.adoptions + 1 } };
      entries.set(caseStudyId, next);
      return next;
    },
  };
}
