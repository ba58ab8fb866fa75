import type { CaseStudy } from '../../src/domain/practice';
import type { PracticeLibrary, PublishedCaseStudy, Versioned } from '../../src/storage/ports';

/**
 * An in-memory shared library for component tests, keyed as the api keys it: a case study by its
 * id, an adoption by (plan, case study). The Graph adapter and the api are tested against the local store.
 */
export function memoryPracticeLibrary(initial: readonly CaseStudy[] = []): PracticeLibrary & { published: CaseStudy[]; adoptionCalls: number } {
  const entries = new Map<string, Versioned<PublishedCaseStudy>>(
    initial.map((caseStudy, index) => [caseStudy.id, { value: { caseStudy, adoptions: 0 }, eTag: `"p,${index}"`, itemId: String(index + 1) }]),
  );
  const adopted = new Set<string>();
  const published: CaseStudy[] = [];
  const library = {
    published,
    adoptionCalls: 0,
    // Newest first, as the port promises and the hub's reader sorts.
    list: async () => [...entries.values()].toSorted((a, b) => b.value.caseStudy.publishedOn.localeCompare(a.value.caseStudy.publishedOn)),
    async publish(caseStudy: CaseStudy) {
      published.push(caseStudy);
      const entry = entries.get(caseStudy.id) ?? { value: { caseStudy, adoptions: 0 }, eTag: '"p,new"', itemId: String(entries.size + 1) };
      entries.set(caseStudy.id, entry);
      return entry.value;
    },
    async edit(caseStudy: CaseStudy) {
      const entry = entries.get(caseStudy.id);
      if (!entry) throw new Error(`No case study ${caseStudy.id}`);
      entries.set(caseStudy.id, { ...entry, value: { ...entry.value, caseStudy } });
      return { ...entry.value, caseStudy };
    },
    async withdraw(caseStudyId: string) {
      entries.delete(caseStudyId);
    },
    async recordAdoption(caseStudyId: string, planSiteId: string) {
      library.adoptionCalls += 1;
      const entry = entries.get(caseStudyId);
      if (!entry) throw new Error(`No case study ${caseStudyId}`);
      adopted.add(`${caseStudyId}|${planSiteId}`);
      const adoptions = [...adopted].filter((key) => key.startsWith(`${caseStudyId}|`)).length;
      entries.set(caseStudyId, { ...entry, value: { ...entry.value, adoptions } });
      return { ...entry.value, adoptions };
    },
    async registerPlan(planSiteId: string, odsCode: string) {
      return { siteId: planSiteId, orgCode: odsCode, registeredOn: '2027-01-15' };
    },
  };
  return library;
}
