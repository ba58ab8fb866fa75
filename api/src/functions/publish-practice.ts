import { app } from '@azure/functions';
import { publishPractice } from '../services/publish-practice';
import { hubFunction } from './hub-function';

/** `POST /api/publish-practice`: `{ caseStudy, siteId? }` with the user's bearer token. */
export const publishPracticeHandler = hubFunction('publish-practice', publishPractice);

app.http('publish-practice', { methods: ['POST'], authLevel: 'anonymous', handler: publishPracticeHandler });
