import type { Dataset } from '../data/indexDataset.ts'

/** The in-page anchor of a person in the people directory. */
export function personAnchor(personId: string): string {
  return `person-${personId}`
}

/** A person's name linking to their entry in the people directory. */
export function PersonLink({ dataset, personId }: { dataset: Dataset; personId: string }) {
  const person = dataset.personById.get(personId)
  if (!person) return null
  return <a href={`#${personAnchor(personId)}`}>{person.name}</a>
}
