import { NHS_REGIONS, ORGANISATION_TYPES, parseCaseStudy, type CaseStudy } from '../../domain/practice';
import { EDS2_OUTCOMES } from '../../domain/eds/eds2';
import { EDS2022_OUTCOMES } from '../../domain/eds/eds2022';
import { WRES_INDICATOR_IDS } from '../../domain/wres';
import type { HubCaseStudy, HubPracticeLibrary, PracticeOwner, PublishedCaseStudy } from '../ports';
import { InvalidError, NotFoundError, StorageError } from '../ports/errors';
import type { Versioned } from '../ports/versioned';
import { countAdoptions, openAdoptionLog } from './practice-adoptions';
import { graphCall, versionedItem, type GraphListItem, type GraphSite } from './graph-site';
import { readListPage } from './graph-shapes';
import { hubList, openHubList, type GraphList } from './graph-list';
import type { ListSpec } from './list-schema';
import { readChoices, readDateOnly, readJson, readNumber, readOptionalText, readText, titleText, writeChoices } from './mappers/field-values';
import { withQuery } from './odata';

const GOOD_PRACTICE: ListSpec<'goodPractice'> = {
  key: 'goodPractice',
  displayName: 'Good Practice',
  description: 'Race equality case studies shared between NHS organisations.',
  columns: [
    { name: 'CaseStudyId', kind: 'text', indexed: true, unique: true },
    { name: 'Problem', kind: 'text', multiline: true },
    { name: 'WhatWasDone', kind: 'text', multiline: true },
    { name: 'Impact', kind: 'text', multiline: true },
    { name: 'Measures', kind: 'text', multiline: true },
    { name: 'Indicators', kind: 'choice', choices: WRES_INDICATOR_IDS, multi: true },
    { name: 'EdsOutcomes', kind: 'choice', choices: [...EDS2_OUTCOMES, ...EDS2022_OUTCOMES].map((outcome) => outcome.id), multi: true },
    { name: 'OrgCode', kind: 'text', indexed: true },
    { name: 'OrgName', kind: 'text' },
    { name: 'OrgType', kind: 'choice', choices: ORGANISATION_TYPES },
    { name: 'Region', kind: 'choice', choices: NHS_REGIONS, indexed: true },
    { name: 'ContactName', kind: 'text' },
    { name: 'ContactEmail', kind: 'text' },
    { name: 'Links', kind: 'text', multiline: true },
    { name: 'SourceActionId', kind: 'text' },
    { name: 'PublishedOn', kind: 'date' },
    { name: 'Adoptions', kind: 'number' },
    // Who may change it: the trust the api verified when it was published, never a field the tab sets.
    { name: 'OwnerTenantId', kind: 'text', indexed: true },
    { name: 'OwnerSiteId', kind: 'text' },
    { name: 'Withdrawn', kind: 'boolean' },
    { name: 'LastEditKey', kind: 'text' },
  ],
};

/** The case study's own content, as an edit replaces it (never its owner, count or state). */
function contentFields(caseStudy: CaseStudy): Record<string, unknown> {
  return {
    Title: titleText(caseStudy.title),
    CaseStudyId: caseStudy.id,
    Problem: caseStudy.problem,
    WhatWasDone: caseStudy.whatWasDone,
    Impact: caseStudy.impact,
    Measures: JSON.stringify(caseStudy.measures),
    ...writeChoices('Indicators', caseStudy.indicators),
    ...writeChoices('EdsOutcomes', caseStudy.edsOutcomes),
    OrgCode: caseStudy.organisation.odsCode,
    OrgName: caseStudy.organisation.name,
    OrgType: caseStudy.organisation.type,
    Region: caseStudy.organisation.region,
    ContactName: caseStudy.contact?.name ?? '',
    ContactEmail: caseStudy.contact?.email ?? '',
    Links: JSON.stringify(caseStudy.links),
    SourceActionId: caseStudy.sourceActionId ?? '',
    PublishedOn: caseStudy.publishedOn,
  };
}

function fromItem(item: GraphListItem): Versioned<HubCaseStudy> | undefined {
  const fields = item.fields ?? {};
  const contactName = readOptionalText(fields.ContactName);
  const contactEmail = readOptionalText(fields.ContactEmail);
  const parsed = parseCaseStudy({
    id: readText(fields.CaseStudyId),
    title: readText(fields.Title),
    problem: readText(fields.Problem),
    whatWasDone: readText(fields.WhatWasDone),
    impact: readText(fields.Impact),
    measures: readJson<unknown>(fields.Measures, []),
    indicators: readChoices(fields.Indicators),
    edsOutcomes: readChoices(fields.EdsOutcomes),
    organisation: { name: readText(fields.OrgName), odsCode: readText(fields.OrgCode), type: readText(fields.OrgType), region: readText(fields.Region) },
    ...(contactName && contactEmail ? { contact: { name: contactName, email: contactEmail } } : {}),
    links: readJson<unknown>(fields.Links, []),
    sourceActionId: readOptionalText(fields.SourceActionId),
    publishedOn: readDateOnly(fields.PublishedOn) ?? '',
  });
  if (!parsed.ok) return undefined;
  const lastEditKey = readOptionalText(fields.LastEditKey);
  return versionedItem(item, {
    caseStudy: parsed.value,
    adoptions: readNumber(fields.Adoptions) ?? 0,
    owner: { tenantId: readText(fields.OwnerTenantId), siteId: readText(fields.OwnerSiteId) },
    withdrawn: fields.Withdrawn === true,
    ...(lastEditKey ? { lastEditKey } : {}),
  });
}

