// The document's own defined terms: which patterns define a term, which occurrences are uses, the
// five defined-term rules with their quick fixes, and the editor features (hover, go to definition,
// references, Outline, rename). Fixtures in test/fixtures/definitions/ hold two realistic documents
// with exact expectations: <name>.definitions (line:column kind name) and <name>.expected
// (file:line:column:rule, 1-based, defined-term rules only).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, MarkupContent, Position } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/core/languageService';
import { DEFINED_TERM_RULES } from '../../server/src/core/definitions/rules';
import { NODE_FS } from '../../server/src/project/nodeFs';
import { createProjectService } from '../../server/src/project/projectService';
import { generatedAgreement } from '../generatedAgreement';
import { builtInGlossary, documentOf, languageService } from '../helpers';

const folder = path.resolve(__dirname, '../../../test/fixtures/definitions');

function definitionsOf(text: string, languageId = 'markdown'): string[] {
  const document = documentOf(text, languageId);
  return languageService()
    .analyze(document)
    .definitions.index.definitions.map((d) => `${d.kind} ${d.name}`);
}

function rulesOf(text: string, languageId = 'markdown'): string[] {
  const document = documentOf(text, languageId);
  return languageService()
    .diagnostics(document)
    .filter((d) => String(d.code).startsWith('defined-term-'))
    .map((d) => `${d.code} ${document.getText(d.range)}`);
}

/** The position of the `nth` occurrence of `needle` (plus `offset` characters). */
function at(document: TextDocument, needle: string, nth = 1, offset = 1): Position {
  let index = -1;
  for (let i = 0; i < nth; i++) {
    index = document.getText().indexOf(needle, index + 1);
    assert.ok(index >= 0, `${JSON.stringify(needle)} #${i + 1} not in the document`);
  }
  return document.positionAt(index + offset);
}

function apply(document: TextDocument, action: CodeAction): string {
  return TextDocument.applyEdits(document, action.edit?.changes?.[document.uri] ?? []);
}

describe('defined terms: fixtures with exact expectations', () => {
  const names = fs.readdirSync(folder).filter((f) => !/\.(expected|definitions)$/.test(f));
  it('has the two fixture documents', () => assert.equal(names.length, 2));
  for (const name of names) {
    const text = fs.readFileSync(path.join(folder, name), 'utf8');
    const document = documentOf(text, name.endsWith('.md') ? 'markdown' : 'plaintext');
    const lines = (file: string) => fs.readFileSync(path.join(folder, file), 'utf8').trim().split('\n');

    it(`${name}: definitions found, line:column kind name`, () => {
      const actual = languageService()
        .analyze(document)
        .definitions.index.definitions.map((d) => {
          const { line, character } = document.positionAt(d.start);
          return `${line + 1}:${character + 1} ${d.kind} ${d.name}`;
        });
      assert.deepEqual(actual, lines(`${name}.definitions`));
    });

    it(`${name}: defined-term findings, file:line:column:rule`, () => {
      const actual = languageService()
        .diagnostics(document)
        .filter((d) => String(d.code).startsWith('defined-term-'))
        .map((d) => `${name}:${d.range.start.line + 1}:${d.range.start.character + 1}:${d.code}`);
      assert.deepEqual(actual, lines(`${name}.expected`));
    });
  }

  it('the agreement: front matter and code are not read, and every term but one is used', () => {
    const text = fs.readFileSync(path.join(folder, 'loan-modification-agreement.md'), 'utf8');
    const { index } = languageService().analyze(documentOf(text)).definitions;
    const names = index.definitions.map((d) => d.name);
    assert.ok(!names.includes('Ghost Term') && !names.includes('Lockbox'), names.join(', '));
    assert.deepEqual(
      index.terms.filter((t) => t.uses.length === 0).map((t) => t.key),
      ['guaranty'],
    );
    assert.deepEqual(
      index.pointers.map((p) => text.slice(p.start, p.end)),
      ['Note'],
    );
  });
});

