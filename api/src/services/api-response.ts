/** The JSON every api function answers a refusal with: a code, a sentence, and a message per field. */
export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 502 | 503;

export type Refused = { status: ErrorStatus; body: ErrorBody; headers?: Record<string, string> };

export type ApiResponse<T> = { status: 200; body: T } | Refused;

export function refuse(status: ErrorStatus, code: string, message: string, fields?: Record<string, string>): Refused {
  return {
    status,
    body: { error: { code, message, ...(fields ? { fields } : {}) } },
    ...(status === 401 ? { headers: { 'WWW-Authenticate': 'Bearer' } } : {}),
  };
}

export function ok<T>(body: T): ApiResponse<T> {
  return { status: 200, body };
}

/** A request body's field as a non-empty string, or undefined. */
export function textField(body: unknown, name: string): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const value: unknown = (body as Record<string, unknown>)[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A request body's field, whatever it holds. */
export function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
}
