/** An action's lifecycle status. */
export const ACTION_STATUSES = ['Not started', 'On track', 'At risk', 'Off track', 'Completed'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** RAG colour, derived from status only, so it can never disagree with it. Blue marks completion. */
export type Rag = 'grey' | 'green' | 'amber' | 'red' | 'blue';

const RAG: Readonly<Record<ActionStatus, Rag>> = Object.freeze({
  'Not started': 'grey',
  'On track': 'green',
  'At risk': 'amber',
  'Off track': 'red',
  Completed: 'blue',
});

/** The RAG of a status: Not started grey, On track green, At risk amber, Off track red, Completed blue. */
export function ragOf(status: ActionStatus): Rag {
  return RAG[status];
}

const ACTIVE: readonly ActionStatus[] = ['On track', 'At risk', 'Off track'];

/**
 * Allowed moves. Work can start in any state; active states move freely among themselves and to
 * Completed; a completed action can be reopened into an active state. Nothing goes back to Not
 * started, so a board never sees work "un-begin".
 */
export const ALLOWED_STATUS_CHANGES: Readonly<Record<ActionStatus, readonly ActionStatus[]>> = Object.freeze({
  'Not started': [...ACTIVE, 'Completed'],
  'On track': ['At risk', 'Off track', 'Completed'],
  'At risk': ['On track', 'Off track', 'Completed'],
  'Off track': ['On track', 'At risk', 'Completed'],
  Completed: ACTIVE,
});

/** Moves that need a progress note: into amber or red (the board asks why), and reopening. */
function needsNote(from: ActionStatus, to: ActionStatus): boolean {
  return to === 'At risk' || to === 'Off track' || from === 'Completed';
}

/**
 * Whether `from` → `to` is allowed, given the progress note (if any) that goes with it. Fails with
 * a sentence when the status is unchanged, the move is not in {@link ALLOWED_STATUS_CHANGES}, or
 * the move needs a note (into At risk or Off track, or reopening) and `note` is blank.
 */
export function checkStatusChange(from: ActionStatus, to: ActionStatus, note = ''): { ok: true } | { ok: false; message: string } {
  if (from === to) return { ok: false, message: `status is already ${from}` };
  if (!ALLOWED_STATUS_CHANGES[from].includes(to)) {
    return { ok: false, message: `status cannot change from ${from} to ${to}: allowed are ${ALLOWED_STATUS_CHANGES[from].join(', ')}` };
  }
  if (needsNote(from, to) && note.trim() === '') {
    return { ok: false, message: `a progress note is required to change status from ${from} to ${to}` };
  }
  return { ok: true };
}
