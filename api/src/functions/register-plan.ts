import { app } from '@azure/functions';
import { registerPlan } from '../services/register-plan';
import { hubFunction } from './hub-function';

/** `POST /api/register-plan`: `{ siteId, odsCode }` with the plan lead's bearer token (Plan.Register). */
export const registerPlanHandler = hubFunction('register-plan', registerPlan);

app.http('register-plan', { methods: ['POST'], authLevel: 'anonymous', handler: registerPlanHandler });
