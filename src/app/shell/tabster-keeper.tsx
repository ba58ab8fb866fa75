import { useFocusFinders } from '@fluentui/react-components';

/** Holds one user of Fluent's focus manager (tabster) while it is mounted; see lasting-tabster.tsx. */
export function TabsterKeeper(): null {
  // The focus finders are the smallest of Fluent's hooks that hold a tabster instance.
  useFocusFinders();
  return null;
}
