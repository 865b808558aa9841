import type { RawDataset } from '../data/schema.ts'
import { FieldControl } from './FieldControl.tsx'
import { META_SPEC } from './recordSpecs.ts'
import type { Edits } from './useEditorDocument.ts'
import './fields/fields.css'

/** The dataset's own fields: id, titles, languages, dates, credits. */
export function MetaForm({ raw, edits }: { raw: RawDataset; edits: Edits }) {
  const meta = (raw.meta ?? {}) as unknown as Record<string, unknown>
  return (
    <section aria-labelledby="meta-heading">
      <h2 id="meta-heading">Meta</h2>
      <div className="ed-form">
        {META_SPEC.map((spec) => (
          <FieldControl
            key={spec.key}
            spec={spec}
            path={['meta']}
            record={meta}
            raw={raw}
            edits={edits}
          />
        ))}
      </div>
    </section>
  )
}
