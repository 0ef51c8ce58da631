// `npm run release [-- --no-build]`: the .vsix to publish, checked as far as can be done offline, and the
// commands that publish it. Nothing is uploaded: publishing needs a person with the tokens.
//
// 1. scripts/package.mjs builds and packages mortgage-lens-<version>.vsix (vsce's own checks, plus ours: the
//    manifest's repository/bugs/homepage/license, and every link of the package README resolving).
// 2. Open VSX's checks that run before an upload (ovsx has no dry run: everything else is the server's): the
//    .vsix's manifest is read back as `ovsx publish` reads it, and must have a publisher, name and version
//    (ovsx's validateManifest) and a license (isLicenseOk: Open VSX refuses unlicensed extensions).
// 3. The publish commands, printed.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestProblems } from './package.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsixName = `${manifest.name}-${manifest.version}.vsix`;
const vsix = path.join(root, vsixName);

let ovsx;
let readVSIXPackage;
try {
  ovsx = require('ovsx');
  ({ readVSIXPackage } = require('ovsx/lib/zip'));
} catch {
  console.error('release: ovsx is not installed (a devDependency): run `npm ci` first.');
  process.exit(2);
}

execFileSync(
  process.execPath,
  [
    path.join(root, 'scripts', 'package.mjs'),
    vsix,
    ...process.argv.slice(2).filter((a) => a === '--no-build'),
  ],
  { cwd: root, stdio: 'inherit' },
);

const packaged = await readVSIXPackage(vsix);
ovsx.validateManifest(packaged);
const problems = manifestProblems(packaged);
if (!(await ovsx.isLicenseOk(root, packaged)))
  problems.push('no license (Open VSX refuses unlicensed extensions)');
for (const field of ['name', 'version', 'publisher']) {
  if (packaged[field] !== manifest[field]) problems.push(`the .vsix's ${field} is not package.json's`);
}
if (problems.length > 0) {
  console.error(`release: ${vsixName} fails Open VSX's checks:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

const size = (fs.statSync(vsix).size / 1024).toFixed(0);
const commands = [
  [
    `npx vsce publish --packagePath ${vsixName}`,
    `Visual Studio Marketplace: VSCE_PAT, publisher "${packaged.publisher}"`,
  ],
  [`npx ovsx publish ${vsixName}`, `Open VSX: OVSX_PAT, namespace "${packaged.publisher}"`],
  ['npm publish', 'the CLI and server on npm (prepack builds again)'],
];
const width = Math.max(...commands.map(([command]) => command.length)) + 2;
console.log(
  `\n${vsixName} (${size} KB) passed vsce's and ovsx's offline checks. After \`npm test\` passes, publish it with:\n\n` +
    commands.map(([command, note]) => `  ${command.padEnd(width)}# ${note}`).join('\n') +
    `\n\nThe first Open VSX upload needs the namespace: npx ovsx create-namespace ${packaged.publisher}`,
);
