// Turns the glossary's YAML files into one bundle, checking each file against its JSON Schema and
// every cross-reference. Errors name the file, line and column and say why; nothing is thrown.
// Pure: file contents in, bundle or errors out, so the build, the CLI and the server can share it.
import type * as AjvModule from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type * as YamlModule from 'yaml';
import type { Document, LineCounter } from 'yaml';

// Loaded on first use: most server starts compile no team glossary, and evaluating these two
// libraries was a sizeable part of a start.
/* eslint-disable @typescript-eslint/no-require-imports */
let ajvModule: typeof AjvModule | undefined;
let yamlModule: typeof YamlModule | undefined;
const loadAjv = () => (ajvModule ??= require('ajv') as typeof AjvModule);
const yaml = () => (yamlModule ??= require('yaml') as typeof YamlModule);
/* eslint-enable @typescript-eslint/no-require-imports */
import { patternParts } from '../core/claims';
import { withoutRules } from '../core/claims/scorer';
import { phraseWords } from '../core/text/words';
import type { GlossaryBundle, LanguageData, RuleEntry, TermEntry } from '../core/glossaryTypes';

export interface GlossaryFile {
  path: string;
  text: string;
}

export interface GlossaryInput {
  terms: GlossaryFile[];
  rules: GlossaryFile[];
  /** Required for the built-in glossary; a workspace glossary uses its base's language data. */
  language?: GlossaryFile;
  /**
   * The glossary a workspace glossary extends: its ids may be referenced, and its terms and rules
   * are replaced by entries with the same id.
   */
  base?: GlossaryBundle;
}

export interface GlossarySchemas {
  term: object;
  rule: object;
  language: object;
}

export interface GlossaryError {
  path: string;
  /** 1-based, as editors and compilers print them. */
  line: number;
  column: number;
  message: string;
  /** Absent for an error. A warning is shown but holds nothing back (e.g. a key written twice). */
  severity?: 'warning';
}

export type CompileResult =
  { bundle: GlossaryBundle; errors: [] } | { bundle?: undefined; errors: GlossaryError[] };

interface Parsed<T> {
  file: GlossaryFile;
  doc: Document;
  lines: LineCounter;
  data: T;
}

/** Compiled schemas, kept per schema object: compiling costs ~200 ms, and team glossaries recompile on each change. */
const validators = new WeakMap<object, ValidateFunction>();

export function validatorOf(schema: object): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate)
    validators.set(schema, (validate = new (loadAjv().default)({ allErrors: true }).compile(schema)));
  return validate;
}

/**
 * Limits on a team glossary (all the folders one configuration names). A valid 50 MB file with 854k
 * aliases held the server for 27.5 s and 2.2 GB. These are far above any real glossary (the built-in
 * one has 54 terms and 11 rules in 480 KB, its largest file 10 KB, at most 9 aliases a term), and
 * low enough that the largest glossary allowed loads in seconds (4.6 MB of terms with 160k aliases
 * took 4.3 s on a shared 2-core machine; the alias limit keeps it under that).
 */
export const TEAM_LIMITS = {
  /** Per file: the desktop checks the size in bytes before reading, this check the length read. */
  fileCharacters: 512 * 1024,
  totalCharacters: 4 * 1024 * 1024,
  terms: 2000,
  rules: 1000,
  aliasesPerTerm: 200,
  aliases: 20_000,
};

