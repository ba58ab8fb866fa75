import { app } from '@azure/functions';
import { editPractice, withdrawPractice } from '../services/edit-practice';
import { hubFunction } from './hub-function';

/** `POST /api/edit-practice`: `{ caseStudy, clientKey, siteId? }` with the user's bearer token. */
export const editPracticeHandler = hubFunction('edit-practice', editPractice);
/** `POST /api/withdraw-practice`: `{ caseStudyId, siteId? }` with the user's bearer token. */
export const withdrawPracticeHandler = hubFunction('withdraw-practice', withdrawPractice);

app.http('edit-practice', { methods: ['POST'], authLevel: 'anonymous', handler: editPracticeHandler });
app.http('withdraw-practice', { methods: ['POST'], authLevel: 'anonymous', handler: withdrawPracticeHandler });
