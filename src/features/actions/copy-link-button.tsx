import { Button } from '@fluentui/react-components';
import { LinkRegular } from '@fluentui/react-icons';

/** Copies this page's address, so a link to the action can be pasted into a chat or an email. */
export function CopyLinkButton({ onCopied }: { onCopied: (message: string, ok: boolean) => void }) {
  const copy = async () => {
    const address = window.location.href;
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
