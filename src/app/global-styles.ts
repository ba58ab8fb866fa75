import { makeStaticStyles } from '@fluentui/react-components';

/** The tab fills the Teams frame edge to edge; the browser's default body margin would show as a border. */
export const useGlobalStyles = makeStaticStyles({
  'html, body': { margin: 0, padding: 0 },
});
