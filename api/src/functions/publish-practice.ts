import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import type { CallerVerifier } from '../services/caller-identity';
import { callerVerifier, functionServices } from '../services/function-config';
import { publishPractice } from '../services/publish-practice';

/** `POST /api/publish-practice`: a case study as JSON, with the user's bearer token. */
export async function publishPracticeHandler(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return { status: 400, jsonBody: { error: { code: 'invalidJson', message: 'The request body must be a case study as JSON.' } } };
  }
  const services = functionServices();
  let verifier: CallerVerifier;
  try {
    verifier = callerVerifier(process.env, (reason) => context.warn(`publish-practice: token refused: ${reason}`));
  } catch (failure) {
    context.error(`publish-practice: ${failure instanceof Error ? failure.message : String(failure)}`);
    return { status: 503, jsonBody: { error: { code: 'notConfigured', message: 'Publishing to the good-practice library is not set up on this server yet. Ask your administrator to finish the app\'s set-up.' } } };
  }
  const result = await publishPractice(
    { graph: services.graph, hub: services.hub, verifier },
    { authorization: request.headers.get('authorization') ?? undefined, body },
  );
  if (result.status >= 500) context.error(`publish-practice: ${JSON.stringify(result.body)}`);
  return { status: result.status, jsonBody: result.body, ...('headers' in result && result.headers ? { headers: result.headers } : {}) };
}

app.http('publish-practice', { methods: ['POST'], authLevel: 'anonymous', handler: publishPracticeHandler });
