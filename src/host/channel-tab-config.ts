import { pages } from '@microsoft/teams-js';
import { messageOf } from '../storage/ports';

/** What Teams stores for a channel tab once its configuration page is saved. */
export interface ChannelTabSettings {
  contentUrl: string;
  websiteUrl: string;
  entityId: string;
  suggestedDisplayName: string;
}

/** Lets the "Save" button of a channel tab's configuration page add the tab with these settings. */
export function enableChannelTabSave(settings: ChannelTabSettings): void {
  pages.config.registerOnSaveHandler((saveEvent) => {
    pages.config
      .setConfig(settings)
      .then(() => saveEvent.notifySuccess())
      .catch((error: unknown) => saveEvent.notifyFailure(messageOf(error)));
  });
  pages.config.setValidityState(true);
}