function readable(item: GraphListItem | undefined, what: string): Versioned<HubCaseStudy> {
  const published = item ? fromItem(item) : undefined;
  if (!published) throw new NotFoundError(`${what} is not in the good-practice library.`);
  return published;
}

/** What the tab shows: the case study and its count, nothing about who may change it. */
function shown(entry: Versioned<HubCaseStudy>): Versioned<PublishedCaseStudy> {
  return { ...entry, value: { caseStudy: entry.value.caseStudy, adoptions: entry.value.adoptions } };
}

async function listAll(library: GraphList): Promise<Versioned<PublishedCaseStudy>[]> {
  return (await library.all())
    .flatMap((item) => fromItem(item) ?? [])
    .filter((entry) => !entry.value.withdrawn)
    .map(shown)
    .toSorted((a, b) => b.value.caseStudy.publishedOn.localeCompare(a.value.caseStudy.publishedOn));
}

/**
 * The library as a person reads it, with their own token: it never creates or changes anything
 * on the hub (people only read it), and a hub whose library is not there yet reads as empty.
 */
export async function readPracticeLibrary(hub: GraphSite): Promise<{ list: () => Promise<Versioned<PublishedCaseStudy>[]> }> {
  const lists = readListPage(
    await graphCall(() => hub.client.api(withQuery(`/sites/${encodeURIComponent(hub.siteId)}/lists`, { $select: 'id,displayName' })).get()),
  );
  const listId = lists.value?.find((list) => list.displayName === GOOD_PRACTICE.displayName)?.id;
  return { list: () => (listId ? listAll(hubList(hub, listId, GOOD_PRACTICE)) : Promise.resolve([])) };
}

/**
 * The shared library on the hub site, as the api writes it with the app's own identity (it
 * creates its lists on first use). People never write it: see the api's practice services.
 */
export async function openPracticeLibrary(hub: GraphSite): Promise<HubPracticeLibrary> {
  const library = await openHubList(hub, GOOD_PRACTICE);
  const adoptionLog = await openAdoptionLog(hub);
  const findItem = (caseStudyId: string): Promise<GraphListItem | undefined> => library.findBy({ column: 'CaseStudyId', value: caseStudyId });

  async function patch(itemId: string, eTag: string, fields: Record<string, unknown>, what: string): Promise<Versioned<HubCaseStudy>> {
    await library.patch(itemId, fields, eTag);
    return readable(await library.get(itemId), what);
  }

  return {
    list: () => listAll(library),

    async find(caseStudyId) {
      const item = await findItem(caseStudyId);
      return item ? fromItem(item) : undefined;
    },

    async create(caseStudy, owner: PracticeOwner) {
      const checked = parseCaseStudy(caseStudy);
      if (!checked.ok)
        throw new InvalidError(checked.errors.map((error) => error.message).join('; '), Object.fromEntries(checked.errors.map((e) => [e.path, e.message])));
      const fields = { ...contentFields(checked.value), Adoptions: 0, OwnerTenantId: owner.tenantId, OwnerSiteId: owner.siteId, Withdrawn: false };
      // A create that may have happened anyway, or was refused as a duplicate, finds the first copy.
      const { item } = await library.createOrFind(fields, { column: 'CaseStudyId', value: caseStudy.id });
      return readable(item, `"${caseStudy.title}"`);
    },

    replace: (itemId, eTag, caseStudy, editKey) => patch(itemId, eTag, { ...contentFields(caseStudy), LastEditKey: editKey }, `"${caseStudy.title}"`),

    withdraw: (itemId, eTag) => patch(itemId, eTag, { Withdrawn: true }, `Case study item ${itemId}`),

    async recordAdoption(caseStudyId, adopter, actionId) {
      await adoptionLog.record({ caseStudyId, adopter, actionId });
      // The count is set to the number of trusts recorded, not incremented: a retry, or a count
      // that failed after the record was made, settles on the same number, and If-Match keeps
      // two trusts adopting at once from writing an older count over a newer one.
      for (let attempt = 1; ; attempt += 1) {
        const current = readable(await findItem(caseStudyId), `Case study ${caseStudyId}`);
        const count = await countAdoptions(adoptionLog, caseStudyId);
        if (count === current.value.adoptions) return current;
        try {
          return await patch(current.itemId, current.eTag, { Adoptions: count }, `Case study ${caseStudyId}`);
        } catch (error) {
          if (!(error instanceof StorageError && error.kind === 'conflict') || attempt >= COUNT_ATTEMPTS) throw error;
        }
      }
    },
  };
}

/** Trusts adopting at the same moment each re-count after a conflict; a few tries settle it. */
const COUNT_ATTEMPTS = 5;
