// The workspace in a browser (vscode.dev, github.dev), addressed by URIs: the server has no file
// system there, so the client reads files for it (see client/src/workspaceFiles.ts). The project
// loader is synchronous, so it reads a snapshot; what the snapshot lacks is noted as missing, read
// through the client, and the load runs again until nothing is missing. The loader decides what to
// read, so a file outside a configuration's folder is never even asked for.
import { CONFIG_FILE } from './config';
import type { WorkspaceFs } from './workspaceFs';

/** How the server reads the workspace in a browser: requests answered by the client. */
export interface WorkspaceReader {
  findFiles(include: string): Promise<string[]>;
  /** The file's text, or null when it cannot be read. */
  readFile(uri: string): Promise<string | null>;
  /** The names of the files directly in a folder ([] when it does not exist). */
  readDirectory(uri: string): Promise<string[]>;
}

/** Reads stop after this many rounds of filling (a configuration, its folders' listings, their files: three). */
const MAX_ROUNDS = 6;

export class SnapshotFs implements WorkspaceFs {
  private readonly texts = new Map<string, string | null>();
  private readonly listings = new Map<string, string[]>();
  private readonly missingFiles = new Set<string>();
  private readonly missingFolders = new Set<string>();

  /** `configFiles`: every configuration file of the workspace (found by the client). */
  constructor(private readonly configFiles: ReadonlySet<string>) {}

  addressOf = (uri: string) => uri;
  dirname = (uri: string) => {
    const root = rootOf(uri);
    const path = uri.slice(root.length);
    // The root of an authority ("file://", "vscode-vfs://github") is its own folder.
    return root + path.slice(0, Math.max(0, path.lastIndexOf('/')));
  };
  basename = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  resolve = (folder: string, relative: string) =>
    new URL(relative.replace(/\\/g, '/'), `${folder}/`).toString().replace(/\/$/, '');
  join = (folder: string, name: string) => `${folder.replace(/\/$/, '')}/${encodeURIComponent(name)}`;
  below = (folder: string, uri: string) => {
    const base = folder.replace(/\/$/, '');
    if (uri === base) return '';
    return uri.startsWith(`${base}/`) ? decodeURIComponent(uri.slice(base.length + 1)) : undefined;
  };
  isFile = (uri: string) => this.configFiles.has(uri) || typeof this.texts.get(uri) === 'string';
  // No links in a browser's file system API: an address is where it is.
  real = (uri: string) => uri;
  fileSize = (uri: string) => {
    const text = this.text(uri);
    return text === undefined ? 0 : (text?.length ?? 0);
  };
  files = (folder: string) => {
    const names = this.listings.get(folder);
    if (names === undefined) this.missingFolders.add(folder);
    return names ?? [];
  };
  read = (uri: string) => {
    const text = this.text(uri);
    return typeof text === 'string' ? { text } : { error: 'cannot read' };
  };

  /** The text as read; null when it cannot be read; undefined (and noted missing) when not read yet. */
  private text(uri: string): string | null | undefined {
    if (!this.texts.has(uri)) {
      this.missingFiles.add(uri);
      return undefined;
    }
    return this.texts.get(uri);
  }

  /** Reads what the last load missed; false when nothing was missing. */
  private async fill(reader: WorkspaceReader): Promise<boolean> {
    const files = [...this.missingFiles];
    const folders = [...this.missingFolders];
    this.missingFiles.clear();
    this.missingFolders.clear();
    await Promise.all([
      ...files.map(async (uri) => this.texts.set(uri, await reader.readFile(uri))),
      ...folders.map(async (uri) => this.listings.set(uri, await reader.readDirectory(uri))),
    ]);
    return files.length + folders.length > 0;
  }

  /**
   * A snapshot of the workspace with everything `load` reads: `load` runs on it, and again after
   * each read of what it missed.
   */
  static async read(reader: WorkspaceReader, load: (fs: SnapshotFs) => void): Promise<SnapshotFs> {
    const configs = (await reader.findFiles(`**/${CONFIG_FILE}`)).filter((uri) =>
      uri.endsWith(`/${CONFIG_FILE}`),
    );
    const snapshot = new SnapshotFs(new Set(configs));
    // The last load reads what the last fill brought in.
    for (let round = 0; ; round++) {
      load(snapshot);
      if (round === MAX_ROUNDS || !(await snapshot.fill(reader))) break;
    }
    return snapshot;
  }

  get configs(): string[] {
    return [...this.configFiles];
  }
}

function rootOf(uri: string): string {
  const match = /^[a-z][a-z\d+.-]*:\/\/[^/]*/i.exec(uri);
  return match ? match[0] : uri;
}
