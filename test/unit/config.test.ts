// The team configuration: parsed with comments, errors at the right line, team glossaries merged
// over the built-in one, ignore globs honoured, and a broken glossary never stops the rest.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver-types';
import { parseConfig } from '../../server/src/project/config';
import { compileGlossary, formatGlossaryError } from '../../server/src/glossary/compileGlossary';
import termSchema from '../../glossary/schema/term.schema.json';
import ruleSchema from '../../glossary/schema/rule.schema.json';
import languageSchema from '../../glossary/schema/language.schema.json';
import { NODE_FS } from '../../server/src/project/nodeFs';
import { createProjectService } from '../../server/src/project/projectService';
import { EMPTY_FS } from '../../server/src/project/workspaceFs';
import { webWorkspace } from '../../server/src/web/webWorkspace';
import { builtInGlossary } from '../helpers';

const fixture = path.resolve(__dirname, '../../../test/fixtures/project');

function open(file: string, text = fs.readFileSync(file, 'utf8'), version = 1): TextDocument {
  return TextDocument.create(pathToFileURL(file).toString(), 'markdown', version, text);
}

describe('configuration file', () => {
  it('accepts comments and trailing commas', () => {
    const { config, errors } = parseConfig(
      'c.json',
      '{\n  // team\n  "rules": { "deficiency-never": "off", },\n}',
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(config, { rules: { 'deficiency-never': 'off' } });
  });

  it('reports a syntax error at its line and column', () => {
    const [error] = parseConfig('c.json', '{\n  "rules": {\n    "deficiency-never" "off"\n  }\n}').errors;
    assert.equal(formatGlossaryError(error), 'c.json:3:24: JSON syntax: ColonExpected');
  });

  it('reports a bad value where it is written, with the allowed values', () => {
    const errors = parseConfig(
      'c.json',
      '{\n  "rules": {\n    "deficiency-never": "loud"\n  },\n  "colour": 1\n}',
    ).errors;
    assert.deepEqual(errors.map(formatGlossaryError), [
      'c.json:3:25: rules.deficiency-never must be equal to one of the allowed values (one of error, warning, information, hint, off)',
      'c.json:5:3: the configuration must NOT have additional properties ("colour")',
    ]);
  });
});

describe('configuration file edge cases', () => {
  it('accepts a UTF-8 byte order mark, as editors on Windows write it', () => {
    const { config, errors } = parseConfig('c.json', '\uFEFF{\n  "rules": { "deficiency-never": "off" }\n}');
    assert.deepEqual(errors, []);
    assert.deepEqual(config, { rules: { 'deficiency-never': 'off' } });
  });

  it('warns of a key written twice, where it is written, and applies the last one as JSON does', () => {
    const { config, errors } = parseConfig(
      'c.json',
      '{\n  "rules": { "deficiency-never": "off" },\n  "ignore": ["a/**"],\n  "rules": { "deficiency-never": "hint", "deficiency-never": "error" }\n}',
    );
    assert.deepEqual(config, { rules: { 'deficiency-never': 'error' }, ignore: ['a/**'] });
    assert.deepEqual(
      errors.map((e) => [formatGlossaryError(e), e.severity]),
      [
        [
          'c.json:4:3: "rules" is written twice in the configuration (also at 2:3): the last one applies',
          'warning',
        ],
        [
          'c.json:4:42: "deficiency-never" is written twice in rules (also at 4:14): the last one applies',
          'warning',
        ],
      ],
    );
  });

  it('reports nesting too deep to be a configuration at its position, instead of overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const { config, errors } = parseConfig('team/c.json', `{\n  "glossaries": ${deep}\n}`);
    assert.equal(config, undefined);
    assert.deepEqual(errors.map(formatGlossaryError), [
      'team/c.json:2:48: JSON nested deeper than 32 levels: a configuration needs 2',
    ]);
  });
});

