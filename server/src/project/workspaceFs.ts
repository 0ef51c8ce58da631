// The file-system port the project loader reads through: what the workspace holds, addressed by OS
// paths on the desktop (nodeFs.ts) and by URIs in a browser (snapshotFs.ts). Synchronous, so that
// a document's project is known the moment it is asked for; the browser fills its snapshot first.

export interface WorkspaceFs {
  /** The address of a document, or undefined where this workspace has no such file (another URI scheme). */
  addressOf(uri: string): string | undefined;
  dirname(address: string): string;
  basename(address: string): string;
  /** A name or relative path (as written in a configuration) resolved from a folder. */
  resolve(folder: string, relative: string): string;
  join(folder: string, name: string): string;
  /** `address` as a '/'-separated path below `folder`, or undefined when it is not below it. */
  below(folder: string, address: string): string | undefined;
  /** Whether a file is there (a configuration file, say). */
  isFile(address: string): boolean;
  /** The address with links followed, or undefined when nothing is there. */
  real(address: string): string | undefined;
  /** The size in bytes of a regular file; undefined for anything else (a folder, a pipe, a device). */
  fileSize(address: string): number | undefined;
  /** The names of the files directly in a folder; [] when it has none or does not exist. */
  files(folder: string): string[];
  /** The file's text, or why it cannot be read. */
  read(address: string): { text: string } | { error: string };
}

/** An untrusted workspace: nothing is read from it, so every document gets the built-in glossary. */
export const EMPTY_FS: WorkspaceFs = {
  addressOf: () => undefined,
  dirname: (address) => address,
  basename: (address) => address,
  resolve: (folder) => folder,
  join: (folder) => folder,
  below: () => undefined,
  isFile: () => false,
  real: () => undefined,
  fileSize: () => undefined,
  files: () => [],
  read: () => ({ error: 'not read in an untrusted workspace' }),
};
