// The team configuration file, .mortgage-lens.json (JSON with comments): parsed and validated
// without touching the file system, so the server and the CLI read it the same way. Errors name
// the line and column and say why; nothing is thrown.
import type * as JsoncParser from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import type { Severity } from '../core/glossaryTypes';
import schema from '../../../glossary/schema/config.schema.json';
import { validatorOf, type GlossaryError } from '../glossary/compileGlossary';

export const CONFIG_FILE = '.mortgage-lens.json';

// Loaded with the first configuration file read: the CLI's start-up without one does not load it
// (its module builds tables of indentation strings when loaded).
let jsoncModule: typeof JsoncParser | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const jsonc = () => (jsoncModule ??= require('jsonc-parser') as typeof JsoncParser);

export interface Config {
  rules?: Record<string, Severity | 'off'>;
  glossaries?: string[];
  ignore?: string[];
  languages?: string[];
  extensions?: Record<string, string>;
}

/**
 * Brackets deeper than this are no configuration (it needs 2: the file's object, then `rules`'
 * or a list); jsonc-parser reads a level per call and overflows the stack near 10,000.
 */
export const MAX_CONFIG_DEPTH = 32;

/** The text without a UTF-8 byte order mark, which editors hide and JSON parsers refuse. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The configuration in `text`, or the errors that hold it back. When `config` is there, `errors`
 * holds only warnings (severity 'warning').
 */
export function parseConfig(path: string, raw: string): { config?: Config; errors: GlossaryError[] } {
  const text = withoutBom(raw);
  const at = (offset: number, message: string): GlossaryError => {
    const before = text.slice(0, offset).split(/\r\n?|\n/);
    return { path, line: before.length, column: before[before.length - 1].length + 1, message };
  };
  const deep = tooDeepAt(text);
  if (deep !== undefined)
    return {
      errors: [at(deep, `JSON nested deeper than ${MAX_CONFIG_DEPTH} levels: a configuration needs 2`)],
    };
  const syntax: ParseError[] = [];
  const tree = jsonc().parseTree(text, syntax, { allowTrailingComma: true, disallowComments: false });
  if (syntax.length > 0 || !tree) {
    return {
      errors: syntax.length
        ? syntax.map((e) => at(e.offset, `JSON syntax: ${jsonc().printParseErrorCode(e.error)}`))
        : [at(0, 'the file is empty: expected a JSON object')],
    };
  }
  // getNodeValue builds objects without a prototype; the clone makes them plain, as JSON.parse would.
  const data: unknown = structuredClone(jsonc().getNodeValue(tree));
  // Compiled on first use (and kept): a server start without a configuration should not pay for it.
  const validate = validatorOf(schema);
  if (validate(data)) return { config: data as Config, errors: duplicateKeys(tree, [], at) };
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
        const value = key !== undefined ? jsonc().findNodeAtLocation(tree, [...path_, key]) : undefined;
        const node = value?.parent ?? jsonc().findNodeAtLocation(tree, path_) ?? tree;
        const where = path_.length ? path_.join('.') : 'the configuration';
        return at(node.offset, `${where} ${e.message ?? 'is invalid'}${extra}${allowed}`);
      })
      .sort((a, b) => a.line - b.line || a.column - b.column),
  };
}

/**
 * Line and column (1-based) of the value at `path` in a configuration's text, or 1:1 when there is
 * none there; for errors about a value found valid, e.g. a glossary folder that cannot be read.
 */
export function configPosition(raw: string, path: (string | number)[]): { line: number; column: number } {
  const text = withoutBom(raw);
  const tree =
    tooDeepAt(text) === undefined ? jsonc().parseTree(text, [], { allowTrailingComma: true }) : undefined;
  const offset = (tree && jsonc().findNodeAtLocation(tree, path)?.offset) ?? 0;
  const before = text.slice(0, offset).split(/\r\n?|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

// jsonc-parser's SyntaxKind is a const enum, which the bundler cannot read from its typings.
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF = 17;

/** Where the brackets first go deeper than MAX_CONFIG_DEPTH, read without recursion; else undefined. */
function tooDeepAt(text: string): number | undefined {
  const scanner = jsonc().createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      if (++depth > MAX_CONFIG_DEPTH) return scanner.getTokenOffset();
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) depth--;
  }
  return undefined;
}

/**
 * A key written twice in one object: JSON keeps the last silently, so a team that adds "rules"
 * at the end of the file loses the first block without a word. Warned where the later one is.
 */
function duplicateKeys(
  node: Node,
  path: (string | number)[],
  at: (offset: number, message: string) => GlossaryError,
): GlossaryError[] {
  const warnings: GlossaryError[] = [];
  const seen = new Map<string, Node>();
  (node.children ?? []).forEach((child, i) => {
    if (node.type !== 'object') {
      warnings.push(...duplicateKeys(child, [...path, i], at));
      return;
    }
    const [key, value] = child.children ?? [];
    const name = String(key?.value);
    const first = seen.get(name);
    if (first) {
      const where = at(first.offset, '');
      const inside = path.length ? path.join('.') : 'the configuration';
      warnings.push({
        ...at(
          child.offset,
          `"${name}" is written twice in ${inside} (also at ${where.line}:${where.column}): the last one applies`,
        ),
        severity: 'warning',
      });
    } else seen.set(name, child);
    if (value) warnings.push(...duplicateKeys(value, [...path, name], at));
  });
  return warnings;
}
