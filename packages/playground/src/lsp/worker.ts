/**
 * The web worker that hosts the language server: the same `listen()` wiring as `aslkit lsp --stdio`,
 * over postMessage instead of stdio. Nothing here but the start call.
 */
import { startBrowserServer } from '@aslkit/language-server/browser';

startBrowserServer();
