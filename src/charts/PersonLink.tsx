import { createContext, useContext } from 'react'
import type { Dataset } from '../data/indexDataset.ts'

/** Whether the page has a people directory to link to (the compact embed has none). */
export const PeopleDirectoryContext = createContext(true)

/** The in-page anchor of a person in the people directory. */
export function personAnchor(personId: string): string {
  return `person-${personId}`
}

/** A person's name, linking to their entry in the people directory where the page has one. */
export function PersonLink({ dataset, personId }: { dataset: Dataset; personId: string }) {
  const hasDirectory = useContext(PeopleDirectoryContext)
  const person = dataset.personById.get(personId)
  if (!person) return null
  return hasDirectory ? (
    <a href={`#${personAnchor(personId)}`}>{person.name}</a>
  ) : (
    <span>{person.name}</span>
  )
}
