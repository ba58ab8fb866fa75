import { ImportWresPageView } from './import-wres-page-view';
import { useImportWres } from './use-import-wres';

/**
 * Import one year's WRES counts from a CSV, XLSX or JSON file. The file is read in the browser;
 * every problem is listed by row and column; nothing is stored until the person confirms, and
 * then the year is saved in one write (replacing a stored year only with the version it was read
 * at, so someone else's change is never overwritten).
 */
export function ImportWresPage() {
  const state = useImportWres();
  return <ImportWresPageView state={state} />;
}