describe('defined terms: patterns recognised', () => {
  const cases: [string, string, string[]][] = [
    ['means', '"Deficiency" means the unpaid balance.', ['means Deficiency']],
    ['curly quotes, shall mean', '“Borrower” shall mean Jane Doe.', ['means Borrower']],
    ['refers to', '"Trial Period" refers to the three months before.', ['means Trial Period']],
    ['is defined as', 'The "Cure Amount" is defined as the arrears.', ['means Cure Amount']],
    ['includes', '"Property" includes all fixtures.', ['means Property']],
    ['bold around the quotes', '**"Escrow Items"** means taxes and insurance.', ['means Escrow Items']],
    ['as used herein', '"Lender", as used in this Agreement, means the holder.', ['means Lender']],
    ['two names, one trigger', '"we" and "us" mean the Lender.', ['means we', 'means us']],
    ['single curly quotes', '‘Borrower’ means Jane Doe.', ['means Borrower']],
    ['(the "X")', 'Jane Doe (the "Borrower") signs.', ['parenthetical Borrower']],
    ['("X")', 'Calloway Loan Services ("Calloway") services it.', ['parenthetical Calloway']],
    [
      '(each, a "X" and together, the "Xs")',
      'Ann and Bo Lee (each, a "Borrower" and together, the "Borrowers") sign.',
      ['parenthetical Borrower', 'parenthetical Borrowers'],
    ],
    ['(hereinafter, the "X")', 'ABC Bank (hereinafter, the "Lender") agrees.', ['parenthetical Lender']],
    ['(referred to as "X")', 'ABC Bank (referred to as "Lender") agrees.', ['parenthetical Lender']],
    [
      'qualified parenthetical',
      'A note (as amended from time to time, the "Note") exists.',
      ['parenthetical Note'],
    ],
    ['hereinafter without brackets', 'ABC Bank, hereinafter called the "Lender", agrees.', ['naming Lender']],
    [
      'collectively',
      'The Note and the Mortgage, collectively, the "Loan Documents", apply.',
      ['naming Loan Documents'],
    ],
    [
      'is an "X":',
      'Each of the following is an "Event of Default": a missed payment.',
      ['naming Event of Default'],
    ],
    [
      'as defined in another document',
      'The "Maturity Date" as defined in the Note is 2048.',
      ['cross-reference Maturity Date'],
    ],
    [
      '(as defined in …) without quotes',
      'The Maturity Date (as defined in the Note) is 2048.',
      ['cross-reference Maturity Date'],
    ],
    [
      'has the meaning given in another document',
      '"Escrow Items" has the meaning given in the Security Instrument.',
      ['cross-reference Escrow Items'],
    ],
  ];
  for (const [what, text, expected] of cases) {
    it(what, () => assert.deepEqual(definitionsOf(text), expected));
  }

  it('a Definitions section: bold and quoted terms opening its items, with or without a trigger', () => {
    const text = [
      '# Agreement',
      '',
      '## 1. Definitions',
      '',
      '- **Cut-Off Date**: February 28, 2025.',
      '- **"Arrearage"** means the past-due amounts.',
      '- "Servicer" — the company that collects payments.',
      '',
      '| Term | Meaning |',
      '|---|---|',
      '| **Payoff Amount** | What it takes to pay the loan in full. |',
      '',
      '## 2. Payments',
      '',
      '- **Note:** this list is not a definition.',
    ].join('\n');
    assert.deepEqual(definitionsOf(text), [
      'section Cut-Off Date',
      'section Arrearage',
      'section Servicer',
      'section Payoff Amount',
    ]);
  });

  it('a plain-text Definitions section with numbered items, ended by the next heading', () => {
    const text = [
      '1. DEFINITIONS',
      '',
      '1.1 "Closing Date" the day the sale closes.',
      '1.2 "Investor" the owner of the loan.',
      '',
      '2. ANALYSIS',
      '',
      '"Shortfall" the amount left over.',
    ].join('\n');
    assert.deepEqual(definitionsOf(text, 'plaintext'), ['section Closing Date', 'section Investor']);
  });

  const notDefinitions: [string, string][] = [
    ['a quotation', 'The servicer said "we will call you" on Monday.'],
    ['a quoted word without trigger', 'The word "Borrower" is capitalised throughout.'],
    ['a pointer to a section of this document', '"Note" has the meaning given in Section 2.'],
    ['a pointer below', 'The "Closing Date" as defined below controls.'],
    ['a parenthetical with other words', 'Jane Doe (who signed the "Note" in 2019) lives there.'],
    ['a sentence in quotes', 'He wrote "Payment is due. Call us." and left.'],
    ['quoted examples in brackets', 'Hedged words ("may", "in some states") soften a claim.'],
    ['one quoted lower-case example in brackets', 'A hedge ("may") softens a claim.'],
    ['an answer in quotes', 'The short answer is "no".'],
    ['a possessive in quotes', 'Terms such as (the "lender’s") are kept.'],
    ['a fenced code block', '```\n"Lockbox" means the address.\n```'],
    ['an inline code span', 'Write `"Lockbox" means the address.` in the form.'],
    ['front matter', '---\nnote: "Lockbox" means the address.\n---\n\nText.'],
  ];
  for (const [what, text] of notDefinitions) {
    it(`not a definition: ${what}`, () => assert.deepEqual(definitionsOf(text), []));
  }
});

