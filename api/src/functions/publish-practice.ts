import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { functionServices } from '../services/function-config';
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
  const result = await publishPractice(
    { graph: services.graph, hub: services.hub, verifier: services.verifier },
    { authorization: request.headers.get('authorization') ?? undefined, body },
  );
  if (result.status >= 500) context.error(`publish-practice: ${JSON.stringify(result.body)}`);
  return { status: result.status, jsonBody: result.body, ...('headers' in result && result.headers ? { headers: result.headers } : {}) };
}

app.http('publish-practice', { methods: ['POST'], authLevel: 'anonymous', handler: publishPracticeHandler });
