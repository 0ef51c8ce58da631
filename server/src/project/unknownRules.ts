// A check of a configuration that needs the project's glossary, which the schema cannot know: every
// rule id in `rules` must be a rule of the built-in glossary, of a team glossary, or one of the
// defined-term checks. A misspelt id would otherwise silently leave its rule at its default severity.
// The editor shows these in the configuration file; the CLI stops with exit 2.
import { ruleCatalog } from '../core/findings/catalog';
import type { GlossaryBundle } from '../core/glossaryTypes';
import type { GlossaryError } from '../glossary/compileGlossary';
import { jsonc, withoutBom, type Config } from './config';
import { nearest } from '../core/text/nearest';

/** `text` is the configuration file's content, for the position of each unknown id. */
export function unknownRuleErrors(
  configFile: string,
  text: string,
  config: Config,
  glossary: GlossaryBundle,
): GlossaryError[] {
  const configured = Object.keys(config.rules ?? {});
  if (configured.length === 0) return [];
  const known = ruleCatalog(glossary.rules).map((r) => r.id);
  const unknown = configured.filter((id) => !known.includes(id));
  if (unknown.length === 0) return [];
  text = withoutBom(text);
  const tree = jsonc().parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  return unknown.map((id) => {
    const node = tree && jsonc().findNodeAtLocation(tree, ['rules', id]);
    const offset = node?.parent?.offset ?? 0;
    const before = text.slice(0, offset).split(/\r\n?|\n/);
    const suggestion = closest(id, known);
    const fix = suggestion
      ? `did you mean "${suggestion}"?`
      : `the rules are ${known.map((k) => `"${k}"`).join(', ')}`;
    return {
      path: configFile,
      line: before.length,
      column: before[before.length - 1].length + 1,
      message: `unknown rule "${id}" in "rules": ${fix}`,
    };
  });
}

/** The known id nearest to `id`, if it is near enough to be a slip. */
export function closest(id: string, known: string[]): string | undefined {
  return nearest(id, known, 4);
}