describe('defined terms: uses', () => {
  function usesOf(text: string): string[] {
    const document = documentOf(text);
    return languageService()
      .analyze(document)
      .definitions.index.uses.map(
        (u) =>
          `${document.getText({ start: document.positionAt(u.start), end: document.positionAt(u.end) })}/${u.casing}`,
      );
  }

  it('counts plurals, possessives and capitals; not lower case', () => {
    const text =
      'Jane Doe (the "Borrower") signs. The Borrower’s house, the Borrowers\' cars, BORROWER and the borrower.';
    assert.deepEqual(usesOf(text), ['Borrower/exact', 'Borrowers/exact', 'BORROWER/caps']);
  });

  it('a plural-defined term is used in the singular too', () => {
    const text = 'The note and mortgage (the "Loan Documents") apply. Each Loan Document is signed.';
    assert.deepEqual(usesOf(text), ['Loan Document/exact']);
  });

  it('a longer defined term wins over a shorter one at the same word', () => {
    const text =
      'The loan (the "Loan") and its papers (the "Loan Documents"). The Loan Documents bind the Loan.';
    assert.deepEqual(usesOf(text), ['Loan Documents/exact', 'Loan/exact']);
  });

  it('a term defined in lower case may open a sentence with a capital', () => {
    const text = '"business day" means a weekday. Business day counts start Monday. Pay on a business day.';
    assert.deepEqual(usesOf(text), ['Business day/initial', 'business day/exact']);
  });
});

