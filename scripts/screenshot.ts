// `npm run screenshot`: opens samples/borrower-faq.md in real VS Code (code-server + headless Chromium) and saves
// docs/screenshots/hover.png (a glossary hover) and docs/screenshots/diagnostic.png (the warning's hover with the
// Problems panel open), both 1280x800.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { locateInEditor, openWorkbench, type Workbench } from '../test/vscode/browser';
import { REPO_ROOT, copyFolder, installBuiltExtension, startCodeServer } from '../test/vscode/codeServer';

const OUTPUT_DIR = path.join(REPO_ROOT, 'docs', 'screenshots');
const FILE = 'borrower-faq.md';
const VISIBLE_HOVER = '.monaco-hover:not(.hidden) .hover-contents';

async function waitForText(
  page: Page,
  text: string,
  what: string,
  timeoutMs = 30_000,
): Promise<{ x: number; y: number }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const point = await locateInEditor(page, text);
    if (point) return point;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await page.waitForTimeout(250);
  }
}

/** Moves the mouse onto `text` until VS Code shows a hover containing `expected`. */
async function hoverOver(page: Page, text: string, expected: RegExp): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const point = await waitForText(page, text, `"${text}" in the editor`);
    await page.mouse.move(point.x, point.y - 40); // leave, then come back: Monaco reacts to movement
    await page.mouse.move(point.x, point.y, { steps: 5 });
    const hover = page.locator(VISIBLE_HOVER).filter({ hasText: expected }).first();
    if (
      await hover.waitFor({ timeout: 3000 }).then(
        () => true,
        () => false,
      )
    ) {
      await page.waitForTimeout(500); // let the widget settle before the picture
      return;
    }
  }
  throw new Error(`no hover matching ${expected} over "${text}"`);
}

async function capture(workbench: Workbench): Promise<void> {
  const { page } = workbench;
  await waitForText(page, 'deficiency judgment', `${FILE} in an editor`, 60_000);
  // The extension is running once the warning is underlined.
  await page.locator('.squiggly-warning').first().waitFor({ timeout: 30_000 });

  await hoverOver(page, 'deficiency judgment', /Differs from/);
  await page.screenshot({ path: path.join(OUTPUT_DIR, 'hover.png') });
  console.log(`saved ${path.join(OUTPUT_DIR, 'hover.png')}`);

  await page.mouse.move(5, 400);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+M'); // View: Problems
  // Opening the problem scrolls the editor to the flagged line, which the panel may have covered.
  await page
    .locator('.markers-panel .monaco-list-row')
    .filter({ hasText: 'foreclosure-erases-debt' })
    .first()
    .click();
  await hoverOver(page, 'Foreclosure erases all debt', /does not always end the debt/);
  await page.screenshot({ path: path.join(OUTPUT_DIR, 'diagnostic.png') });
  console.log(`saved ${path.join(OUTPUT_DIR, 'diagnostic.png')}`);
}

async function main(): Promise<void> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-screenshot-'));
  const samples = copyFolder(path.join(REPO_ROOT, 'samples'), scratch, 'samples');
  const server = await startCodeServer({
    installExtensions: (extensionsDir) => installBuiltExtension(extensionsDir),
    // A clean picture: no minimap or breadcrumbs competing with the hover.
    settings: {
      'editor.minimap.enabled': false,
      'breadcrumbs.enabled': false,
      'workbench.activityBar.location': 'hidden',
    },
  });
  let workbench: Workbench | undefined;
  try {
    workbench = await openWorkbench(server.workbenchUrl(samples, FILE), {
      viewport: { width: 1280, height: 800 },
    });
    await capture(workbench);
    fs.rmSync(scratch, { recursive: true, force: true });
  } catch (error) {
    const failure = path.join(scratch, 'failure.png');
    if (
      workbench &&
      (await workbench.page.screenshot({ path: failure }).then(
        () => true,
        () => false,
      ))
    ) {
      console.error(`what the browser showed: ${failure}`);
    }
    throw error;
  } finally {
    await workbench?.close();
    await server.stop();
  }
}

main().catch((error: Error) => {
  console.error(`Screenshots failed: ${error.message}`);
  process.exit(1);
});