export function compileGlossary(input: GlossaryInput, schemas: GlossarySchemas): CompileResult {
  const errors: GlossaryError[] = [];
  if (input.base) input = { ...input, ...withinLimits(input, errors) };
  let aliases = 0;
  let tooManyAliases = false;
  const parse = <T>(file: GlossaryFile, validate: ValidateFunction): Parsed<T> | undefined => {
    if (tooManyAliases) return undefined;
    const { LineCounter: Lines, parseDocument } = yaml();
    const lines = new Lines();
    const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const e of doc.errors)
        errors.push(at(file, lines, e.pos[0], `YAML syntax: ${firstLine(e.message)}`));
      return undefined;
    }
    let data: unknown;
    try {
      // Throws on hostile aliasing (a "billion laughs" file): yaml caps the expansion, we report it.
      data = doc.toJS();
    } catch (error) {
      errors.push(at(file, lines, 0, `YAML: ${firstLine((error as Error).message)}`));
      return undefined;
    }
    // Counted before the schema and the indexes, which cost most with many aliases.
    const listed = (data as { aliases?: unknown } | null)?.aliases;
    if (input.base && Array.isArray(listed)) {
      if (listed.length > TEAM_LIMITS.aliasesPerTerm) {
        errors.push(
          nodeError(
            { file, doc, lines },
            ['aliases'],
            `${listed.length} aliases, over the limit of ${TEAM_LIMITS.aliasesPerTerm} for a team term: not read`,
          ),
        );
        return undefined;
      }
      aliases += listed.length;
      if (aliases > TEAM_LIMITS.aliases) {
        tooManyAliases = true;
        errors.push(
          atStart(
            file,
            `the team glossary reaches ${aliases} aliases with this file, over the limit of ${TEAM_LIMITS.aliases}: this file and those after it are not read`,
          ),
        );
        return undefined;
      }
    }
    if (!validate(data)) {
      // An "if" error only says that its then/else branch failed, whose own errors say where and why.
      for (const e of validate.errors ?? [])
        if (e.keyword !== 'if') errors.push(schemaError(file, doc, lines, e));
      return undefined;
    }
    return { file, doc, lines, data: data as T };
  };

  const validateTerm = validatorOf(schemas.term);
  const validateRule = validatorOf(schemas.rule);
  const validateLanguage = validatorOf(schemas.language);
  const terms = input.terms.map((f) => parse<TermEntry>(f, validateTerm)).filter(isDefined);
  const rules = input.rules.map((f) => parse<RuleEntry>(f, validateRule)).filter(isDefined);
  const language = input.language
    ? parse<LanguageData>(input.language, validateLanguage)
    : input.base && { data: input.base.language };
  if (!input.language && !input.base)
    throw new Error('compileGlossary needs language data or a base glossary');

  checkIds(terms, errors);
  checkIds(rules, errors);
  // An entry that failed validation still names a term: references to it are not errors too.
  const termIds = new Set([
    ...terms.map((t) => t.data.id),
    ...input.terms.map(fileId),
    ...(input.base?.terms.map((t) => t.id) ?? []),
  ]);
  // Links between terms are naturally mutual (a differs from b and b from a; related both ways), so
  // cycles are fine: nothing follows them transitively. A link to the entry itself is a mistake.
  for (const t of terms) {
    t.data.differs_from.forEach((d, i) => {
      checkRef(t, ['differs_from', i, 'term'], d.term, termIds, errors);
      if (d.term === t.data.id)
        errors.push(
          nodeError(t, ['differs_from', i, 'term'], `a term cannot differ from itself ("${d.term}")`),
        );
    });
    t.data.related?.forEach((id, i) => {
      checkRef(t, ['related', i], id, termIds, errors);
      if (id === t.data.id)
        errors.push(
          nodeError(t, ['related', i], `"${id}" is this entry's own id: related links go to other terms`),
        );
    });
  }
  // A phrase is matched word by word: one of punctuation only ("=") would match nothing and once
  // stopped the claim index from building.
  const wordless = (phrase: string) => phraseWords(phrase).length === 0;
  const noWords = (phrase: string) =>
    `"${phrase}" has no word to match (letters or digits): write the words it stands for`;
  if (input.language && language && 'doc' in language) {
    for (const [name, concept] of Object.entries(language.data.concepts))
      concept.phrases.forEach((phrase, i) => {
        if (wordless(phrase))
          errors.push(nodeError(language, ['concepts', name, 'phrases', i], noWords(phrase)));
      });
    language.data.triggers.forEach((group, g) =>
      group.phrases.forEach((phrase, i) => {
        if (wordless(phrase))
          errors.push(nodeError(language, ['triggers', g, 'phrases', i], noWords(phrase)));
      }),
    );
    language.data.fillers.forEach((phrase, i) => {
      if (wordless(phrase)) errors.push(nodeError(language, ['fillers', i], noWords(phrase)));
    });
  }
  for (const r of rules)
    r.data.antipatterns?.forEach((phrase, i) => {
      if (wordless(phrase)) errors.push(nodeError(r, ['antipatterns', i], noWords(phrase)));
    });
  const concepts = new Set(Object.keys(language?.data.concepts ?? {}));
  for (const r of rules) {
    checkRef(r, ['entry'], r.data.entry, termIds, errors);
    r.data.patterns.forEach((pattern, i) => {
      const { names: match } = patternParts(pattern);
      const at: (string | number)[] = Array.isArray(pattern)
        ? ['patterns', i]
        : ['patterns', i, 'all' in pattern ? 'all' : 'match'];
      const names = match.map((slot) => slot.replace(/\?$/, ''));
      names.forEach((concept, j) => {
        if (language && !concepts.has(concept)) {
          errors.push(
            nodeError(r, [...at, j], `unknown concept "${concept}": define it in glossary/language.yaml`),
          );
        }
      });
      const fix = patternParts(pattern).fix ?? r.data.fix;
      const needed =
        fix.strategy === 'replace'
          ? [fix.from, fix.to ?? fix.from]
          : fix.strategy === 'hedge-predicate' && fix.slot
            ? [fix.slot]
            : [];
      for (const concept of needed) {
        if (!names.includes(concept)) {
          errors.push(nodeError(r, at, `the fix names slot "${concept}", which this pattern does not have`));
        }
      }
    });
  }

  if (errors.length > 0 || !language) return { errors };
  if (input.base)
    return {
      bundle: extend(
        input.base,
        terms.map((t) => t.data),
        rules.map((r) => r.data),
      ),
      errors: [],
    };
  return {
    bundle: { terms: terms.map((t) => t.data), rules: rules.map((r) => r.data), language: language.data },
    errors: [],
  };
}

