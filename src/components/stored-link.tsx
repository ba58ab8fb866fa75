import { Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { createContext, useContext, type ReactNode } from 'react';
import { checkWebAddress, HOSTED_LINKS, type LinkRules, removeHiddenCharacters } from '../domain/shared';

const useStyles = makeStyles({
  wrap: { overflowWrap: 'anywhere' },
  refused: { color: tokens.colorNeutralForeground2 },
});

const LinkRulesContext = createContext<LinkRules>(HOSTED_LINKS);

/** Which addresses may be links here: the app sets local rules only when it runs against the local store. */
export function LinkRulesProvider({ rules, children }: { rules: LinkRules; children: ReactNode }) {
  return <LinkRulesContext.Provider value={rules}>{children}</LinkRulesContext.Provider>;
}

export function useLinkRules(): LinkRules {
  return useContext(LinkRulesContext);
}

/** Long refused addresses (a data: URL can be megabytes) are cut short for showing. */
const SHOWN = 200;

export interface StoredLinkProps {
  /** The address as it was stored: never trusted. */
  address: string;
  /** A title someone chose; the real host is always shown beside it. */
  title?: string;
  className?: string;
}

/**
 * Every link that someone stored (evidence, case-study links, site addresses) is shown through
 * this. Only a safe address (https:, or http: to this computer in local mode) becomes a link, and
 * it opens in a new tab without handing over this page. A title is followed by the address's real
 * host, so "nhs.uk report" cannot quietly lead elsewhere; without a title the whole address is the
 * text. Anything else is shown as plain text, saying it is not a link.
 */
export function StoredLink({ address, title, className }: StoredLinkProps) {
  const styles = useStyles();
  const rules = useLinkRules();
  const check = checkWebAddress(address, rules);
  const name = title === undefined ? '' : removeHiddenCharacters(title).trim();
  if (!check.ok) {
    const shown = removeHiddenCharacters(address).trim();
    return (
      <span className={mergeClasses(styles.wrap, styles.refused, className)}>
        {name === '' ? '' : `${name}: `}
        {shown.length > SHOWN ? `${shown.slice(0, SHOWN)}…` : shown} (not a web address, so not a link)
      </span>
    );
  }
  return (
    <Link className={mergeClasses(styles.wrap, className)} href={check.href} target="_blank" rel="noopener noreferrer">
      {name === '' ? check.href : `${name} (${check.host})`}
    </Link>
  );
}
