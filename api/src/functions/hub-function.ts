import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { azureHubWiring, type HubWiring } from '../services/function-config';
import type { HubService } from '../services/hub-access';

/**
 * An HTTP function that changes the hub: the JSON body and the caller's bearer token go to the
 * service, which verifies the token and writes with the app's own identity. Without the api's
 * registration settings it answers 503 "not set up", never opening the hub to anyone. `wiring`
 * is the Function App's own unless a test gives another (the local store and its sign-in).
 */
export function hubFunction(
  name: string,
  service: HubService,
  wiring: HubWiring = azureHubWiring,
): (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit> {
  return async (request, context) => {
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return { status: 400, jsonBody: { error: { code: 'invalidJson', message: 'The request body must be JSON.' } } };
    }
    let options: ReturnType<HubWiring>;
    try {
      options = wiring((reason) => context.warn(`${name}: token refused: ${reason}`));
    } catch (failure) {
      context.error(`${name}: ${failure instanceof Error ? failure.message : String(failure)}`);
      return {
        status: 503,
        jsonBody: {
          error: {
            code: 'notConfigured',
            message: "The good-practice library cannot be changed on this server yet. Ask your administrator to finish the app's set-up.",
          },
        },
      };
    }
    const result = await service(options, { authorization: request.headers.get('authorization') ?? undefined, body });
    if (result.status >= 500) context.error(`${name}: ${JSON.stringify(result.body)}`);
    return { status: result.status, jsonBody: result.body, ...('headers' in result && result.headers ? { headers: result.headers } : {}) };
  };
}