/** The team files within TEAM_LIMITS' counts and sizes; an error for the first file past each. */
function withinLimits(input: GlossaryInput, errors: GlossaryError[]): Pick<GlossaryInput, 'terms' | 'rules'> {
  let characters = 0;
  let full = false;
  const keep = (files: GlossaryFile[], kind: 'term' | 'rule', max: number): GlossaryFile[] => {
    const kept: GlossaryFile[] = [];
    for (const [i, file] of files.entries()) {
      if (full) break;
      if (i >= max) {
        errors.push(
          atStart(
            file,
            `the ${ordinal(i + 1)} ${kind} file of the team glossary, over the limit of ${max}: this file and those after it are not read`,
          ),
        );
        break;
      }
      const length = file.text.length;
      if (length > TEAM_LIMITS.fileCharacters) {
        errors.push(
          atStart(
            file,
            `${length} characters, over the limit of ${TEAM_LIMITS.fileCharacters} for a team glossary file: not read`,
          ),
        );
        continue;
      }
      characters += length;
      if (characters > TEAM_LIMITS.totalCharacters) {
        full = true;
        errors.push(
          atStart(
            file,
            `the team glossary reaches ${characters} characters with this file, over the limit of ${TEAM_LIMITS.totalCharacters}: this file and those after it are not read`,
          ),
        );
        break;
      }
      kept.push(file);
    }
    return kept;
  };
  return {
    terms: keep(input.terms, 'term', TEAM_LIMITS.terms),
    rules: keep(input.rules, 'rule', TEAM_LIMITS.rules),
  };
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function atStart(file: GlossaryFile, message: string): GlossaryError {
  return { path: file.path, line: 1, column: 1, message };
}

/** The id must be unique and match the file name, so a writer finds an entry by its id. */
function checkIds(entries: Parsed<{ id: string }>[], errors: GlossaryError[]): void {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const { id } = entry.data;
    if (fileId(entry.file) !== id)
      errors.push(
        nodeError(entry, ['id'], `id "${id}" must match the file name "${fileId(entry.file)}.yaml"`),
      );
    const other = seen.get(id);
    if (other) errors.push(nodeError(entry, ['id'], `duplicate id "${id}", also used in ${other}`));
    seen.set(id, entry.file.path);
  }
}

