import { z } from 'zod/mini';

/**
 * A schema whose value, when left out, is the one given: zod/mini's `_default` (it cannot be named
 * `default`, a reserved word), under a name lint accepts.
 */
// oxlint-disable-next-line no-underscore-dangle
export const withDefault = z._default;
