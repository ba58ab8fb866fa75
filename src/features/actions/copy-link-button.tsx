import { Button } from '@fluentui/react-components';
import { LinkRegular } from '@fluentui/react-icons';
import { usePlanData } from '../../app/plan-data';

/**
 * Copies a link to the action, so it can be pasted into a chat or an email: inside Teams a deep
 * link to the tab, elsewhere the page's own address (the host decides, through `linkTo`).
 */
export function CopyLinkButton({ actionId, onCopied }: { actionId: string; onCopied: (message: string, ok: boolean) => void }) {
  const { linkTo } = usePlanData();
  const copy = async () => {
    const address = linkTo(`/actions/${actionId}`);
    try {
      await navigator.clipboard.writeText(address);
      onCopied('Link copied to the clipboard.', true);
    } catch {
      onCopied(`The link could not be copied. The address is ${address}`, false);
    }
  };
  return (
    <Button icon={<LinkRegular />} onClick={() => void copy()}>
      Copy link
    </Button>
  );
}
