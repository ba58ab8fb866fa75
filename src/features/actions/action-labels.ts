import { EDS2022_DOMAINS, EDS2022_OUTCOMES, EDS2_GOALS, EDS2_OUTCOMES } from '../../domain/eds';
import type { Rag } from '../../domain/plan';
import { WRES_INDICATOR_IDS, WRES_INDICATORS } from '../../domain/wres';

/** "2 · Appointment from shortlisting" */
export function indicatorLabel(id: string): string {
  const known = WRES_INDICATOR_IDS.find((indicator) => indicator === id);
  return known ? `${id} · ${WRES_INDICATORS[known].shortTitle}` : `Indicator ${id}`;
}

export const INDICATOR_OPTIONS: readonly { id: string; label: string }[] = WRES_INDICATOR_IDS.map((id) => ({ id, label: indicatorLabel(id) }));

export interface EdsOutcomeOption {
  id: string;
  label: string;
  wording: string;
}

export interface EdsOutcomeGroup {
  framework: 'EDS2' | 'EDS 2022';
  options: readonly EdsOutcomeOption[];
}

const shorten = (text: string, length = 70): string => (text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`);

/** Both frameworks' outcomes, for pickers and filters: "3.1 · Fair NHS recruitment …" */
export const EDS_OUTCOME_GROUPS: readonly EdsOutcomeGroup[] = [
  { framework: 'EDS2', options: EDS2_OUTCOMES.map((o) => ({ id: o.id, label: `${o.id} · ${shorten(o.wording)}`, wording: o.wording })) },
  { framework: 'EDS 2022', options: EDS2022_OUTCOMES.map((o) => ({ id: o.id, label: `${o.id} · ${shorten(o.wording)}`, wording: o.wording })) },
];

const EDS_BY_ID = new Map(EDS_OUTCOME_GROUPS.flatMap((group) => group.options.map((option) => [option.id, option] as const)));

export function edsOutcomeLabel(id: string): string {
  return EDS_BY_ID.get(id)?.label ?? id;
}

export function edsOutcomeWording(id: string): string {
  return EDS_BY_ID.get(id)?.wording ?? id;
}

/** The goal or domain an outcome sits under, for context on the action page. */
export function edsOutcomeArea(id: string): string {
  if (id.includes('.')) return EDS2_GOALS.find((goal) => String(goal.goal) === id.charAt(0))?.name ?? '';
  return EDS2022_DOMAINS.find((domain) => String(domain.domain) === id.charAt(0))?.name ?? '';
}

/** The RAG in words, so colour is never the only signal. */
export const RAG_WORDS: Readonly<Record<Rag, string>> = {
  grey: 'grey',
  green: 'green',
  amber: 'amber',
  red: 'red',
  blue: 'blue',
};
