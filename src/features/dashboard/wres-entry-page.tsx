export function WresEntryPage(props: { year: number | undefined; onSaved: (year: number) => void }) {
  return props.year === undefined ? null : null;
}
