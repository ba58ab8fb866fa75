import { Text } from '@fluentui/react-components';
import { useState } from 'react';
import { UkDateField } from '../../components/uk-date-field';
import { formatUkDate, parseUkDate, type IsoDate } from '../../domain/shared';
import type { ReviewPageState } from './use-review-page';

/**
 * When the partners met to grade the review: needed before it can be agreed. The text is kept as
 * typed, and the review takes the date once it reads as one; a cleared field clears it.
 */
export function ReviewDateInput({ review, editable, setReviewDate, today }: Pick<ReviewPageState, 'review' | 'editable' | 'setReviewDate' | 'today'>) {
  const [text, setText] = useState(review.reviewDate ? formatUkDate(review.reviewDate) : '');
  if (!editable) return <Text>Review date: {review.reviewDate ? formatUkDate(review.reviewDate) : 'not recorded'}</Text>;
  const typed = parseUkDate(text);
  return (
    <UkDateField
      label="Review date"
      value={text}
      today={today}
      validationMessage={text.trim() !== '' && typed === null ? 'Enter a real date, day first: dd/mm/yyyy.' : undefined}
      onChange={(next) => {
        setText(next);
        const date: IsoDate | null = parseUkDate(next);
        if (date !== null && date !== review.reviewDate) setReviewDate(date);
        if (next.trim() === '' && review.reviewDate !== undefined) setReviewDate(undefined);
      }}
    />
  );
}
