// Entry point of the bundled language server (dist/server.js), started by the extension over IPC
// or by other editors with --stdio.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createProjectService } from './projectService';
import { loadBuiltInGlossary } from './loadGlossary';
import { startLanguageServer } from './lspServer';
import { VERSION } from './version';

startLanguageServer(
  createConnection(ProposedFeatures.all),
  createProjectService(loadBuiltInGlossary()),
  VERSION,
);
