import { useState } from 'react';
import type { Partner } from './review-draft';

/** The partners section's boxes as typed, and adding what they hold to the review. */
export interface PartnersEditorState {
  person: { name: string; role: string; organisation: string };
  organisation: string;
  typePerson: (field: 'name' | 'role' | 'organisation', value: string) => void;
  typeOrganisation: (value: string) => void;
  /** Adds the person typed (a name is needed) and empties the boxes; false when there was no name. */
  submitPerson: () => boolean;
  submitOrganisation: () => boolean;
}

const EMPTY = { name: '', role: '', organisation: '' };

/** The add-a-person and add-an-organisation boxes; blank parts are left out, so a person may be just a name. */
export function usePartnersEditor(addPerson: (person: Partner) => void, addOrganisation: (name: string) => void): PartnersEditorState {
  const [person, setPerson] = useState(EMPTY);
  const [organisation, setOrganisation] = useState('');
  return {
    person,
    organisation,
    typePerson: (field, value) => setPerson((current) => ({ ...current, [field]: value })),
    typeOrganisation: setOrganisation,
    submitPerson: () => {
      const name = person.name.trim();
      if (name === '') return false;
      const role = person.role.trim();
      const from = person.organisation.trim();
      addPerson({ name, ...(role ? { role } : {}), ...(from ? { organisation: from } : {}) });
      setPerson(EMPTY);
      return true;
    },
    submitOrganisation: () => {
      const name = organisation.trim();
      if (name === '') return false;
      addOrganisation(name);
      setOrganisation('');
      return true;
    },
  };
}
