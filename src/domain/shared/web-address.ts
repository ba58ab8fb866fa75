import { z } from 'zod/mini';
import { hasHiddenCharacters } from './hidden-characters';

/**
 * Where a link may lead. `https:` always. `http:` only to this computer (localhost, 127.0.0.1,
 * [::1]) and only in local mode, where the demo server runs without TLS; in Teams such a link
 * would point at whatever happens to listen on the reader's own machine, so it is refused there.
 */
export interface LinkRules {
  readonly localHttp: boolean;
}

export const HOSTED_LINKS: LinkRules = { localHttp: false };
export const LOCAL_LINKS: LinkRules = { localHttp: true };

export type WebAddressCheck = { readonly ok: true; readonly href: string; readonly host: string } | { readonly ok: false; readonly problem: string };

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

export const WEB_ADDRESS_RULE = 'must be a web address starting https://';

const refused = (problem: string): WebAddressCheck => ({ ok: false, problem });

/**
 * Checks an address with the WHATWG URL parser (the one the browser follows), so what is checked is
 * what a click would open. Returns the normalised address and its host (in ASCII, so a look-alike
 * host in another alphabet shows as xn--…), or the rule broken, phrased to follow a field name.
 */
export function checkWebAddress(text: string, rules: LinkRules): WebAddressCheck {
  if (hasHiddenCharacters(text)) return refused(`${WEB_ADDRESS_RULE}, with no hidden characters`);
  // The parser silently drops tabs and newlines inside an address, so any space is refused instead.
  if (/\s/u.test(text.trim())) return refused(`${WEB_ADDRESS_RULE}, with no spaces`);
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return refused(WEB_ADDRESS_RULE);
  }
  const local = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol === 'http:' && local && rules.localHttp) return { ok: true, href: url.href, host: url.host };
  if (url.protocol !== 'https:') {
    return refused(local && url.protocol === 'http:' ? `${WEB_ADDRESS_RULE} (http:// is accepted only for this computer in local mode)` : WEB_ADDRESS_RULE);
  }
  if (url.username !== '' || url.password !== '') return refused(`${WEB_ADDRESS_RULE}, with no user name or password in it`);
  return { ok: true, href: url.href, host: url.host };
}

/**
 * A stored link's address. Stored data must read back the same wherever the plan is opened, so the
 * schema accepts what local mode accepts; hosted forms check with HOSTED_LINKS before saving, and
 * the link component renders a loopback http address as text outside local mode.
 */
export const webAddress = z.string().check(
  z.trim(),
  z.superRefine((text, ctx) => {
    const check = checkWebAddress(text, LOCAL_LINKS);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.problem, input: text });
  }),
);
