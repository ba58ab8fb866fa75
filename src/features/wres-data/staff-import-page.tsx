import { StaffImportPageView } from './staff-import-page-view';
import { type StaffRunner, defaultStaffRunner } from './staff-runner';
import { useStaffImport } from './use-staff-import';

/**
 * Import staff-level files (an ESR staff-in-post extract and, optionally, recruitment,
 * disciplinary, training and board files). The files are read and counted in a Web Worker on
 * this device; only the counts are shown, and only the counts are stored, once the person has
 * checked them. No part of a file is sent anywhere, column mappings included: they are remembered
 * in this browser.
 */
export function StaffImportPage({ runner = defaultStaffRunner() }: { runner?: StaffRunner }) {
  const state = useStaffImport(runner);
  return <StaffImportPageView state={state} />;
}
