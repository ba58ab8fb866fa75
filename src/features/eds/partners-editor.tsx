import { Button, Field, Input, Subtitle2, Text } from '@fluentui/react-components';
import { personLabel } from './review-draft';
import { ReviewDateInput } from './review-date-input';
import { useReviewPageStyles } from './review-page.styles';
import { usePartnersEditor } from './use-partners-editor';
import type { ReviewPageState } from './use-review-page';

type PartnersProps = Pick<
  ReviewPageState,
  'review' | 'editable' | 'setReviewDate' | 'today' | 'addPerson' | 'removePerson' | 'addOrganisation' | 'removeOrganisation'
>;

interface RemovableItem {
  readonly key: string;
  readonly text: string;
  /** Who or what Remove takes away, for the button's accessible name. */
  readonly name: string;
  readonly remove: () => void;
}

/** A headed list of partners, each with Remove while the review is a draft. */
function RemovableList({ heading, label, items, editable }: { heading: string; label: string; items: readonly RemovableItem[]; editable: boolean }) {
  const styles = useReviewPageStyles();
  return (
    <div>
      <Text weight="semibold" as="h3" className={styles.listHeading}>
        {heading}
      </Text>
      {items.length === 0 ? (
        <Text>None yet.</Text>
      ) : (
        <ul className={styles.list} aria-label={label}>
          {items.map((item) => (
            <li key={item.key} className={styles.listItem}>
              <Text>{item.text}</Text>
              {editable ? (
                <Button size="small" appearance="subtle" aria-label={`Remove ${item.name}`} onClick={item.remove}>
                  Remove
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The partner organisations and people of the review, each with Remove while it is a draft. */
function PartnerLists({ review, editable, removePerson, removeOrganisation }: PartnersProps) {
  const styles = useReviewPageStyles();
  const { organisations, people } = review.partners;
  return (
    <div className={styles.partnerLists}>
      <RemovableList
        heading="Organisations"
        label="Partner organisations"
        editable={editable}
        items={organisations.map((name) => ({ key: name, text: name, name, remove: () => removeOrganisation(name) }))}
      />
      <RemovableList
        heading="People"
        label="People taking part"
        editable={editable}
        items={people.map((person, index) => ({
          key: `${person.name}-${index}`,
          text: personLabel(person),
          name: person.name,
          remove: () => removePerson(index),
        }))}
      />
    </div>
  );
}

/** A box's keydown that adds what was typed on Enter, rather than leaving it there. */
const onEnter = (submit: () => boolean) => (event: { key: string; preventDefault: () => void }) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    submit();
  }
};
/** Adds a person (name, role, organisation) or an organisation; Enter in a box adds it too. */
function PartnerInputs({ addPerson, addOrganisation }: Pick<PartnersProps, 'addPerson' | 'addOrganisation'>) {
  const styles = useReviewPageStyles();
  const editor = usePartnersEditor(addPerson, addOrganisation);

  return (
    <div className={styles.partnerInputs}>
      <div className={styles.inputRow} role="group" aria-label="Add a person">
        <Field label="Person's name">
          <Input value={editor.person.name} onChange={(_, data) => editor.typePerson('name', data.value)} onKeyDown={onEnter(editor.submitPerson)} />
        </Field>
        <Field label="Role">
          <Input value={editor.person.role} onChange={(_, data) => editor.typePerson('role', data.value)} onKeyDown={onEnter(editor.submitPerson)} />
        </Field>
        <Field label="Their organisation">
          <Input
            value={editor.person.organisation}
            onChange={(_, data) => editor.typePerson('organisation', data.value)}
            onKeyDown={onEnter(editor.submitPerson)}
          />
        </Field>
        <Button onClick={editor.submitPerson}>Add person</Button>
      </div>
      <div className={styles.inputRow} role="group" aria-label="Add an organisation">
        <Field label="Partner organisation">
          <Input value={editor.organisation} onChange={(_, data) => editor.typeOrganisation(data.value)} onKeyDown={onEnter(editor.submitOrganisation)} />
        </Field>
        <Button onClick={editor.submitOrganisation}>Add organisation</Button>
      </div>
    </div>
  );
}

/** The review's partners, entered once here and chosen per outcome as having agreed it. */
export function PartnersEditor(props: PartnersProps) {
  const styles = useReviewPageStyles();
  return (
    <section className={styles.section} aria-labelledby="partners-heading">
      <Subtitle2 as="h2" id="partners-heading">
        Date and partners
      </Subtitle2>
      <ReviewDateInput review={props.review} editable={props.editable} setReviewDate={props.setReviewDate} today={props.today} />
      {props.editable ? <Text>Enter the people and organisations taking part once; then tick, under each outcome, who agreed its grade.</Text> : null}
      <PartnerLists {...props} />
      {props.editable ? <PartnerInputs addPerson={props.addPerson} addOrganisation={props.addOrganisation} /> : null}
    </section>
  );
}
