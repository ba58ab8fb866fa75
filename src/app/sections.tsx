import {
  ClipboardTaskListLtr20Regular,
  DataBarVertical20Regular,
  DocumentBulletList20Regular,
  Lightbulb20Regular,
  Pulse20Regular,
  Settings20Regular,
  TaskListLtr20Regular,
  TaskListSquarePerson20Regular,
} from '@fluentui/react-icons';
import { lazy, type ComponentType, type ReactElement } from 'react';
import { DashboardSection } from './dashboard-section';

/** An entry of the navigation: where it leads, its name and its icon. */
export interface NavEntry {
  path: string;
  label: string;
  icon: ReactElement;
}

export interface Section extends NavEntry {
  /**
   * The Dashboard, where the tab opens, comes with the first download; every other section is its
   * own chunk, loaded when it is first opened.
   */
  page: ComponentType;
}

const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazy(async () => ({ default: (await load())[name] }));

/** The navigation, in the order a board member reads the plan: results, then what is being done. */
export const sections: readonly Section[] = [
  { path: '/dashboard', label: 'Dashboard', icon: <DataBarVertical20Regular />, page: DashboardSection },
  { path: '/progress', label: 'Progress', icon: <Pulse20Regular />, page: named(() => import('../features/progress/progress-page'), 'ProgressPage') },
  { path: '/actions', label: 'Actions', icon: <TaskListLtr20Regular />, page: named(() => import('../features/actions/actions-page'), 'ActionsPage') },
  { path: '/eds', label: 'EDS', icon: <ClipboardTaskListLtr20Regular />, page: named(() => import('../features/eds/eds-page'), 'EdsPage') },
  { path: '/practice', label: 'Good practice', icon: <Lightbulb20Regular />, page: named(() => import('../features/practice/practice-page'), 'PracticePage') },
  { path: '/reports', label: 'Reports', icon: <DocumentBulletList20Regular />, page: named(() => import('./reports-section'), 'ReportsSection') },
  { path: '/settings', label: 'Settings', icon: <Settings20Regular />, page: named(() => import('../features/settings/settings-page'), 'SettingsPage') },
];

export const MyActionsPage = named(() => import('../features/actions/my-actions-page'), 'MyActionsPage');

/** The signed-in person's own actions: its own route (it is also the Teams personal tab), listed beside the plan's actions. */
export const MY_ACTIONS_PATH = '/my-actions';

/** What the navigation lists: the sections, with My actions after Actions so an owner finds their work in one step. */
export const navEntries: readonly NavEntry[] = sections.flatMap((section) =>
  section.path === '/actions' ? [section, { path: MY_ACTIONS_PATH, label: 'My actions', icon: <TaskListSquarePerson20Regular /> }] : [section],
);
