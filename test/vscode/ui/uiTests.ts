// Tests that act as a user in the real VS Code page (code-server in headless Chromium): keyboard and
// mouse in, what the screen shows out. They run after the API suite, in the same window. The same
// steps take the README's screenshots (scripts/screenshot.ts) when given a Camera.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { TestResult } from '../results';
import { Driver, VISIBLE_HOVER } from './driver';

/** What the steps look for in the document they open. */
export interface Scenario {
  file: string;
  /** Text on the first screen of the file, to know it is open. */
  firstText: string;
  term: string;
  termHover: RegExp;
  claim: string;
  rule: string;
  ruleMessage: RegExp;
  fixed: string;
  glossaryQuery: string;
  glossaryTerm: string;
  /** A term of the document (as listed in the Terms view) and how often it occurs. */
  viewTerm: string;
}

export const TEST_SCENARIO: Scenario = {
  file: 'sample.md',
  firstText: 'Some states allow deficiency judgments',
  term: 'deficiency judgments',
  termHover: /Deficiency judgment/,
  claim: 'Foreclosure erases all debt.',
  rule: 'foreclosure-erases-debt',
  ruleMessage: /Foreclosure does not always end the debt/,
  fixed: 'Foreclosure does not always erase all debt.',
  glossaryQuery: 'short sale',
  glossaryTerm: 'Short sale',
  viewTerm: 'foreclosure',
};

/** Takes named screenshots and animation frames; the tests run without one. */
export interface Camera {
  shot(name: string): Promise<void>;
  frame(): Promise<void>;
}

interface Step {
  title: string;
  run(driver: Driver, scenario: Scenario, camera?: Camera): Promise<void>;
}

