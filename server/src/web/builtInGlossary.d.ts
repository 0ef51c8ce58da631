// dist/glossary.json, bundled into the browser server by scripts/build.mjs (an esbuild alias): the
// worker has no file system to read it from.
declare module 'mortgage-lens-built-in-glossary' {
  import type { GlossaryBundle } from '../core/glossaryTypes';
  const bundle: GlossaryBundle;
  export default bundle;
}
