// `npm run eval:pages`: real-page figures from a folder of page texts and a reader's labels.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const SCRIPT = path.resolve(__dirname, '../../scripts/evalPages.js');

function run(...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
}

describe('eval:pages', () => {
  it('counts a finding on a labelled sentence as right and one elsewhere as wrong', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pages-'));
    fs.mkdirSync(path.join(folder, 'text'));
    fs.writeFileSync(
      path.join(folder, 'text', '1.txt'),
      'Our guide to short sales.\nA short sale always wipes out the whole remaining debt.\n',
    );
    fs.writeFileSync(
      path.join(folder, 'text', '2.txt'),
      'Foreclosure erases all of the mortgage debt.\nA deed in lieu may leave a balance.\n',
    );
    fs.writeFileSync(
      path.join(folder, 'labels.tsv'),
      'n\tfamily\tsentence\n1\tshort-sale-settles-debt\tA short sale always wipes out the whole remaining debt.\n' +
        '2\tdeed-in-lieu-releases-debt\tA deed in lieu releases every borrower.\n',
    );
    const result = run(folder);
    assert.equal(result.status, 0, result.stderr);
    assert.match(
      result.stdout,
      /2 pages; findings 2, right 1, precision 0\.500; labelled claims 2, found 1, recall 0\.500/,
    );
  });

  it('says where a labels file is malformed, and fails', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pages-'));
    fs.mkdirSync(path.join(folder, 'text'));
    fs.writeFileSync(path.join(folder, 'labels.tsv'), 'n\tfamily\tsentence\n7 only one column\n');
    const result = run(folder);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /labels\.tsv:2: expected n, family and sentence separated by tabs/);
  });
});
