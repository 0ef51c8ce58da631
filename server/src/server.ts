// Entry point of the bundled language server (dist/server.js), started over stdio by the extension
// and by other editors.
import { createProjectService } from './projectService';
import { loadBuiltInGlossary } from './loadGlossary';
import { startLanguageServer } from './lspServer';
import { createNodeConnection } from './transport/nodeConnection';
import { VERSION } from './version';

startLanguageServer(createNodeConnection(), createProjectService(loadBuiltInGlossary()), VERSION);