describe('defined terms: rules', () => {
  it('defined-term-before-definition: the first use before the definition, not headings or forward references', () => {
    const text = [
      '# Lender Agreement',
      '',
      'The Lender may charge fees. The Lender may not charge interest twice.',
      '',
      'ABC Bank (the "Lender") agrees.',
    ].join('\n');
    const document = documentOf(text);
    const diagnostics = languageService()
      .diagnostics(document)
      .filter((d) => d.code === 'defined-term-before-definition');
    assert.equal(diagnostics.length, 1);
    assert.deepEqual(diagnostics[0].range, {
      start: { line: 2, character: 4 },
      end: { line: 2, character: 10 },
    });
    assert.equal(
      diagnostics[0].message,
      '“Lender” is used before it is defined on line 5. It is used 1 more time before then.',
    );
    assert.equal(diagnostics[0].relatedInformation?.[0].location.range.start.line, 4);
    // A "Capitalized terms … have the meanings …" statement makes later uses forward references.
    const forward = `Capitalized terms used below have the meanings given in Section 9.\n\n${text}`;
    assert.deepEqual(rulesOf(forward), []);
  });

  it('defined-term-before-definition: uses inside the Definitions section that defines the term are fine', () => {
    const text = [
      '## Definitions',
      '',
      '- **"Arrearage"** means amounts unpaid on the Cut-Off Date.',
      '- **"Cut-Off Date"** means February 28.',
      '',
      'The Arrearage is due.',
    ].join('\n');
    assert.deepEqual(rulesOf(text), []);
  });

  it('defined-term-unused: faded, with a fix that removes a parenthetical', () => {
    const document = documentOf('Ann Lee, of Bend (the "Guarantor"), signs.\n');
    const [diagnostic] = languageService().diagnostics(document);
    assert.equal(diagnostic.code, 'defined-term-unused');
    assert.deepEqual(diagnostic.tags, [1]);
    assert.equal(diagnostic.severity, 3);
    const [fix] = languageService().codeActions(document, diagnostic.range);
    assert.equal(fix.title, 'Remove the unused definition of “Guarantor”');
    assert.equal(apply(document, fix), 'Ann Lee, of Bend, signs.\n');
  });

  it('defined-term-unused: not for a lower-case word explained in running prose', () => {
    assert.deepEqual(rulesOf('Being "underwater" means owing more than the home is worth.'), []);
    assert.deepEqual(rulesOf('"Underwater" means owing more than the home is worth.'), [
      'defined-term-unused Underwater',
    ]);
  });

  it('defined-term-unused: removes a whole Definitions-section item', () => {
    const text =
      '## Definitions\n\n- **"Guaranty"** means the guaranty.\n- **"Note"** means the note.\n\nThe Note.\n';
    const document = documentOf(text);
    const [diagnostic] = languageService().diagnostics(document);
    assert.equal(diagnostic.code, 'defined-term-unused');
    const [fix] = languageService().codeActions(document, diagnostic.range);
    assert.equal(apply(document, fix), '## Definitions\n\n- **"Note"** means the note.\n\nThe Note.\n');
  });

  it('defined-term-case: lower case after a determiner, and any multi-word phrase; fix to the defined form', () => {
    const text = [
      'The house (the "Property") and the date (the "Effective Date").',
      'Taxes on the property are due. Personal property and property taxes are not the Property.',
      'Payments start on the effective date. The Property and the Effective Date are set.',
    ].join('\n');
    const document = documentOf(text);
    assert.deepEqual(rulesOf(text), ['defined-term-case property', 'defined-term-case effective date']);
    const [first] = languageService()
      .diagnostics(document)
      .filter((d) => d.code === 'defined-term-case');
    assert.equal(
      first.message,
      '“property” is written in lower case; the defined term is “Property” (line 1).',
    );
    const [fix] = languageService().codeActions(document, first.range);
    assert.equal(fix.title, 'Write “Property”');
    assert.equal(fix.isPreferred, true);
    assert.ok(apply(document, fix).includes('Taxes on the Property are due.'));
  });

  it('defined-term-case: a term defined in lower case, capitalised mid-sentence; not at a sentence start', () => {
    const text = '"business day" means a weekday. Pay within two Business Days. Business days end at five.';
    assert.deepEqual(rulesOf(text), ['defined-term-case Business Days']);
  });

  it('defined-term-case: nothing before the definition or inside it', () => {
    const text =
      'A property tax bill came. The house at 4 Elm St. (the "Property") is the property we mean. The Property is old.';
    assert.deepEqual(rulesOf(text), []);
  });

  it('defined-term-duplicate: the second definition with other wording, with the first as related information', () => {
    const text = [
      'ABC Bank (the "Lender") lends.',
      '',
      'Payments go to XYZ Servicing, or any successor (the "Lender").',
      '',
      'The Lender is paid.',
    ].join('\n');
    const document = documentOf(text);
    const [diagnostic] = languageService().diagnostics(document);
    assert.equal(diagnostic.code, 'defined-term-duplicate');
    assert.equal(diagnostic.range.start.line, 2);
    assert.equal(diagnostic.relatedInformation?.[0].location.range.start.line, 0);
    const [fix] = languageService().codeActions(document, diagnostic.range);
    assert.equal(fix.title, 'Remove this definition (keep the one on line 1)');
    assert.ok(apply(document, fix).includes('or any successor.'));
    // The same wording twice is not reported.
    assert.deepEqual(rulesOf('"Fee" means $10. "Fee" means $10. The Fee.'), []);
  });

  it('defined-term-glossary-conflict: information, with a link to the glossary entry', () => {
    const service = createLanguageService(builtInGlossary());
    service.linkEntries((id) => `mortgage-lens-glossary:/${id}.md`);
    const document = documentOf(
      '"Forbearance" means a permanent modification of the loan terms. The Forbearance ends.',
    );
    const [diagnostic] = service.diagnostics(document);
    assert.equal(diagnostic.code, 'defined-term-glossary-conflict');
    assert.equal(diagnostic.severity, 3);
    assert.match(
      String(diagnostic.message),
      /^This document defines “Forbearance” as a loan modification, which the mortgage glossary tells apart from forbearance: /,
    );
    assert.deepEqual(
      diagnostic.relatedInformation?.map((r) => r.location.uri),
      [document.uri, 'mortgage-lens-glossary:/forbearance.md'],
    );
    // Consistent with the glossary: nothing to report.
    assert.deepEqual(rulesOf('"Forbearance" means a temporary pause in payments. The Forbearance ends.'), []);
  });

  it('settings grade or switch off each rule; inline comments switch off one occurrence', () => {
    const text =
      'Ann Lee (the "Guarantor") signs. The house (the "Property"). Fees on the property. The Property.';
    const service = createLanguageService(builtInGlossary());
    const codes = (t: string, languageId = 'markdown') =>
      service.diagnostics(documentOf(t, languageId)).map((d) => `${d.code}:${d.severity}`);
    assert.deepEqual(codes(text), ['defined-term-unused:3', 'defined-term-case:2']);
    service.configure({ rules: { 'defined-term-unused': 'off', 'defined-term-case': 'error' } });
    assert.deepEqual(codes(text), ['defined-term-case:1']);
    service.configure({});
    assert.deepEqual(codes(`${text} <!-- mortgage-lens-disable-line defined-term-case -->`), [
      'defined-term-unused:3',
    ]);
    assert.deepEqual(codes(`mortgage-lens-disable-next-line defined-term-unused\n${text}`, 'plaintext'), [
      'defined-term-case:2',
    ]);
  });

  it('each finding can be ignored once or turned off, like the claim rules', () => {
    const document = documentOf('Ann Lee (the "Guarantor") signs.\n');
    const [diagnostic] = languageService().diagnostics(document);
    const actions = languageService().codeActions(document, diagnostic.range, undefined, { turnOff: true });
    assert.deepEqual(
      actions.map((a) => a.title),
      [
        'Remove the unused definition of “Guarantor”',
        'Ignore this occurrence of defined-term-unused',
        'Turn off defined-term-unused in this workspace',
      ],
    );
    assert.equal(
      apply(document, actions[1]),
      'Ann Lee (the "Guarantor") signs. <!-- mortgage-lens-disable-line defined-term-unused -->\n',
    );
    assert.deepEqual(actions[2].command?.arguments, ['defined-term-unused']);
  });

  it('rule ids never collide with the claim rules', () => {
    const claimIds = new Set(builtInGlossary().rules.map((r) => r.id));
    for (const id of Object.keys(DEFINED_TERM_RULES)) assert.ok(!claimIds.has(id), id);
  });
});