export const STEPS: Step[] = [
  {
    title: 'opens the file from Quick Open and the status bar counts its findings',
    async run(driver, s, camera) {
      await driver.quickOpen(s.file, s.firstText);
      await driver.page.locator('.squiggly-warning').first().waitFor({ timeout: 30_000 });
      const status = driver.statusItem('Mortgage Lens');
      await status.filter({ hasText: /Mortgage Lens: \d+/ }).waitFor({ timeout: 15_000 });
      assert.match(await status.innerText(), /Mortgage Lens: [1-9]\d*/);
      await camera?.frame();
    },
  },
  {
    title: 'hovering a term shows its definition and how it differs from nearby terms',
    async run(driver, s, camera) {
      const text = await driver.hoverOver(s.term, s.termHover);
      assert.match(text, s.termHover);
      assert.match(text, /Differs from/);
      assert.match(text, /not legal advice/);
      await camera?.frame();
      await camera?.shot('hover');
      await driver.page.mouse.move(5, 300);
    },
  },
  {
    title: 'the status bar item opens Problems, which lists the risky claim',
    async run(driver, s, camera) {
      await driver.dismiss();
      await driver.statusItem('Mortgage Lens').click();
      const rows = await driver.problems(new RegExp(s.rule), false);
      const row = rows.find((r) => r.includes(s.rule));
      assert.ok(row, `no Problems row for ${s.rule}: ${JSON.stringify(rows)}`);
      assert.match(row, s.ruleMessage);
      // Opening the problem puts the cursor on the claim; its hover then shows the warning.
      await driver.page
        .locator('.markers-panel .monaco-list-row')
        .filter({ hasText: s.rule })
        .first()
        .click();
      await driver.hoverOver(s.claim, s.ruleMessage);
      await camera?.frame();
      await camera?.shot('diagnostic');
      await driver.page.mouse.move(5, 300);
      await driver.closePanel();
    },
  },
  {
    title: 'Ctrl+. then Enter on the claim applies the preferred rewording',
    async run(driver, s, camera) {
      const before = await driver.editorLines();
      const line = before.findIndex((l) => l === s.claim);
      assert.ok(line >= 0, `no line "${s.claim}" on screen: ${JSON.stringify(before)}`);
      await driver.clickOn(s.claim);
      const actions = await driver.openQuickFixMenu(/Reword/);
      assert.match(actions[0], /^Reword as/, `first action: ${JSON.stringify(actions)}`);
      await camera?.frame();
      await camera?.shot('quickfix');
      await driver.page.keyboard.press('Enter');
      const deadline = Date.now() + 10_000;
      let after = await driver.editorLines();
      while (after[line] !== s.fixed && Date.now() < deadline) {
        await driver.page.waitForTimeout(100);
        after = await driver.editorLines();
      }
      assert.equal(after[line], s.fixed);
      await driver.page
        .locator(VISIBLE_HOVER)
        .waitFor({ state: 'hidden', timeout: 2000 })
        .catch(() => undefined);
      await camera?.frame();
    },
  },
  {
    title: 'the Mortgage Terms view lists the terms with counts; clicking one selects every mention',
    async run(driver, s, camera) {
      const section = await driver.viewSection('Mortgage Terms');
      const row = section
        .locator('.monaco-list-row')
        .filter({ has: driver.page.locator('.label-name', { hasText: new RegExp(`^${s.viewTerm}$`) }) })
        .first();
      await row.waitFor({ timeout: 10_000 });
      const count = Number((await row.locator('.label-description').innerText()).trim());
      assert.ok(count >= 2, `count shown: ${count}`);
      await row.click();
      const selections = driver.page
        .locator('.part.statusbar .statusbar-item')
        .filter({ hasText: /selections/ });
      await selections.first().waitFor({ timeout: 10_000 });
      assert.match(await selections.first().innerText(), new RegExp(`\\b${count} selections`));
      await camera?.shot('terms-view');
    },
  },
  {
    title: 'Show Glossary from the Command Palette: search, pick a term, and its entry opens as a page',
    async run(driver, s, camera) {
      await driver.runCommand('Mortgage Lens: Show Glossary');
      await driver.page.locator('.quick-input-widget .monaco-list-row').first().waitFor({ timeout: 10_000 });
      const { placeholder } = await driver.quickPick();
      assert.match(placeholder, /^Search \d+ mortgage terms/);
      await driver.page.keyboard.type(s.glossaryQuery, { delay: 20 });
      const deadline = Date.now() + 10_000;
      while (
        (await driver.focusedQuickPickLabel())?.startsWith(s.glossaryTerm) !== true &&
        Date.now() < deadline
      ) {
        await driver.page.waitForTimeout(100);
      }
      assert.ok((await driver.focusedQuickPickLabel())?.startsWith(s.glossaryTerm));
      await camera?.frame();
      await camera?.shot('glossary');
      await driver.page.keyboard.press('Enter');
      const page = await driver.webviewWith('How it differs from nearby terms');
      const text = (await page.evaluate('document.body.innerText')) as string;
      assert.match(text, new RegExp(`^${s.glossaryTerm}\\b`, 'm'));
      assert.match(await driver.activeTabTitle(), /^Preview .+\.md$/);
      await camera?.frame();
      await camera?.shot('glossary-entry');
    },
  },
];

/** Runs the steps in order; a failed step stops the rest, which are reported as failed too. */
export async function runUiTests(page: Page, scenario = TEST_SCENARIO): Promise<TestResult[]> {
  const driver = new Driver(page);
  const results: TestResult[] = [];
  let broken: string | undefined;
  await driver.ready();
  // The API suite ran in this window: start from no open editors and no panel.
  await driver.runCommand('View: Close All Editors');
  await driver.closePanel();
  for (const step of STEPS) {
    const title = `UI: ${step.title}`;
    if (broken) {
      results.push({ title, state: 'failed', durationMs: 0, error: `not run: ${broken}` });
      continue;
    }
    const started = Date.now();
    try {
      await step.run(driver, scenario);
      results.push({ title, state: 'passed', durationMs: Date.now() - started });
    } catch (error) {
      broken = `an earlier step failed ("${step.title}")`;
      results.push({
        title,
        state: 'failed',
        durationMs: Date.now() - started,
        error: (error as Error).stack ?? String(error),
      });
    }
  }
  return results;
}
