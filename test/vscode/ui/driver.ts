// Drives the VS Code workbench (code-server in headless Chromium) as a user does: keyboard and
// mouse on the page, reading what is on screen. Selectors are VS Code 1.100's DOM. Used by the UI
// tests (uiTests.ts) and by the README screenshots (scripts/screenshot.ts).
import type { Frame, Locator, Page } from 'playwright-core';
import { locateInEditor } from '../browser';

export const VISIBLE_HOVER = '.monaco-hover:not(.hidden) .hover-contents';
const QUICK_INPUT = '.quick-input-widget';
const MARKERS_ROW = '.markers-panel .monaco-list-row';
const CODE_ACTION_WIDGET = '.action-widget';

const until = async <T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 10_000,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

export class Driver {
  constructor(readonly page: Page) {}

  /** Waits until the workbench is usable: the status bar is there and no dialog is in the way. */
  async ready(): Promise<void> {
    await this.page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
  }

  /** Runs a command from the Command Palette (F1), as typed by a user, e.g. "Mortgage Lens: Show Glossary". */
  async runCommand(title: string): Promise<void> {
    await this.dismiss();
    await this.page.keyboard.press('F1');
    const input = this.page.locator(`${QUICK_INPUT} input`);
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await this.page.keyboard.type(title, { delay: 5 });
    // Wait for the exact command to be listed and focused before accepting.
    const row = this.page.locator(`${QUICK_INPUT} .monaco-list-row`).filter({ hasText: title }).first();
    await row.waitFor({ timeout: 10_000 });
    await until(`"${title}" focused in the Command Palette`, async () =>
      (await this.focusedQuickPickLabel())?.includes(title.replace(/^.*?: /, '')),
    );
    await this.page.keyboard.press('Enter');
  }

  /** Quick Open (Ctrl+P): opens a workspace file by name. */
  async quickOpen(file: string, expectInEditor: string): Promise<void> {
    await this.dismiss();
    await this.page.keyboard.press('Control+P');
    await this.page.locator(`${QUICK_INPUT} input`).waitFor({ state: 'visible', timeout: 10_000 });
    await this.page.keyboard.type(file, { delay: 5 });
    await this.page.locator(`${QUICK_INPUT} .monaco-list-row`).filter({ hasText: file }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.waitForEditorText(expectInEditor, `${file} in an editor`);
  }

  /** The label of the focused row of the open quick pick, if any. */
  async focusedQuickPickLabel(): Promise<string | undefined> {
    const focused = this.page.locator(`${QUICK_INPUT} .monaco-list-row.focused`).first();
    if (!(await focused.isVisible().catch(() => false))) return undefined;
    return (await focused.innerText()).replace(/\s+/g, ' ').trim();
  }

  /** The open quick pick's placeholder and visible row labels. */
  async quickPick(): Promise<{ placeholder: string; rows: string[] }> {
    const input = this.page.locator(`${QUICK_INPUT} input`);
    const placeholder = (await input.getAttribute('placeholder')) ?? '';
    const rows = await this.page.locator(`${QUICK_INPUT} .monaco-list-row .label-name`).allInnerTexts();
    return { placeholder, rows };
  }

  /** Closes menus, hovers and pickers. */
  async dismiss(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Escape');
  }

  async waitForEditorText(text: string, what = `"${text}" in the editor`, timeoutMs = 30_000) {
    return until(what, () => locateInEditor(this.page, text), timeoutMs);
  }

  /** The text of the editor's rendered lines, top to bottom (spaces normalised). */
  async editorLines(): Promise<string[]> {
    return (await this.page
      .evaluate(`[...document.querySelectorAll('.editor-instance .monaco-editor .view-line')]
      .map((line) => ({ top: parseFloat(line.style.top) || 0, text: line.textContent.replace(/\\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((line) => line.text)`)) as string[];
  }

  /** Moves the mouse onto `text` until VS Code shows a hover matching `expected`; returns the hover's text. */
  async hoverOver(text: string, expected: RegExp): Promise<string> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const point = await this.waitForEditorText(text);
      await this.page.mouse.move(point.x, point.y - 40); // leave, then come back: Monaco reacts to movement
      await this.page.mouse.move(point.x, point.y, { steps: 5 });
      const hover = this.page.locator(VISIBLE_HOVER).filter({ hasText: expected }).first();
      if (
        await hover.waitFor({ timeout: 3000 }).then(
          () => true,
          () => false,
        )
      ) {
        await this.page.waitForTimeout(300); // let the widget settle (and a screenshot see it whole)
        return hover.innerText();
      }
    }
    throw new Error(`no hover matching ${expected} over "${text}"`);
  }

  /** Clicks into the editor on `text` (the cursor lands in its middle). */
  async clickOn(text: string): Promise<void> {
    const point = await this.waitForEditorText(text);
    await this.page.mouse.click(point.x, point.y);
  }

  /** The Problems panel's rows (opened first with Ctrl+Shift+M unless `open` is false). */
  async problems(expected: RegExp, open = true): Promise<string[]> {
    if (open) await this.page.keyboard.press('Control+Shift+M');
    await this.page.locator(MARKERS_ROW).filter({ hasText: expected }).first().waitFor({ timeout: 15_000 });
    return this.page.locator(MARKERS_ROW).allInnerTexts();
  }

  async closePanel(): Promise<void> {
    if (
      await this.page
        .locator('.part.panel')
        .isVisible()
        .catch(() => false)
    ) {
      await this.runCommand('View: Hide Panel');
    }
  }

  /** Ctrl+. at the cursor: the code actions offered, in order (the first is focused). */
  async openQuickFixMenu(expected: RegExp): Promise<string[]> {
    await this.page.keyboard.press('Control+.');
    const rows = this.page.locator(`${CODE_ACTION_WIDGET} .monaco-list-row.action`);
    await rows.filter({ hasText: expected }).first().waitFor({ timeout: 10_000 });
    return (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /** The status bar item whose text or label mentions `text`. */
  statusItem(text: string): Locator {
    return this.page.locator('.part.statusbar .statusbar-item').filter({ hasText: text }).first();
  }

  /** The title of the active editor tab. */
  async activeTabTitle(): Promise<string> {
    return (await this.page.locator('.tabs-container .tab.active .label-name').first().innerText()).trim();
  }

  /** The frame of a webview (e.g. a Markdown preview) whose body contains `text`. */
  async webviewWith(text: string, timeoutMs = 15_000): Promise<Frame> {
    return until(
      `a webview showing "${text}"`,
      async () => {
        for (const frame of this.page.frames()) {
          const body = await frame.evaluate('document.body ? document.body.innerText : ""').catch(() => '');
          if (typeof body === 'string' && body.includes(text) && frame !== this.page.mainFrame())
            return frame;
        }
        return undefined;
      },
      timeoutMs,
    );
  }

  /** A view section of the side bar by its title (e.g. "Mortgage Terms"), expanded. */
  async viewSection(title: string): Promise<Locator> {
    const pane = this.page.locator('.part.sidebar .pane').filter({
      has: this.page.locator('.pane-header', { hasText: title }),
    });
    await pane.first().waitFor({ timeout: 10_000 });
    const header = pane.first().locator('.pane-header').first();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    return pane.first();
  }
}
