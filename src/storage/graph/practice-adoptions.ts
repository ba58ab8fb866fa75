import type { PracticeOwner } from '../ports';
import { StorageError } from '../ports/errors';
import { ensureLists } from './ensure-schema';
import { getItemPage, graphCall, readAllPages, type GraphListItem, type GraphSite } from './graph-site';
import type { ListSpec } from './list-schema';
import { titleText } from './mappers/field-values';
import { fieldEquals, withQuery } from './odata';

/**
 * One item per (trust, case study) adoption. `Key` is unique, so SharePoint itself refuses a
 * second record of the same trust adopting the same case study, whichever process tries.
 */
export const ADOPTIONS_SCHEMA: readonly ListSpec<'practiceAdoptions'>[] = [
  {
    key: 'practiceAdoptions',
    displayName: 'Good Practice Adoptions',
    description: 'Which trust adopted which case study: one item per trust and case study, written only by the app.',
    columns: [
      { name: 'Key', kind: 'text', indexed: true, unique: true },
      { name: 'CaseStudyId', kind: 'text', indexed: true },
      { name: 'AdopterTenantId', kind: 'text' },
      { name: 'AdopterSiteId', kind: 'text' },
      { name: 'ActionId', kind: 'text' },
    ],
  },
];

export interface AdoptionRecord {
  caseStudyId: string;
  adopter: PracticeOwner;
  /** The action the adoption made in the adopting trust's plan. */
  actionId: string;
}

export interface AdoptionLog {
  /** Records it once; recording the same (trust, case study) again changes nothing. */
  record(adoption: AdoptionRecord): Promise<void>;
  /** The items recorded for a case study (one per adopting trust). */
  forCaseStudy(caseStudyId: string): Promise<GraphListItem[]>;
}

export function adoptionKey(caseStudyId: string, adopterSiteId: string): string {
  return `${caseStudyId}|${adopterSiteId}`;
}

export async function openAdoptionLog(hub: GraphSite): Promise<AdoptionLog> {
  const { listIds } = await ensureLists(hub, ADOPTIONS_SCHEMA);
  const items = `/sites/${encodeURIComponent(hub.siteId)}/lists/${encodeURIComponent(listIds.practiceAdoptions)}/items`;

  async function find(key: string): Promise<GraphListItem | undefined> {
    const path = withQuery(items, { expand: 'fields(select=Key)', $filter: fieldEquals('Key', key), $top: 1 });
    return (await getItemPage(hub, path)).value?.[0];
  }

  return {
    async record({ caseStudyId, adopter, actionId }) {
      const key = adoptionKey(caseStudyId, adopter.siteId);
      const fields = {
        Title: titleText(`Adoption of ${caseStudyId}`),
        Key: key,
        CaseStudyId: caseStudyId,
        AdopterTenantId: adopter.tenantId,
        AdopterSiteId: adopter.siteId,
        ActionId: actionId,
      };
      try {
        await graphCall(() => hub.client.api(items).post({ fields }));
      } catch (error) {
        // 409: this trust's adoption is already recorded; 5xx or offline: perhaps recorded. Either way, look.
        const unsure = error instanceof StorageError && (error.kind === 'failed' || error.kind === 'offline');
        if (!unsure || !(await find(key))) throw error;
      }
    },

    async forCaseStudy(caseStudyId) {
      const path = withQuery(items, { expand: 'fields(select=Key,CaseStudyId)', $filter: fieldEquals('CaseStudyId', caseStudyId), $top: 5000 });
      const first = await getItemPage(hub, path);
      return (await readAllPages(hub, first)).items;
    },
  };
}

/** How many trusts adopted the case study. */
export async function countAdoptions(log: AdoptionLog, caseStudyId: string): Promise<number> {
  return (await log.forCaseStudy(caseStudyId)).length;
}
