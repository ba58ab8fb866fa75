/**
 * Everything the app calls on Teams once it knows it is inside Teams. Loaded on demand, so a
 * browser or local session never downloads teams-js.
 */
export { enableChannelTabSave, type ChannelTabSettings } from './channel-tab-config';
export { notifyTeamsLoaded } from './detect-host';
export { watchTeamsTheme } from './teams-theme';
