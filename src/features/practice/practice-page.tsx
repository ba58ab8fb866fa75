import { Route, Switch } from 'wouter';
import { CaseStudyPage } from './case-study-page';
import { LibraryPage } from './library-page';
import { EditCaseStudyPage, ShareCaseStudyPage } from './share-case-study-page';

/** The good-practice library that trusts share: find, read, adopt, and share your own. */
export function PracticePage() {
  return (
    <Switch>
      <Route path="/new">
        <ShareCaseStudyPage />
      </Route>
      <Route path="/:id/edit">{(params) => <EditCaseStudyPage caseStudyId={decodeURIComponent(params.id)} />}</Route>
      <Route path="/:id">{(params) => <CaseStudyPage caseStudyId={decodeURIComponent(params.id)} />}</Route>
      <Route>
        <LibraryPage />
      </Route>
    </Switch>
  );
}
