import { NHS_REGIONS, ORGANISATION_TYPES, parseCaseStudy, type CaseStudy } from '../../domain/practice';
import { EDS2022_OUTCOMES, EDS2_OUTCOMES } from '../../domain/eds';
import { WRES_INDICATOR_IDS } from '../../domain/wres';
import type { PracticeLibrary, PublishedCaseStudy } from '../ports';
import { ConflictError, InvalidError, NotFoundError } from '../ports/errors';
import type { Versioned } from '../ports/versioned';
import { ensureLists } from './ensure-schema';
import { graphCall, readAllPages, whoChanged, type GraphListItem, type GraphPage, type GraphSite } from './graph-site';
import type { ListSpec } from './list-schema';
import { readChoices, readDateOnly, readJson, readNumber, readOptionalText, readText, titleText, writeChoices } from './mappers/field-values';
import { fieldEquals, withQuery } from './odata';

export const LIBRARY_SCHEMA: readonly ListSpec<'goodPractice'>[] = [
  {
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
    ],
  },
];

const FIELDS = ['Title', ...(LIBRARY_SCHEMA[0]?.columns.map((column) => column.name) ?? [])];
/** Adoptions race between trusts; each attempt re-reads the count, so a few tries settle it. */
const ADOPTION_ATTEMPTS = 5;

function toFields(caseStudy: CaseStudy): Record<string, unknown> {
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
    Adoptions: 0,
  };
}

function fromItem(item: GraphListItem): Versioned<PublishedCaseStudy> | undefined {
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
  return {
    value: { caseStudy: parsed.value, adoptions: readNumber(fields.Adoptions) ?? 0 },
    eTag: item.eTag ?? readText(fields['@odata.etag']),
    itemId: item.id,
    modifiedAt: item.lastModifiedDateTime,
    modifiedBy: whoChanged(item),
  };
}

function readable(item: GraphListItem | undefined, what: string): Versioned<PublishedCaseStudy> {
  const published = item ? fromItem(item) : undefined;
  if (!published) throw new NotFoundError(`${what} is not in the good-practice library.`);
  return published;
}

/**
 * The shared library on the hub site. Reading needs only read access; publishing needs write access
 * to the hub, which trusts without it get through the publish-practice function instead.
 */
export async function openPracticeLibrary(hub: GraphSite): Promise<PracticeLibrary> {
  const { listIds } = await ensureLists(hub, LIBRARY_SCHEMA);
  const items = `/sites/${encodeURIComponent(hub.siteId)}/lists/${encodeURIComponent(listIds.goodPractice)}/items`;
  const expand = `fields(select=${FIELDS.join(',')})`;

  async function find(caseStudyId: string): Promise<GraphListItem | undefined> {
    const path = withQuery(items, { expand, $filter: fieldEquals('CaseStudyId', caseStudyId), $top: 1 });
    return ((await graphCall(() => hub.client.api(path).get())) as GraphPage<GraphListItem>).value?.[0];
  }

  return {
    async list() {
      const first = (await graphCall(() => hub.client.api(withQuery(items, { expand, $top: 5000 })).get())) as GraphPage<GraphListItem>;
      const { items: all } = await readAllPages(hub, first);
      return all.flatMap((item) => fromItem(item) ?? []).toSorted((a, b) => b.value.caseStudy.publishedOn.localeCompare(a.value.caseStudy.publishedOn));
    },

    async publish(caseStudy) {
      const checked = parseCaseStudy(caseStudy);
      if (!checked.ok) throw new InvalidError(checked.errors.map((error) => error.message).join('; '), Object.fromEntries(checked.errors.map((e) => [e.path, e.message])));
      try {
        const created = (await graphCall(() => hub.client.api(items).post({ fields: toFields(checked.value) }))) as GraphListItem;
        return readable(created, `"${caseStudy.title}"`);
      } catch (error) {
        const existing = await find(caseStudy.id);
        if (existing) return readable(existing, `"${caseStudy.title}"`);
        throw error;
      }
    },

    async recordAdoption(caseStudyId) {
      for (let attempt = 1; ; attempt += 1) {
        const current = readable(await find(caseStudyId), `Case study ${caseStudyId}`);
        try {
          await graphCall(() =>
            hub.client.api(`${items}/${current.itemId}/fields`).header('If-Match', current.eTag).patch({ Adoptions: current.value.adoptions + 1 }),
          );
          return readable(await find(caseStudyId), `Case study ${caseStudyId}`);
        } catch (error) {
          if (!(error instanceof ConflictError) || attempt >= ADOPTION_ATTEMPTS) throw error;
        }
      }
    },
  };
}
