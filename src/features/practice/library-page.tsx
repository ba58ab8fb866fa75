import { LibraryPageView } from './library-page-view';
import { useLibraryPage } from './use-library-page';

/** Browse, search and filter the shared library by indicator, EDS outcome, organisation type and region. */
export function LibraryPage() {
  return <LibraryPageView {...useLibraryPage()} />;
}
