import { Badge } from '@fluentui/react-components';
import type { Verdict } from '../domain/wres';
import { verdictColour, verdictWords } from './figure-format';

/** The domain's verdict as a badge whose words carry the meaning; the colour only repeats it. */
export function VerdictBadge({ verdict }: { verdict: Verdict | null }) {
  if (verdict === null)
    return (
      <Badge appearance="outline" color="subtle">
        No verdict
      </Badge>
    );
  return (
    <Badge appearance="tint" color={verdictColour(verdict)}>
      {verdictWords(verdict)}
    </Badge>
  );
}