/** The base glossary with entries of the same id replaced and new ones added. */
function extend(base: GlossaryBundle, terms: TermEntry[], rules: RuleEntry[]): GlossaryBundle {
  const merge = <T extends { id: string }>(old: readonly T[], added: T[]) => {
    const ids = new Set(added.map((e) => e.id));
    return [...old.filter((e) => !ids.has(e.id)), ...added];
  };
  const replaced = new Set(rules.map((rule) => rule.id));
  const scorer = base.scorer && withoutRules(base.scorer, replaced);
  return {
    terms: merge(base.terms, terms),
    rules: merge(base.rules, rules),
    language: base.language,
    ...(scorer && { scorer }),
  };
}

function fileId(file: GlossaryFile): string {
  return file.path.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
}

function checkRef(
  entry: Parsed<unknown>,
  path: (string | number)[],
  id: string,
  ids: Set<string>,
  errors: GlossaryError[],
) {
  if (!ids.has(id)) errors.push(nodeError(entry, path, `"${id}" is not a glossary term id`));
}

function schemaError(file: GlossaryFile, doc: Document, lines: LineCounter, e: ErrorObject): GlossaryError {
  const path = e.instancePath.split('/').slice(1).map(unescapePointer);
  const extra = e.keyword === 'additionalProperties' ? ` ("${String(e.params.additionalProperty)}")` : '';
  const where = path.length > 0 ? path.join('.') : 'entry';
  // An unknown key is reported where it is written, not at the start of its map.
  if (e.keyword === 'additionalProperties') path.push(String(e.params.additionalProperty));
  const allowed = e.keyword === 'enum' ? ` (one of ${(e.params.allowedValues as unknown[]).join(', ')})` : '';
  return nodeError({ file, doc, lines }, path, `${where} ${e.message ?? 'is invalid'}${extra}${allowed}`);
}

function nodeError(
  entry: Pick<Parsed<unknown>, 'file' | 'doc' | 'lines'>,
  path: (string | number)[],
  message: string,
) {
  // Point at the key of a map entry, else the deepest node that exists (a missing key: its parent).
  const parent = entry.doc.getIn(path.slice(0, -1), true);
  const { isMap, isNode, isScalar } = yaml();
  const key = isMap(parent)
    ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === path[path.length - 1])?.key
    : undefined;
  if (isScalar(key) && key.range) return at(entry.file, entry.lines, key.range[0], message);
  for (let depth = path.length; depth >= 0; depth--) {
    const node = entry.doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return at(entry.file, entry.lines, node.range[0], message);
  }
  return at(entry.file, entry.lines, 0, message);
}

function at(file: GlossaryFile, lines: LineCounter, offset: number, message: string): GlossaryError {
  const { line, col } = lines.linePos(offset);
  return { path: file.path, line, column: col, message };
}

function unescapePointer(segment: string): string | number {
  const s = segment.replace(/~1/g, '/').replace(/~0/g, '~');
  return /^\d+$/.test(s) ? Number(s) : s;
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}

function isDefined<T>(x: T | undefined): x is T {
  return x !== undefined;
}

export function formatGlossaryError(e: GlossaryError): string {
  return `${e.path}:${e.line}:${e.column}: ${e.message}`;
}
