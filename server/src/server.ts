// Entry point of the bundled language server (dist/server.js), started over stdio by the extension
// and by other editors.
import { NODE_FS } from './project/nodeFs';
import { createProjectService } from './project/projectService';
import { loadBuiltInGlossary } from './loadGlossary';
import { startLanguageServer } from './lspServer';
import { createNodeConnection } from './transport/nodeConnection';
import { VERSION } from './version';

startLanguageServer(createNodeConnection(), createProjectService(loadBuiltInGlossary(), NODE_FS), VERSION);
