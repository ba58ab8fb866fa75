import { app } from '@azure/functions';
import { recordAdoption } from '../services/record-adoption';
import { hubFunction } from './hub-function';

/** `POST /api/record-adoption`: `{ caseStudyId, actionId, siteId? }` with the user's bearer token. */
export const recordAdoptionHandler = hubFunction('record-adoption', recordAdoption);

app.http('record-adoption', { methods: ['POST'], authLevel: 'anonymous', handler: recordAdoptionHandler });
