import type { PracticeOwner } from '../ports';
import type { GraphListItem, GraphSite } from './graph-site';
import { openHubList } from './graph-list';
import type { ListSpec } from './list-schema';
import { titleText } from './mappers/field-values';

/**
 * One item per (trust, case study) adoption. `Key` is unique, so SharePoint itself refuses a
 * second record of the same trust adopting the same case study, whichever process tries.
 */
const ADOPTIONS: ListSpec<'practiceAdoptions'> = {
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
};

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

function adoptionKey(caseStudyId: string, adopterSiteId: string): string {
  return `${caseStudyId}|${adopterSiteId}`;
}

export async function openAdoptionLog(hub: GraphSite): Promise<AdoptionLog> {
  const adoptions = await openHubList(hub, ADOPTIONS);

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
      // 409: this trust's adoption is already recorded; 5xx or offline: perhaps recorded. Either way, the one there counts.
      await adoptions.createOrFind(fields, { column: 'Key', value: key });
    },

    forCaseStudy: (caseStudyId) => adoptions.all({ column: 'CaseStudyId', value: caseStudyId }),
  };
}

/** How many trusts adopted the case study. */
export async function countAdoptions(log: AdoptionLog, caseStudyId: string): Promise<number> {
  return (await log.forCaseStudy(caseStudyId)).length;
}