describe('defined terms: projects', () => {
  it('a file the project ignores gets no defined-term findings, hovers or navigation', () => {
    const service = createProjectService(builtInGlossary(), NODE_FS);
    const project = path.resolve(__dirname, '../../../test/fixtures/project');
    const open = (file: string) =>
      TextDocument.create(
        pathToFileURL(path.join(project, file)).toString(),
        'markdown',
        1,
        'Ann (the "Guarantor") signs.',
      );
    const position = { line: 0, character: 12 };
    const checked = open('new-guide.md');
    assert.deepEqual(
      service
        .serviceFor(checked)
        .diagnostics(checked)
        .map((d) => d.code),
      ['defined-term-unused'],
    );
    assert.equal(service.serviceFor(checked).definition(checked, position).length, 1);
    const ignored = open('drafts/new-notes.md');
    assert.deepEqual(service.serviceFor(ignored).diagnostics(ignored), []);
    assert.deepEqual(service.serviceFor(ignored).definition(ignored, position), []);
    assert.equal(service.serviceFor(ignored).hover(ignored, position), null);
    assert.equal(service.serviceFor(ignored).prepareRename(ignored, position), null);
  });
});

describe('defined terms: hover', () => {
  it('shows the document definition first, with a link to its line, then the glossary entry', () => {
    const text =
      '# Terms\n\n"Deficiency" means the balance left after the foreclosure sale of the mortgaged home.\n\nThe Deficiency left after the foreclosure is owed.\n';
    const document = TextDocument.create('file:///work/a%20b/agreement.md', 'markdown', 1, text);
    const hover = languageService().hover(document, at(document, 'Deficiency left'));
    const value = (hover?.contents as MarkupContent).value;
    const [own, glossary] = value.split('\n\n---\n\n');
    assert.equal(
      own,
      '**“Deficiency”** · *defined in this document* · [line 3](file:///work/a%20b/agreement.md#L3)\n\n"Deficiency" means the balance left after the foreclosure sale of the mortgaged home.',
    );
    assert.match(glossary, /^\*\*Deficiency\*\* · \*mortgage glossary\*/);
    assert.deepEqual(hover?.range, { start: { line: 4, character: 4 }, end: { line: 4, character: 14 } });
  });

  it('a term that is not in the glossary shows only the document definition; escapes what the document says', () => {
    const document = documentOf('"Cure Amount" means [click](command:x) <b>now</b>. Pay the Cure Amount.');
    const value = (languageService().hover(document, at(document, 'Cure Amount.'))?.contents as MarkupContent)
      .value;
    assert.ok(!value.includes('---'), value);
    assert.ok(value.includes('\\[click\\]\\(command:x\\)'), value);
    assert.ok(!value.includes('<b>'), value);
  });

  it('says where else a term is defined', () => {
    const document = documentOf('ABC (the "Lender") lends. XYZ (the "Lender") services. The Lender.');
    const value = (
      languageService().hover(document, at(document, 'The Lender', 1, 5))?.contents as MarkupContent
    ).value;
    assert.ok(value.includes('*Also defined on line 1.*'), value);
  });
});

