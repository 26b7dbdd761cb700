/**
 * @aslkit/language-server: the ASL language service (a facade of plain functions returning LSP
 * types) and the LSP server wiring for stdio (`./node.js`) and web workers (`./browser.js`).
 */
export type {
  AslSettings,
  DefinitionValidator,
  DefinitionValidatorInput,
  LanguageService,
  LanguageServiceOptions,
  PrepareRenameResult,
  RenameResult,
  RuleDocs,
  RuleLevel,
  StateGraphView,
  TextDocument,
  ValidatorDiagnostic,
  ValidationPart,
} from './service/types.js';
export { STATE_GRAPH_REQUEST } from './service/types.js';
export { createLanguageService } from './service/language-service.js';
export { listen, type ListenOptions } from './server.js';
export { startServer, type StartServerOptions } from './node.js';
