import { mergeConfig } from 'vite'
import base from './vite.config.ts'

/**
 * The data desk's editor (editor.html), built on its own after the reader's pages into the same
 * folder: a build of its own shares no chunk with them, so the reader's first view stays
 * byte for byte what it was and loads none of the editor's code.
 */
export default mergeConfig(base, {
  build: {
    emptyOutDir: false,
    // The prerender reads the reader's build manifest for its catalogue chunks: leave it as it is.
    manifest: false,
    rolldownOptions: { input: { editor: 'editor.html' } },
  },
})
