// The team configuration file, .mortgage-lens.json (JSON with comments): parsed and validated
// without touching the file system, so the server and the CLI read it the same way. Errors name
// the line and column and say why; nothing is thrown.
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Severity } from '../core/glossaryTypes';
import schema from '../../../glossary/schema/config.schema.json';
import { validatorOf, type GlossaryError } from '../glossary/compileGlossary';

export const CONFIG_FILE = '.mortgage-lens.json';

export interface Config {
  rules?: Record<string, Severity | 'off'>;
  glossaries?: string[];
  ignore?: string[];
  languages?: string[];
  extensions?: Record<string, string>;
}

export function parseConfig(path: string, text: string): { config?: Config; errors: GlossaryError[] } {
  const syntax: ParseError[] = [];
  const tree = parseTree(text, syntax, { allowTrailingComma: true, disallowComments: false });
  const at = (offset: number, message: string): GlossaryError => {
    const before = text.slice(0, offset).split(/\r\n?|\n/);
    return { path, line: before.length, column: before[before.length - 1].length + 1, message };
  };
  if (syntax.length > 0 || !tree) {
    return {
      errors: syntax.length
        ? syntax.map((e) => at(e.offset, `JSON syntax: ${printParseErrorCode(e.error)}`))
        : [at(0, 'the file is empty: expected a JSON object')],
    };
  }
  const data = evaluate(tree);
  // Compiled on first use (and kept): a server start without a configuration should not pay for it.
  const validate = validatorOf(schema);
  if (validate(data)) return { config: data as Config, errors: [] };
  return {
    errors: (validate.errors ?? [])
      .map((e) => {
        const path_ = e.instancePath
          .split('/')
          .slice(1)
          .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
        const extra =
          e.keyword === 'additionalProperties' ? ` ("${String(e.params.additionalProperty)}")` : '';
        const allowed =
          e.keyword === 'enum' ? ` (one of ${(e.params.allowedValues as unknown[]).join(', ')})` : '';
        // An unknown key is reported where the key is written.
        const key = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : undefined;
        const value = key !== undefined ? findNodeAtLocation(tree, [...path_, key]) : undefined;
        const node = value?.parent ?? findNodeAtLocation(tree, path_) ?? tree;
        const where = path_.length ? path_.join('.') : 'the configuration';
        return at(node.offset, `${where} ${e.message ?? 'is invalid'}${extra}${allowed}`);
      })
      .sort((a, b) => a.line - b.line || a.column - b.column),
  };
}

/** The value of a jsonc-parser tree (comments already dropped). */
function evaluate(node: NonNullable<ReturnType<typeof parseTree>>): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(
        (node.children ?? []).map((p) => [p.children![0].value, evaluate(p.children![1])]),
      );
    case 'array':
      return (node.children ?? []).map(evaluate);
    default:
      return node.value;
  }
}
