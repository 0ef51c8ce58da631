// Opens the code-server workbench in Debian's Chromium through playwright-core. VS Code starts the extension host
// only once a browser loads the workbench, so every run needs one, even headless.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ensureBrowser } from './codeServer';

const CHROMIUM_ARGS = [
  '--no-sandbox', // runs as root in CI
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Workbench {
  page: Page;
  context: BrowserContext;
  /** Browser console lines (the extension host's console appears as `[Extension Host] …`) and page errors. */
  consoleLines: string[];
  close(): Promise<void>;
}

export async function openWorkbench(
  url: string,
  options: { viewport?: { width: number; height: number } } = {},
): Promise<Workbench> {
  const executablePath = ensureBrowser();
  // A fresh profile each time; playwright rejects --user-data-dir in args.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    // Keeps $HOME and /tmp clean, also when the browser is killed.
    env: { ...process.env, XDG_CACHE_HOME: profile, XDG_CONFIG_HOME: profile, TMPDIR: profile },
  });
  // Also after Ctrl-C; playwright kills the browser in its own 'exit' handler, registered first.
  const removeProfile = () =>
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  process.once('exit', removeProfile);
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.message}`));
  await page.goto(url);
  return {
    page,
    context,
    consoleLines,
    close: async () => {
      await context.close().catch(() => undefined);
      process.removeListener('exit', removeProfile);
      removeProfile();
    },
  };
}

// Runs in the page. Plain JS in a string: the project compiles without DOM types. Monaco renders a line as
// several spans (~50 characters each) and draws spaces as non-breaking spaces, so the match is found in the
// line's joined text and measured with a DOM Range across its text nodes.
const LOCATE_IN_EDITOR = `(needle) => {
  for (const line of document.querySelectorAll('.editor-instance .monaco-editor .view-line')) {
    const nodes = [];
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) nodes.push(walker.currentNode);
    const start = nodes.map((node) => node.data).join('').replace(/\\u00a0/g, ' ').indexOf(needle);
    if (start < 0) continue;
    const end = start + needle.length;
    const range = document.createRange();
    let offset = 0;
    for (const node of nodes) {
      const next = offset + node.data.length;
      if (start >= offset && start < next) range.setStart(node, start - offset);
      if (end > offset && end <= next) range.setEnd(node, end - offset);
      offset = next;
    }
    const box = range.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  return null;
}`;

/** The centre of the first rendered occurrence of `text` in the active editor, or undefined. */
export async function locateInEditor(
  page: Page,
  text: string,
): Promise<{ x: number; y: number } | undefined> {
  const point = await page.evaluate<{ x: number; y: number } | null>(
    `(${LOCATE_IN_EDITOR})(${JSON.stringify(text)})`,
  );
  return point ?? undefined;
}