describe('projects', () => {
  it('applies the nearest configuration: rule severities, team terms and ignored files', () => {
    const service = createProjectService(builtInGlossary(), NODE_FS);
    const guide = open(path.join(fixture, 'guide.md'));
    assert.deepEqual(
      service
        .serviceFor(guide)
        .diagnostics(guide)
        .map((d) => [d.code, d.severity, d.range.start.line]),
      [
        ['deficiency-never', 3, 6],
        ['foreclosure-erases-debt', 2, 8],
      ],
    );
    const hover = service.serviceFor(guide).hover(guide, { line: 2, character: 4 });
    assert.match((hover?.contents as MarkupContent).value, /^\*\*Cash-out refinance\*\*/);
    const notes = open(path.join(fixture, 'drafts/notes.md'));
    assert.deepEqual(service.serviceFor(notes).diagnostics(notes), []);
  });

  it('applies editor settings on top of the configuration', () => {
    const service = createProjectService(builtInGlossary(), NODE_FS);
    service.configure({ rules: { 'deficiency-never': 'off' } });
    assert.deepEqual(
      service
        .serviceFor(open(path.join(fixture, 'guide.md')))
        .diagnostics(open(path.join(fixture, 'guide.md')))
        .map((d) => d.code),
      ['foreclosure-erases-debt'],
    );
  });

  it('keeps the last good glossary when a team entry breaks, reports it, and recovers when it is mended', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-project-'));
    fs.cpSync(fixture, dir, { recursive: true });
    const entry = path.join(dir, 'team-glossary/terms/cash-out-refinance.yaml');
    const good = fs.readFileSync(entry, 'utf8');
    const service = createProjectService(builtInGlossary(), NODE_FS);
    const guide = path.join(dir, 'guide.md');
    const hoverText = (version: number) =>
      (
        service
          .serviceFor(open(guide, undefined, version))
          .hover(open(guide, undefined, version), { line: 2, character: 4 })?.contents as MarkupContent
      )?.value;
    assert.match(hoverText(1), /Cash-out refinance/);

    fs.writeFileSync(entry, good.replace('definition: >-', 'definition: [broken'));
    assert.equal(service.fileChanged(entry), true);
    const [problem] = service.problems();
    assert.match(formatGlossaryError(problem), /cash-out-refinance\.yaml:\d+:\d+: YAML syntax: /);
    assert.match(hoverText(2), /Cash-out refinance/, 'the last good entry stays in force');

    fs.writeFileSync(entry, good.replace('A new mortgage', 'A replacement mortgage'));
    service.fileChanged(entry);
    assert.deepEqual(service.problems(), []);
    assert.match(hoverText(3), /A replacement mortgage/);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('team glossaries stay inside the folder of their configuration', () => {
  let base: string;
  let team: string;
  const entry = fs.readFileSync(path.join(fixture, 'team-glossary/terms/cash-out-refinance.yaml'), 'utf8');
  // What a hostile workspace would point at (it stands for /etc/passwd).
  const SECRET = 'root:x:0:0:root:/root:/bin/bash\n';
  beforeEach(() => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-escape-'));
    team = path.join(base, 'team');
    fs.mkdirSync(path.join(team, 'inside/terms'), { recursive: true });
    fs.writeFileSync(path.join(team, 'guide.md'), fs.readFileSync(path.join(fixture, 'guide.md'), 'utf8'));
    fs.mkdirSync(path.join(base, 'outside/terms'), { recursive: true });
    fs.writeFileSync(path.join(base, 'outside/terms/cash-out-refinance.yaml'), entry);
    fs.writeFileSync(path.join(base, 'secret'), SECRET);
  });
  afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

  function check(glossaries: string[]) {
    fs.writeFileSync(
      path.join(team, '.mortgage-lens.json'),
      `{\n  "glossaries": ${JSON.stringify(glossaries)}\n}\n`,
    );
    const service = createProjectService(builtInGlossary(), NODE_FS);
    const guide = open(path.join(team, 'guide.md'));
    const hover = service.serviceFor(guide).hover(guide, { line: 2, character: 4 });
    return {
      problems: service.problems().map(formatGlossaryError),
      teamTermLoaded: /Cash-out refinance/.test((hover?.contents as MarkupContent | undefined)?.value ?? ''),
    };
  }

  it('refuses a folder above it, reported at the entry in .mortgage-lens.json', () => {
    const config = path.join(team, '.mortgage-lens.json');
    assert.deepEqual(check(['../outside']), {
      problems: [
        `${config}:2:18: glossary folder "../outside" is outside the folder of .mortgage-lens.json: team glossaries must be inside it`,
      ],
      teamTermLoaded: false,
    });
  });

  it('refuses an absolute path outside, and a folder linked to one outside', () => {
    const config = path.join(team, '.mortgage-lens.json');
    fs.symlinkSync(path.join(base, 'outside'), path.join(team, 'linked'));
    const outside = path.join(base, 'outside');
    assert.deepEqual(check([outside, 'linked']), {
      problems: [
        `${config}:2:18: glossary folder "${outside}" is outside the folder of .mortgage-lens.json: team glossaries must be inside it`,
        `${config}:2:${21 + outside.length}: glossary folder "linked" is outside the folder of .mortgage-lens.json: team glossaries must be inside it`,
      ],
      teamTermLoaded: false,
    });
  });

  it('refuses a term file linked to a file outside, and says nothing of what that file holds', () => {
    const link = path.join(team, 'inside/terms/passwd.yaml');
    fs.symlinkSync(path.join(base, 'secret'), link);
    const { problems } = check(['inside']);
    assert.deepEqual(problems, [
      `${link}:1:1: links to a file outside the folder of .mortgage-lens.json: not read (team glossary files must be inside it)`,
    ]);
    assert.ok(!problems.join('\n').includes('root'), problems.join('\n'));
  });

  it('reports a glossary folder with no terms/ or rules/ files, as the browser does', () => {
    const config = path.join(team, '.mortgage-lens.json');
    fs.mkdirSync(path.join(team, 'empty'));
    assert.deepEqual(check(['empty']), {
      problems: [`${config}:2:18: glossary folder "empty" has no terms/ or rules/ files`],
      teamTermLoaded: false,
    });
  });

  it('reads a folder and files linked within it', () => {
    fs.writeFileSync(path.join(team, 'inside/terms/cash-out-refinance.yaml'), entry);
    fs.symlinkSync(path.join(team, 'inside'), path.join(team, 'also'));
    assert.deepEqual(check(['also']), { problems: [], teamTermLoaded: true });
  });
});

describe('team glossaries in a browser stay inside the folder of their configuration', () => {
  it('reads nothing from a folder above it or at another address, and says so at the entry', async () => {
    const entry = fs.readFileSync(path.join(fixture, 'team-glossary/terms/cash-out-refinance.yaml'), 'utf8');
    const files: Record<string, string> = {
      'file:///ws/team/.mortgage-lens.json': '{\n  "glossaries": ["../outside", "file:///etc/", "inside"]\n}',
      'file:///ws/outside/terms/cash-out-refinance.yaml': entry,
      'file:///etc/terms/passwd.yaml': 'root:x:0:0:root:/root:/bin/bash\n',
      'file:///ws/team/inside/terms/cash-out-refinance.yaml': entry,
    };
    const asked: string[] = [];
    const service = createProjectService(builtInGlossary(), EMPTY_FS);
    const reload = webWorkspace(
      service,
      builtInGlossary(),
      {
        findFiles: async (include) =>
          Object.keys(files).filter((uri) => uri.endsWith(`/${include.replace(/^\*\*\//, '')}`)),
        readFile: async (uri) => {
          asked.push(uri);
          return files[uri] ?? null;
        },
        readDirectory: async (uri) => {
          asked.push(uri);
          const prefix = `${uri}/`;
          return Object.keys(files)
            .filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes('/'))
            .map((f) => f.slice(prefix.length));
        },
      },
      () => undefined,
    );
    await reload();
    assert.deepEqual(service.problems().map(formatGlossaryError), [
      'file:///ws/team/.mortgage-lens.json:2:18: glossary folder "../outside" is outside the folder of .mortgage-lens.json: team glossaries must be inside it',
      'file:///ws/team/.mortgage-lens.json:2:32: glossary folder "file:///etc/" is outside the folder of .mortgage-lens.json: team glossaries must be inside it',
    ]);
    assert.deepEqual(
      asked.filter((uri) => !uri.startsWith('file:///ws/team/')),
      [],
    );
  });
});

// A valid team glossary of 50 MB (854k aliases) held the server for 27.5 s and 2.2 GB. Limits far
// above any real glossary stop such a file before it is parsed, or right after, with the count.
describe('team glossary limits', () => {
  const entry = fs.readFileSync(path.join(fixture, 'team-glossary/terms/cash-out-refinance.yaml'), 'utf8');
  const schemas = { term: termSchema, rule: ruleSchema, language: languageSchema };
  /** A valid team term `id` with `aliases` aliases and `padding` characters of comment. */
  const term = (id: string, aliases = 1, padding = 0) => ({
    path: `team/terms/${id}.yaml`,
    text:
      entry
        .replace('id: cash-out-refinance', `id: ${id}`)
        .replace('term: cash-out refinance', `term: ${id.replace(/-/g, ' ')}`)
        .replace(
          'aliases:\n  - cash-out refi',
          `aliases:\n${Array.from({ length: aliases }, (_, i) => `  - ${id} alias ${i}`).join('\n')}`,
        ) + (padding ? `# ${'x'.repeat(padding)}\n` : ''),
  });
  const compile = (terms: { path: string; text: string }[]) =>
    compileGlossary({ terms, rules: [], base: builtInGlossary() }, schemas).errors.map(formatGlossaryError);

  it('refuses a term file over 512 KB without reading it, and loads nothing from it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-limits-'));
    try {
      fs.mkdirSync(path.join(dir, 'team/terms'), { recursive: true });
      fs.writeFileSync(path.join(dir, '.mortgage-lens.json'), '{ "glossaries": ["team"] }');
      const big = path.join(dir, 'team/terms/cash-out-refinance.yaml');
      fs.writeFileSync(big, term('cash-out-refinance', 30_000).text);
      const service = createProjectService(builtInGlossary(), NODE_FS);
      const guide = open(path.join(dir, 'guide.md'), 'A cash-out refi is not a second mortgage.');
      assert.equal(service.serviceFor(guide).hover(guide, { line: 0, character: 4 }), null);
      assert.deepEqual(service.problems().map(formatGlossaryError), [
        `${big}:1:1: ${fs.statSync(big).size} bytes, over the limit of 524288 for a team glossary file: not read`,
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a term with more than 200 aliases, at its aliases', () => {
    assert.deepEqual(compile([term('team-one', 201)]), [
      'team/terms/team-one.yaml:3:1: 201 aliases, over the limit of 200 for a team term: not read',
    ]);
  });

  it('refuses the term file that takes a team glossary over 20,000 aliases', () => {
    const terms = Array.from({ length: 101 }, (_, i) => term(`team-${i}`, 199));
    assert.deepEqual(compile(terms), [
      'team/terms/team-100.yaml:1:1: the team glossary reaches 20099 aliases with this file, over the limit of 20000: this file and those after it are not read',
    ]);
  });

  it('refuses term files past the 2,000th', () => {
    const terms = Array.from({ length: 2001 }, (_, i) => term(`team-${i}`));
    assert.deepEqual(compile(terms), [
      'team/terms/team-2000.yaml:1:1: the 2001st term file of the team glossary, over the limit of 2000: this file and those after it are not read',
    ]);
  });

  it('refuses the file that takes a team glossary over 4 MB', () => {
    const terms = Array.from({ length: 9 }, (_, i) => term(`team-${i}`, 1, 500_000));
    const [error] = compile(terms);
    assert.match(
      error,
      /^team\/terms\/team-8\.yaml:1:1: the team glossary reaches \d+ characters with this file, over the limit of 4194304: this file and those after it are not read$/,
    );
  });
});
