/**
 * The HTTP adapter for the api's hub functions: the tab's only way to change the Good Practice Hub,
 * which the api writes with the app's own rights.
 */
import { ConflictError, ForbiddenError, InvalidError, NotFoundError, OfflineError, StorageFailure, ThrottledError } from '../ports';

/** One call to one of the api's hub functions: the JSON body out, the JSON answer back. */
export type HubApi = <T>(path: string, body: unknown) => Promise<T>;

interface ErrorAnswer {
  error?: { message?: string; fields?: Record<string, string> };
}

/**
 * The api's hub functions (publish, edit, withdraw, count an adoption, register a plan), called
 * with a token for the api's own scope. Each refusal becomes the storage error the pages
 * already know how to show, with the api's message and its message per field.
 */
export function hubApi(apiBaseUrl: string, getAccessToken: () => Promise<string>): HubApi {
  return async <T>(path: string, body: unknown): Promise<T> => {
    const authorization = `Bearer ${await getAccessToken()}`;
    let response: Response;
    try {
      response = await fetch(`${apiBaseUrl}${path}`, {
        method: 'POST',
        headers: { Authorization: authorization, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    } catch {
      throw new OfflineError("The app's server could not be reached. Check the connection and try again.");
    }
    const answer: unknown = await response.json().catch(() => ({}));
    if (response.ok) return answer as T;
    const { error } = answer as ErrorAnswer;
    const message = error?.message ?? `The app's server answered HTTP ${response.status}.`;
    if (response.status === 400) throw new InvalidError(message, error?.fields ?? {});
    if (response.status === 401 || response.status === 403) throw new ForbiddenError(message);
    if (response.status === 404) throw new NotFoundError(message);
    if (response.status === 409) throw new ConflictError(undefined, message);
    if (response.status === 503) throw new ThrottledError(message);
    throw new StorageFailure(message, response.status);
  };
}
