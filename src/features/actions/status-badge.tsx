import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { ActionStatus, Rag } from '../../domain/plan';
import { ragOf } from '../../domain/plan';
import { RAG_WORDS } from './action-labels';

const RAG_BADGE_COLOUR: Readonly<Record<Rag, NonNullable<BadgeProps['color']>>> = {
  grey: 'informative',
  green: 'success',
  amber: 'warning',
  red: 'danger',
  blue: 'brand',
};

/** The status in words with its RAG colour, also named in words so colour is never the only signal. */
export function StatusBadge({ status }: { status: ActionStatus }) {
  const rag = ragOf(status);
  return (
    <Badge appearance="tint" shape="rounded" color={RAG_BADGE_COLOUR[rag]}>
      {status} ({RAG_WORDS[rag]})
    </Badge>
  );
}
