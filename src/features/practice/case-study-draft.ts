import type { Action } from '../../domain/plan';
import { NHS_REGIONS, ORGANISATION_TYPES, caseStudyFromAction, type CaseStudy } from '../../domain/practice';
import type { Settings } from '../../storage/ports';

type Organisation = CaseStudy['organisation'];
type Contact = NonNullable<CaseStudy['contact']>;

/** The share form's fields as typed: text until it is published, when parseCaseStudy checks it. */
export interface Draft {
  title: string;
  problem: string;
  whatWasDone: string;
  impact: string;
  indicators: string[];
  edsOutcomes: string[];
  organisationType: Organisation['type'];
  region: Organisation['region'];
  shareContact: boolean;
  links: string;
  measureIndicator: string;
  before: string;
  after: string;
  sourceActionId?: string;
}

/** The one of `options` that `value` names, if any: a choice read back from text without a cast. */
export function oneOf<T extends string>(options: readonly T[], value: string | undefined): T | undefined {
  return options.find((option) => option === value);
}

/** What sharing needs from Settings, by setting key, in the words Settings use. */
const SHARING_NEEDS = [
  ['organisationName', 'organisation name'],
  ['odsCode', 'ODS code'],
  ['organisationType', 'organisation type'],
  ['region', 'region'],
] as const;

/** The organisation a case study is published under, or what Settings still lack for it. */
export type SharingOrganisation = { ok: true; organisation: Organisation } | { ok: false; missing: string[] };

/**
 * The organisation as the plan's settings describe it. Nothing is assumed: until Settings hold a
 * name, an ODS code, and a type and region the library knows (other trusts filter by them), it says
 * what is missing, so no case study is published under a type or region the trust never chose.
 */
export function publishingOrganisationOf(settings: Settings): SharingOrganisation {
  const name = settings.organisationName?.trim() ?? '';
  const odsCode = settings.odsCode?.trim() ?? '';
  const type = oneOf(ORGANISATION_TYPES, settings.organisationType);
  const region = oneOf(NHS_REGIONS, settings.region);
  const known: Readonly<Record<(typeof SHARING_NEEDS)[number][0], boolean>> = {
    organisationName: name !== '',
    odsCode: odsCode !== '',
    organisationType: type !== undefined,
    region: region !== undefined,
  };
  const missing = SHARING_NEEDS.filter(([key]) => !known[key]).map(([, words]) => words);
  if (type === undefined || region === undefined || missing.length > 0) return { ok: false, missing };
  return { ok: true, organisation: { name, odsCode, type, region } };
}

/** "Title | https://…" per line. */
export function linksOf(text: string): { title: string; url: string }[] {
  return text
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter(([title, url]) => title && url)
    .map(([title = '', url = '']) => ({ title, url }));
}

/** Errors by the form field they belong to: a path such as `measures[0].before` marks "measures". */
export function fieldErrorsOf(errors: readonly (readonly [path: string, message: string])[]): Record<string, string> {
  return Object.fromEntries(errors.map(([path, message]) => [path.split(/[.[]/)[0] ?? '', message]));
}

/** The form's fields from a published case study, for editing it. */
export function draftOf(caseStudy: CaseStudy): Draft {
  const measure = caseStudy.measures[0];
  return {
    title: caseStudy.title,
    problem: caseStudy.problem,
    whatWasDone: caseStudy.whatWasDone,
    impact: caseStudy.impact,
    indicators: [...caseStudy.indicators],
    edsOutcomes: [...caseStudy.edsOutcomes],
    organisationType: caseStudy.organisation.type,
    region: caseStudy.organisation.region,
    shareContact: caseStudy.contact !== undefined,
    links: caseStudy.links.map((link) => `${link.title} | ${link.url}`).join('\n'),
    measureIndicator: measure?.indicator ?? '',
    before: measure ? String(measure.before) : '',
    after: measure ? String(measure.after) : '',
    ...(caseStudy.sourceActionId ? { sourceActionId: caseStudy.sourceActionId } : {}),
  };
}

/** A new form, from a completed action (nothing internal of it) or from scratch. */
export function draftFromAction(action: Action | undefined, organisation: Organisation, today: string): Draft {
  const base = action ? caseStudyFromAction(action, { id: 'draft', organisation, today, shareOwnerAsContact: false }) : undefined;
  return {
    title: base?.title ?? '',
    problem: base?.problem ?? '',
    whatWasDone: base?.whatWasDone ?? '',
    impact: base?.impact ?? '',
    indicators: [...(base?.indicators ?? [])],
    edsOutcomes: [...(base?.edsOutcomes ?? [])],
    organisationType: organisation.type,
    region: organisation.region,
    shareContact: false,
    links: '',
    measureIndicator: base?.indicators[0] ?? '',
    before: '',
    after: '',
    ...(action ? { sourceActionId: action.id } : {}),
  };
}

/** What the published case study is made from besides the form. */
export interface DraftContext {
  id: string;
  organisation: Organisation;
  today: string;
  /** The case study being edited, whose organisation, contact and date are kept. */
  editing: CaseStudy | undefined;
  /** The action it started from, whose owner is the contact when they agreed. */
  source: Action | undefined;
  /** The person writing it, the contact otherwise. */
  writer: Contact;
}

/** The case study the form describes, to be checked by parseCaseStudy before it is published. */
export function caseStudyInputOf(draft: Draft, { id, organisation, today, editing, source, writer }: DraftContext) {
  const owner = source?.owner.email ? { name: source.owner.name, email: source.owner.email } : writer;
  const contact = draft.shareContact ? (editing?.contact ?? owner) : undefined;
  const measured = draft.measureIndicator && draft.before !== '' && draft.after !== '';
  return {
    id,
    title: draft.title,
    problem: draft.problem,
    whatWasDone: draft.whatWasDone,
    impact: draft.impact,
    measures: measured ? [{ indicator: draft.measureIndicator, before: Number(draft.before), after: Number(draft.after) }] : [],
    indicators: draft.indicators,
    edsOutcomes: draft.edsOutcomes,
    organisation: { ...(editing?.organisation ?? organisation), type: draft.organisationType, region: draft.region },
    ...(contact ? { contact } : {}),
    links: linksOf(draft.links),
    ...(draft.sourceActionId ? { sourceActionId: draft.sourceActionId } : {}),
    publishedOn: editing?.publishedOn ?? today,
  };
}
