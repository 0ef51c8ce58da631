// Renders images/icon.svg to images/icon.png (128×128, transparent corners) with the headless
// Chromium the real-VS-Code tests use: `node scripts/build.mjs && node out/scripts/renderIcon.js`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { REPO_ROOT, ensureBrowser } from '../test/vscode/codeServer';

async function main(): Promise<void> {
  const svg = fs.readFileSync(path.join(REPO_ROOT, 'images', 'icon.svg'), 'utf8');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-icon-'));
  const browser = await chromium.launch({
    executablePath: ensureBrowser(),
    headless: true,
    args: ['--no-sandbox'],
    env: { ...process.env, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile, TMPDIR: profile },
  });
  try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    const output = path.join(REPO_ROOT, 'images', 'icon.png');
    await page.locator('svg').screenshot({ path: output, omitBackground: true });
    console.log(`saved ${output}`);
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(`Icon rendering failed: ${error.message}`);
  process.exit(1);
});
