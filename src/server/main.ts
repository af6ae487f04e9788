// The language server process: started by the VS Code extension (node IPC) or by `hotpath lsp --stdio`.
import { startLanguageServer } from './server';

startLanguageServer();
