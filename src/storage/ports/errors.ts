/**
 * Every storage failure the UI must treat differently has its own class, so a page can say
 * "someone else changed this", "you may not do this" or "retrying" instead of "something went wrong".
 */
export abstract class StorageError extends Error {
  abstract readonly kind: 'conflict' | 'not-found' | 'forbidden' | 'throttled' | 'invalid' | 'offline' | 'unreachable' | 'failed' | 'setup-needed';
}

/** The item changed since it was read (HTTP 412). Carries the server's current version so both can be shown. */
export class ConflictError<T = unknown> extends StorageError {
  readonly kind = 'conflict';
  constructor(
    readonly current: T | undefined,
    message = 'Someone else changed this since you opened it.',
  ) {
    super(message);
  }
}

export class NotFoundError extends StorageError {
  readonly kind = 'not-found';
}

/** The signed-in person lacks the SharePoint permission for this (HTTP 401 or 403). */
export class ForbiddenError extends StorageError {
  readonly kind = 'forbidden';
  constructor(
    message: string,
    /** What was refused, so the UI can name it: for example `create-lists`. */
    readonly operation?: string,
  ) {
    super(message);
  }
}

/** Graph kept answering 429 or 503 after the bounded retries. */
export class ThrottledError extends StorageError {
  readonly kind = 'throttled';
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** The server refused a value (HTTP 400); `fields` maps a field name to its message where known. */
export class InvalidError extends StorageError {
  readonly kind = 'invalid';
  constructor(
    message: string,
    readonly fields: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** The request never reached the server. */
export class OfflineError extends StorageError {
  readonly kind = 'offline';
}

/**
 * The SharePoint site could not be reached at all: the network is down, the name did not resolve,
 * a VPN or proxy stopped the request, or the site did not answer. Unlike {@link ThrottledError}
 * nothing asked us to wait, so nothing is retried by itself; what is on screen may be out of date.
 */
export class UnreachableError extends StorageError {
  readonly kind = 'unreachable';
  // The message is for pages that show a failure's own words (a directory search): any Graph call can
  // fail this way. describeStorageError names the site instead.
  constructor(message = 'Microsoft 365 could not be reached. Check your connection or VPN, then try again.') {
    super(message);
  }
}

/** Any other server failure, with its status for diagnosis. */
export class StorageFailure extends StorageError {
  readonly kind = 'failed';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** The plan's lists are not on this site yet; creating them is left to a person who chooses to. */
export class SetupNeededError extends StorageError {
  readonly kind = 'setup-needed';
  constructor(
    readonly missingLists: readonly string[],
    message = `The race equality plan is not set up on this site yet: ${missingLists.join(', ')} ${missingLists.length === 1 ? 'is' : 'are'} missing.`,
  ) {
    super(message);
  }
}
