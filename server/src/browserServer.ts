// Entry point of the language server in a browser worker (dist/web/server.js), for vscode.dev and
// github.dev: the same core and LSP adapter as dist/server.js, the built-in glossary bundled in,
// and team configuration read through the client (web/webWorkspace.ts).
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import builtInGlossary from 'mortgage-lens-built-in-glossary';
import {
  FIND_FILES_REQUEST,
  READ_DIRECTORY_REQUEST,
  READ_FILE_REQUEST,
  WORKSPACE_CHANGED_NOTIFICATION,
} from './protocol/requests';
import { startLanguageServer } from './lsp/server';
import { initializeOrder } from './transport/initializeOrder';
import { VERSION } from './protocol/version';
import { createProjectService } from './project/projectService';
import { EMPTY_FS } from './project/workspaceFs';
import { webWorkspace } from './web/webWorkspace';

// The worker's global scope; the project compiles without DOM types.
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const order = initializeOrder();
const connection = createConnection(
  new BrowserMessageReader(self),
  new BrowserMessageWriter(self),
  order.options,
);
order.answerRefusals(connection);
const orEmpty = <T>(request: Promise<T>, empty: T) => request.catch(() => empty);
const projects = createProjectService(builtInGlossary, EMPTY_FS);
const reload = webWorkspace(
  projects,
  builtInGlossary,
  {
    findFiles: (include) => orEmpty(connection.sendRequest(FIND_FILES_REQUEST, { include }), []),
    readFile: (uri) => orEmpty(connection.sendRequest(READ_FILE_REQUEST, { uri }), null),
    readDirectory: (uri) => orEmpty(connection.sendRequest(READ_DIRECTORY_REQUEST, { uri }), []),
  },
  // Team files arrive after the documents: check those again.
  () => server.revalidate(),
);
connection.onNotification(WORKSPACE_CHANGED_NOTIFICATION, () => void reload());
const server = startLanguageServer(connection, projects, VERSION, { afterInitialized: () => void reload() });
