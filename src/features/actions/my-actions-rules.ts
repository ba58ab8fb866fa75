import type { Action } from '../../domain/plan';
import { dueState, type DueState } from '../../domain/plan';
import { compareIsoDates, type IsoDate } from '../../domain/shared';

export interface Me {
  id: string;
  email: string;
}

/** An action is mine when I own it, by directory id or (for owners recorded by email) by email address. */
export function isMine(action: Action, me: Me): boolean {
  return mineBy(me)(action);
}

/**
 * The test `isMine` makes, for a whole plan: my email is lower-cased once, and each owner's email
 * once however many actions they own.
 */
function mineBy(me: Me): (action: Action) => boolean {
  const myEmail = me.email.toLowerCase();
  const isMyEmail = new Map<string, boolean>();
  return (action) => {
    if (action.owner.id === me.id) return true;
    const email = action.owner.email;
    if (email === undefined || email === '') return false;
    let mine = isMyEmail.get(email);
    if (mine === undefined) {
      mine = email.toLowerCase() === myEmail;
      isMyEmail.set(email, mine);
    }
    return mine;
  };
}

const MY_GROUPS: readonly { state: DueState; heading: string }[] = [
  { state: 'overdue', heading: 'Overdue' },
  { state: 'due-soon', heading: 'Due in the next two weeks' },
  { state: 'later', heading: 'Due later' },
  { state: 'completed', heading: 'Completed' },
];

/** One due state's heading and the actions in it. */
export interface MyGroup<T> {
  state: DueState;
  heading: string;
  items: T[];
}

/** My actions by due state, overdue first, each group soonest first (completed: most recent first). */
export function groupMyActions<T extends { value: Action }>(items: readonly T[], me: Me, today: IsoDate): MyGroup<T>[] {
  const mine = mineBy(me);
  // Each action's due state is worked out once, not once for each group it might fall in.
  const byState = new Map<DueState, T[]>(MY_GROUPS.map(({ state }) => [state, []]));
  for (const item of items) if (mine(item.value)) byState.get(dueState(item.value, today))?.push(item);
  return MY_GROUPS.map(({ state, heading }) => ({
    state,
    heading,
    items: (byState.get(state) ?? []).toSorted((a, b) =>
      state === 'completed' ? compareIsoDates(b.value.completedOn ?? '', a.value.completedOn ?? '') : compareIsoDates(a.value.dueDate, b.value.dueDate),
    ),
  }));
}