describe('defined terms: navigation and rename', () => {
  const text = [
    'Ann Lee and Bo Lee (each, a "Borrower" and together, the "Borrowers") and ABC Bank (the "Lender").',
    '',
    'Each Borrower pays the Lender. The Borrowers’ house is the Lender’s security. BORROWER SIGNS.',
    '',
    'The Lender may sell the loan.',
  ].join('\n');

  it('go to definition from a use, a plural and a possessive', () => {
    const document = documentOf(text);
    const service = languageService();
    const lenderDefinition = [
      { uri: document.uri, range: { start: { line: 0, character: 89 }, end: { line: 0, character: 95 } } },
    ];
    assert.deepEqual(service.definition(document, at(document, 'the Lender.', 1, 5)), lenderDefinition);
    assert.deepEqual(service.definition(document, at(document, 'Lender’s', 1, 2)), lenderDefinition);
    assert.deepEqual(
      service.definition(document, at(document, 'Borrowers’', 1, 3)).map((l) => l.range.start.character),
      [58],
    );
    assert.deepEqual(service.definition(document, at(document, 'house')), []);
  });

  it('find all references, with and without the declaration', () => {
    const document = documentOf(text);
    const lines = (includeDeclaration: boolean) =>
      languageService()
        .references(document, at(document, 'the Lender.', 1, 5), includeDeclaration)
        .map((l) => `${l.range.start.line}:${l.range.start.character}`);
    assert.deepEqual(lines(true), ['0:89', '2:23', '2:59', '4:4']);
    assert.deepEqual(lines(false), ['2:23', '2:59', '4:4']);
  });

  it('document symbols list each definition, with its sentence as range and its name as selection', () => {
    const document = documentOf(text);
    const symbols = languageService().documentSymbols(document);
    assert.deepEqual(
      symbols.map((s) => [s.name, s.kind, s.detail, s.selectionRange.start.character]),
      [
        ['Borrower', 14, 'defined term', 29],
        ['Borrowers', 14, 'defined term', 58],
        ['Lender', 14, 'defined term', 89],
      ],
    );
    assert.deepEqual(symbols[0].range.start, { line: 0, character: 0 });
  });

  it('renames the definition and every use, keeping plural, possessive, capitals and articles', () => {
    const document = documentOf(text);
    const service = languageService();
    assert.deepEqual(service.prepareRename(document, at(document, 'Each Borrower', 1, 6)), {
      range: { start: { line: 2, character: 5 }, end: { line: 2, character: 13 } },
      placeholder: 'Borrower',
    });
    assert.equal(service.prepareRename(document, at(document, 'house')), null);
    const edit = service.rename(document, at(document, 'Each Borrower', 1, 6), 'Obligor');
    assert.equal(
      TextDocument.applyEdits(document, edit!.changes![document.uri]),
      [
        'Ann Lee and Bo Lee (each, an "Obligor" and together, the "Obligors") and ABC Bank (the "Lender").',
        '',
        'Each Obligor pays the Lender. The Obligors’ house is the Lender’s security. OBLIGOR SIGNS.',
        '',
        'The Lender may sell the loan.',
      ].join('\n'),
    );
  });

  it('renaming from a plural use takes the new plural', () => {
    const document = documentOf(text);
    const edit = languageService().rename(document, at(document, 'Borrowers’', 1, 2), 'Owners');
    const renamed = TextDocument.applyEdits(document, edit!.changes![document.uri]);
    assert.ok(
      renamed.startsWith('Ann Lee and Bo Lee (each, an "Owner" and together, the "Owners")'),
      renamed,
    );
  });

  it('refuses names that cannot be a term, and names of another defined term', () => {
    const document = documentOf(text);
    const position = at(document, 'Each Borrower', 1, 6);
    assert.throws(
      () => languageService().rename(document, position, 'a "quoted" name'),
      /cannot name a defined term/,
    );
    assert.throws(() => languageService().rename(document, position, 'Lender'), /already a defined term/);
  });
});

