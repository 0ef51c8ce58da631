// What lspServer.ts uses of node:url, for the browser bundle (scripts/build.mjs maps node:url here).
// In a browser the server gets no file: paths to convert except from a local folder in vscode.dev.
export function fileURLToPath(url: string | URL): string {
  return decodeURIComponent(new URL(String(url)).pathname);
}

export function pathToFileURL(path: string): URL {
  return new URL(`file://${encodeURI(path.replace(/\\/g, '/')).replace(/[?#]/g, encodeURIComponent)}`);
}
