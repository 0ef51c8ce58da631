// Runs the web build of the language server (dist/web/server.js) in a real browser worker, as
// vscode.dev does: headless Chromium (Debian's, through playwright-core) loads a blank page from a
// local HTTP server on 127.0.0.1, the page starts the worker, and the test speaks LSP JSON-RPC to it
// through postMessage. The page also plays the client's part in answering the server's requests:
// workspace/configuration, and the team files (findFiles, readFile, readDirectory) from a map.
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureBrowser } from '../vscode/install';
import { REPO_ROOT } from './lspClient';

const SERVER_BUNDLE = path.join(REPO_ROOT, 'dist', 'web', 'server.js');

export interface BrowserServerOptions {
  /** Files the "client" can read, by URI. */
  files?: Record<string, string>;
  /** The mortgageLens settings section answered to workspace/configuration. */
  settings?: unknown;
}

// Runs in the page: plain JS in a string, since the project compiles without DOM types.
const PAGE_SCRIPT = `(options) => {
  const worker = new Worker('/server.js');
  const state = { nextId: 1, pending: new Map(), notifications: [], requests: [], errors: [] };
  window.lsp = state;
  worker.onerror = (event) => state.errors.push(String(event.message || event));
  const files = options.files;
  const dirOf = (uri) => uri.replace(/\\/?$/, '/');
  const answer = (message) => {
    switch (message.method) {
      case 'workspace/configuration':
        return message.params.items.map(() => options.settings);
      case 'mortgageLens/findFiles': {
        const name = message.params.include.replace(/^\\*\\*\\//, '');
        return Object.keys(files).filter((uri) => uri.endsWith('/' + name));
      }
      case 'mortgageLens/readFile':
        return files[message.params.uri] ?? null;
      case 'mortgageLens/readDirectory': {
        const dir = dirOf(message.params.uri);
        return Object.keys(files)
          .filter((uri) => uri.startsWith(dir) && !uri.slice(dir.length).includes('/'))
          .map((uri) => decodeURIComponent(uri.slice(dir.length)));
      }
      default:
        return null;
    }
  };
  worker.onmessage = ({ data }) => {
    if (data.id !== undefined && data.method === undefined) {
      const pending = state.pending.get(data.id);
      state.pending.delete(data.id);
      if (pending) data.error ? pending.reject(new Error(data.error.message)) : pending.resolve(data.result);
    } else if (data.id !== undefined) {
      state.requests.push(data);
      worker.postMessage({ jsonrpc: '2.0', id: data.id, result: answer(data) });
    } else {
      state.notifications.push(data);
    }
  };
  state.request = (method, params) =>
    new Promise((resolve, reject) => {
      const id = state.nextId++;
      state.pending.set(id, { resolve, reject });
      worker.postMessage({ jsonrpc: '2.0', id, method, params });
    });
  state.notify = (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params });
}`;

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { code?: string | number; severity?: number; message: string; range: unknown }[];
}

let shared: { browser: Browser; profile: string } | undefined;

/** One browser for the whole file; each server gets its own page and worker. */
async function browser(): Promise<Browser> {
  if (shared) return shared.browser;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mortgage-lens-web-test-'));
  const launched = await chromium.launch({
    executablePath: ensureBrowser(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    env: { ...process.env, XDG_CACHE_HOME: profile, XDG_CONFIG_HOME: profile, TMPDIR: profile },
  });
  shared = { browser: launched, profile };
  return launched;
}

export async function closeBrowser(): Promise<void> {
  const current = shared;
  shared = undefined;
  if (!current) return;
  await current.browser.close().catch(() => undefined);
  fs.rmSync(current.profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

export class BrowserServer {
  private constructor(
    readonly page: Page,
    private readonly http: http.Server,
  ) {}

  static async start(options: BrowserServerOptions = {}): Promise<BrowserServer> {
    if (!fs.existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run npm run build`);
    const server = http.createServer((request, response) => {
      if (request.url === '/server.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' });
        response.end(fs.readFileSync(SERVER_BUNDLE));
      } else {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<!doctype html><title>Mortgage Lens web server test</title>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const page = await (await browser()).newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate(
      `(${PAGE_SCRIPT})(${JSON.stringify({ files: options.files ?? {}, settings: options.settings ?? {} })})`,
    );
    return new BrowserServer(page, server);
  }

  request<R>(method: string, params?: unknown): Promise<R> {
    return this.page.evaluate(
      `window.lsp.request(${JSON.stringify(method)}, ${JSON.stringify(params ?? null)})`,
    ) as Promise<R>;
  }

  async notify(method: string, params?: unknown): Promise<void> {
    await this.page.evaluate(
      `window.lsp.notify(${JSON.stringify(method)}, ${JSON.stringify(params ?? null)})`,
    );
  }

  /** Requests the server sent to the "client", e.g. mortgageLens/readFile. */
  async serverRequests(): Promise<{ method: string; params: unknown }[]> {
    return (await this.page.evaluate('window.lsp.requests')) as { method: string; params: unknown }[];
  }

  async initialize(initializationOptions?: unknown): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.request<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: null,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true },
        textDocument: {
          hover: { contentFormat: ['markdown'] },
          publishDiagnostics: { versionSupport: true },
        },
      },
      initializationOptions,
    });
    await this.notify('initialized', {});
    return result;
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** The latest diagnostics published for `uri` that satisfy `ready`. */
  async diagnosticsWhen(
    uri: string,
    ready: (published: PublishedDiagnostics) => boolean,
    timeoutMs = 10_000,
  ): Promise<PublishedDiagnostics> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const published = (await this.page.evaluate(
        `window.lsp.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === ${JSON.stringify(uri)}).map((n) => n.params)`,
      )) as PublishedDiagnostics[];
      const last = published[published.length - 1];
      if (last && ready(last)) return last;
      if (Date.now() > deadline) {
        const errors = await this.page.evaluate('window.lsp.errors');
        throw new Error(
          `timed out waiting for diagnostics of ${uri}; last: ${JSON.stringify(last?.diagnostics.map((d) => d.code))}; worker errors: ${JSON.stringify(errors)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async close(): Promise<void> {
    await this.page.close().catch(() => undefined);
    await new Promise((resolve) => this.http.close(resolve));
  }
}
