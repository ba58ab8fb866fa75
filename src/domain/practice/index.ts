export { NHS_REGIONS, ORGANISATION_TYPES, parseCaseStudy, type CaseStudy, type CaseStudyJson } from './case-study';
export { actionFromCaseStudy, caseStudyFromAction, type AdoptionOptions, type CaseStudyDraftOptions, type PublishingOrganisation } from './share';
