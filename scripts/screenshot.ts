// `npm run screenshot`: the README's pictures, taken by the same user steps as the UI tests
// (test/vscode/ui/uiTests.ts) on samples/borrower-faq.md in real VS Code (code-server + headless
// Chromium, 1280×800). Writes docs/screenshots/: hover.png, diagnostic.png, quickfix.png,
// terms-view.png, glossary.png, glossary-entry.png, and demo.png, an animated PNG of the whole run.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openWorkbench, type Workbench } from '../test/vscode/browser';
import { REPO_ROOT, copyFolder, installBuiltExtension, startCodeServer } from '../test/vscode/codeServer';
import { Driver } from '../test/vscode/ui/driver';
import { STEPS, type Camera, type Scenario } from '../test/vscode/ui/uiTests';
import { animatedPng, recompress, type Frame } from './apng';

const OUTPUT_DIR = path.join(REPO_ROOT, 'docs', 'screenshots');
const FRAME_MS = 1600;

const SAMPLE: Scenario = {
  file: 'borrower-faq.md',
  firstText: 'A deficiency judgment is a court judgment',
  term: 'deficiency judgment',
  termHover: /Deficiency judgment/,
  claim: 'Foreclosure erases all debt.',
  rule: 'foreclosure-erases-debt',
  ruleMessage: /Foreclosure does not always end the debt/,
  fixed: 'Foreclosure does not always erase all debt.',
  glossaryQuery: 'short sale',
  glossaryTerm: 'Short sale',
  viewTerm: 'foreclosure',
};

function camera(workbench: Workbench, frames: Frame[]): Camera {
  return {
    async shot(name) {
      const file = path.join(OUTPUT_DIR, `${name}.png`);
      fs.writeFileSync(file, recompress(await workbench.page.screenshot()));
      console.log(`saved ${file}`);
    },
    async frame() {
      frames.push({ png: await workbench.page.screenshot(), durationMs: FRAME_MS });
    },
  };
}

async function main(): Promise<void> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-screenshot-'));
  const samples = copyFolder(path.join(REPO_ROOT, 'samples'), scratch, 'samples');
  const server = await startCodeServer({
    installExtensions: (extensionsDir) => installBuiltExtension(extensionsDir),
    // A clean picture: no minimap or breadcrumbs competing with the hover.
    settings: { 'editor.minimap.enabled': false, 'breadcrumbs.enabled': false },
  });
  let workbench: Workbench | undefined;
  try {
    workbench = await openWorkbench(server.workbenchUrl(samples), { viewport: { width: 1280, height: 800 } });
    const driver = new Driver(workbench.page);
    await driver.ready();
    const frames: Frame[] = [];
    const lens = camera(workbench, frames);
    for (const step of STEPS) {
      console.log(`- ${step.title}`);
      await step.run(driver, SAMPLE, lens);
    }
    const demo = path.join(OUTPUT_DIR, 'demo.png');
    fs.writeFileSync(demo, animatedPng(frames.map((f) => ({ ...f, png: recompress(f.png) }))));
    console.log(`saved ${demo} (${frames.length} frames, ${Math.round(fs.statSync(demo).size / 1024)} KB)`);
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
