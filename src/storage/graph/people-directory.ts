import type { Client } from '@microsoft/microsoft-graph-client';
import type { PeopleDirectory, Person } from '../ports';
import { graphCall } from './graph-site';
import { readUser, readUserPage, type GraphUser } from './graph-shapes';
import { withQuery } from './odata';

function toPerson(user: GraphUser): Person {
  return {
    id: user.id,
    displayName: user.displayName ?? user.userPrincipalName ?? user.id,
    email: user.mail ?? user.userPrincipalName ?? '',
    ...(user.jobTitle ? { jobTitle: user.jobTitle } : {}),
  };
}

/** `$search` phrases are quoted; a quote or backslash inside the text would end the phrase early. */
function searchPhrase(property: string, text: string): string {
  return `"${property}:${text.replace(/["\\]/g, ' ').trim()}"`;
}

/** The people picker: directory search by name or email (needs `ConsistencyLevel: eventual`). */
export function createPeopleDirectory(client: Client): PeopleDirectory {
  return {
    async me() {
      return toPerson(readUser(await graphCall(() => client.api('/me').select('id,displayName,mail,userPrincipalName,jobTitle').get())));
    },
    async search(text) {
      if (text.trim().length < 2) return [];
      const path = withQuery('/users', {
        $search: `${searchPhrase('displayName', text)} OR ${searchPhrase('mail', text)}`,
        $select: 'id,displayName,mail,userPrincipalName,jobTitle',
        $top: 15,
      });
      const page = readUserPage(await graphCall(() => client.api(path).header('ConsistencyLevel', 'eventual').get()));
      return (page.value ?? []).map(toPerson);
    },
  };
}
