import { Link as FluentLink } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { Link } from 'wouter';

export interface RouterLinkProps {
  /** A path inside the dashboard ("/indicator/2"), or outside it with `~` ("~/actions?indicator=2"). */
  href: string;
  children: ReactNode;
  'aria-label'?: string;
  className?: string;
}

/**
 * A Fluent link that navigates inside the app without reloading it. Its `href` is the page's real
 * address (the router adds the `#`), so it also opens in a new tab, and can be copied or bookmarked.
 */
export function RouterLink({ href, children, ...rest }: RouterLinkProps) {
  return (
    <Link href={href} asChild>
      <FluentLink {...rest}>{children}</FluentLink>
    </Link>
  );
}