describe('defined terms: a 60-page agreement', () => {
  it('indexes ~200 KB once per version, in well under a second', function () {
    const text = generatedAgreement(200_000);
    const service = createLanguageService(builtInGlossary());
    const document = documentOf(text);
    const started = process.hrtime.bigint();
    const diagnostics = service.diagnostics(document);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const { index } = service.analyze(document).definitions;
    assert.ok(index.definitions.length >= 60, `${index.definitions.length} definitions`);
    assert.ok(index.uses.length > 4000, `${index.uses.length} uses`);
    assert.ok(diagnostics.length > 0);
    assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);
    // Cached by version: a hover, a rename and the outline do not index again.
    const again = process.hrtime.bigint();
    service.hover(document, at(document, 'Borrower shall', 3));
    service.documentSymbols(document);
    service.rename(document, at(document, 'Borrower shall', 3), 'Obligor');
    const cachedMs = Number(process.hrtime.bigint() - again) / 1e6;
    assert.ok(cachedMs < 200, `cached requests took ${cachedMs.toFixed(0)} ms`);
  });
});

describe('defined terms: hostile text stays linear', () => {
  // Each shape targets a search of the defined-terms index (quotes, chains, brackets, items, headings,
  // sentence bounds, cross-references); 100 KB must index in well under the 2 s of the ReDoS suite.
  const SIZE = 100 * 1024;
  const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  const shapes: [string, string, string][] = [
    ['quotes joined by "and", no trigger', repeat('"a" and '), 'markdown'],
    ['a long chain, then a trigger', `${repeat('"Ab", ')}"Z" means x.`, 'markdown'],
    ['quoted names on one line of a Definitions section', `## Definitions\n\n${repeat('"Ab" ')}`, 'markdown'],
    ['unclosed brackets with quoted names', repeat('(the "Ab" '), 'markdown'],
    ['qualified brackets, never closed', repeat('(as amended, the "Ab" '), 'markdown'],
    [
      'connectors before "(as defined in"',
      `The Ab${repeat(' of of')} Cd (as defined in the Note)`,
      'markdown',
    ],
    ['capitalised words before "(as defined in"', `${repeat('Ab ')}(as defined in the Note)`, 'markdown'],
    ['sentences full of definitions', repeat('x. "Ab" means y. '), 'markdown'],
    ['bold items in a Definitions section', `## Definitions\n\n${repeat('- **Ab**: c\n')}`, 'markdown'],
    ['one line of bold in a Definitions section', `## Definitions\n\n${repeat('**Ab** ')}`, 'markdown'],
    ['plain-text headings on every line', repeat('1. DEFINITIONS\n'), 'plaintext'],
    ['plain-text numbered definitions', `1. DEFINITIONS\n${repeat('1.1 "Ab" means c;\n')}`, 'plaintext'],
    ['a term used on every word', `Jo (the "Borrower"). ${repeat('the Borrower ')}`, 'markdown'],
    ['a term in lower case on every word', `Jo (the "Borrower"). ${repeat('the borrower ')}`, 'markdown'],
    ['the same term defined on every line', repeat('Jo (the "Borrower") and the borrower.\n'), 'markdown'],
  ];
  for (const [what, text, languageId] of shapes) {
    it(what, () => {
      const service = createLanguageService(builtInGlossary());
      const document = documentOf(text, languageId);
      const started = Date.now();
      service.diagnostics(document);
      service.documentSymbols(document);
      const ms = Date.now() - started;
      assert.ok(ms < 2000, `took ${ms} ms`);
    });
  }
});
