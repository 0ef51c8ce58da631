// The workspace on a disk, addressed by OS paths: the language server on the desktop and the CLI.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkspaceFs } from './workspaceFs';

export const NODE_FS: WorkspaceFs = {
  // Node's own conversion, as the CLI's paths (path.resolve) keep a Windows drive letter's case too.
  addressOf: (uri) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined),
  dirname: (address) => path.dirname(address),
  basename: (address) => path.basename(address),
  resolve: (folder, relative) => path.resolve(folder, relative),
  join: (folder, name) => path.join(folder, name),
  below: (folder, address) => {
    const relative = path.relative(folder, path.resolve(address));
    if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
    return relative.split(path.sep).join('/');
  },
  isFile: (address) => fs.existsSync(address),
  real: (address) => {
    try {
      return fs.realpathSync(address);
    } catch {
      return undefined;
    }
  },
  fileSize: (address) => {
    const stat = fs.statSync(address, { throwIfNoEntry: false });
    return stat?.isFile() ? stat.size : undefined;
  },
  files: (folder) => {
    try {
      return fs.readdirSync(folder);
    } catch {
      return [];
    }
  },
  read: (address) => {
    try {
      return { text: fs.readFileSync(address, 'utf8') };
    } catch (error) {
      return { error: `cannot read: ${(error as Error).message}` };
    }
  },
};
