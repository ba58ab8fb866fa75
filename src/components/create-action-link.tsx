import { type NewActionCause, newActionSearch } from '../domain/plan';
import { RouterLink } from './router-link';

export interface CreateActionLinkProps {
  /** What the new action is to fix: it starts linked to it. */
  cause: NewActionCause;
  /** Names the cause in the link's accessible name, e.g. "indicator 2", so the link makes sense on its own. */
  subject: string;
  className?: string;
}

/**
 * "Create action", opening the new action form already linked to its cause. A real link (it has
 * an address, so it also opens in a new tab), reached from any nested route through `~`. Show it
 * only to people who may edit the plan.
 */
export function CreateActionLink({ cause, subject, className }: CreateActionLinkProps) {
  return (
    <RouterLink href={`~/actions/new?${newActionSearch(cause)}`} aria-label={`Create action for ${subject}`} className={className}>
      Create action
    </RouterLink>
  );
}
