import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { PageLayout } from '../../components/page-layout';
import { RouterLink } from '../../components/router-link';

/** "a, b and c": a short list in words. */
function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/**
 * The share page while Settings lack what a case study is published under. Other trusts find case
 * studies by the organisation's type and region, so none is guessed: the page says what is missing
 * and where to set it, and offers no form to fill in until then.
 */
export function OrganisationNotSet({ missing }: { missing: readonly string[] }) {
  return (
    <PageLayout title="Share a case study" description="Published to the library other trusts read, under your organisation's details.">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Set your organisation&apos;s details first</MessageBarTitle>
          Other trusts find case studies by organisation type and region, so sharing needs them. Not set yet: {listInWords(missing)}.{' '}
          <RouterLink href="~/settings">Set them in Settings</RouterLink>
        </MessageBarBody>
      </MessageBar>
    </PageLayout>
  );
}
