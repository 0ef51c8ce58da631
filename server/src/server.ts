// Entry point of the bundled language server (dist/server.js), started over stdio by the extension
// and by other editors.
import { NODE_FS } from './project/nodeFs';
import { createProjectService } from './project/projectService';
import { loadBuiltInGlossary } from './glossary/loadBuiltIn';
import { startLanguageServer } from './lsp/server';
import { createNodeConnection } from './transport/nodeConnection';
import { VERSION } from './protocol/version';

startLanguageServer(createNodeConnection(), createProjectService(loadBuiltInGlossary(), NODE_FS), VERSION);
