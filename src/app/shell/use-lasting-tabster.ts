import { useFocusFinders } from '@fluentui/react-components';

/**
 * Keeps Fluent's keyboard-focus manager (tabster) for as long as the app is open. Fluent creates it
 * for the first component that asks and disposes of it when the last one unmounts, and tabster's
 * dispose (8.8) forgets the aria-hidden a modal dialog put on the rest of the page while the update
 * that removes it (250 ms after the dialog closes) is still pending. When a dialog was the page's
 * only tabster user, as "Mark as agreed?" is once its button goes, the whole tab stayed hidden from
 * screen readers after it closed. With one user for the app's life, closing a dialog always restores
 * the page. The focus finders are the smallest hook that holds an instance.
 */
export function useLastingTabster(): void {
  useFocusFinders();
}
