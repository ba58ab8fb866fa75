import {
  ClipboardTaskListLtr20Regular,
  DataBarVertical20Regular,
  DocumentBulletList20Regular,
  Lightbulb20Regular,
  Settings20Regular,
  TaskListLtr20Regular,
} from '@fluentui/react-icons';
import type { ComponentType, ReactElement } from 'react';
import { ActionsPage } from '../features/actions/actions-page';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { EdsPage } from '../features/eds/eds-page';
import { PracticePage } from '../features/practice/practice-page';
import { ReportsPage } from '../features/reports/reports-page';
import { SettingsPage } from '../features/settings/settings-page';

export interface Section {
  path: string;
  label: string;
  icon: ReactElement;
  page: ComponentType;
}

/** The navigation, in the order a board member reads the plan: results, then what is being done. */
export const sections: readonly Section[] = [
  { path: '/dashboard', label: 'Dashboard', icon: <DataBarVertical20Regular />, page: DashboardPage },
  { path: '/actions', label: 'Actions', icon: <TaskListLtr20Regular />, page: ActionsPage },
  { path: '/eds', label: 'EDS', icon: <ClipboardTaskListLtr20Regular />, page: EdsPage },
  { path: '/practice', label: 'Good practice', icon: <Lightbulb20Regular />, page: PracticePage },
  { path: '/reports', label: 'Reports', icon: <DocumentBulletList20Regular />, page: ReportsPage },
  { path: '/settings', label: 'Settings', icon: <Settings20Regular />, page: SettingsPage },
];
