import type { Diagnostic as CoreDiagnostic, DocumentPath, JsonValue, SourceDocument, StateMachineType } from '@aslkit/core';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CodeActionContext,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  FormattingOptions,
  Hover,
  Location,
  Position,
  Range,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';

export type { TextDocument };

/** A rule's configured level, as in `.aslkitrc` and the editor settings. */
export type RuleLevel = 'off' | 'warning' | 'error';

/** Settings the editor sends (section `aslkit`). Every field is optional. */
export interface AslSettings {
  /** Checker preset (e.g. `recommended`, `strict`, `aws`); the checker decides what names exist. */
  preset?: string;
  /** Per-rule severities, keyed by rule id or AWS code. */
  rules?: Record<string, RuleLevel>;
  /** Path of a config file the client resolved; the server passes it to the validator as-is. */
  configFile?: string;
  /**
   * Accept `${Name}` DefinitionSubstitutions placeholders (default true: definitions deployed by SAM or
   * CloudFormation carry them). Inside templates they are always accepted.
   */
  tolerateSubstitutions?: boolean;
  /** Validate as STANDARD (default) or EXPRESS. */
  type?: StateMachineType;
  /** Debounce in ms between the last change and validation (server only; default 150). */
  debounceMs?: number;
  /**
   * Documents longer than this (characters) get AWS's codes published first and the lint rules
   * right after (server only; default 65,536). 0 always splits, Infinity never.
   */
  splitValidationAbove?: number;
}

/**
 * A finding the validator produced for one definition. Paths are relative to the definition's root
 * (the service maps them into the containing document, e.g. a CloudFormation template).
 */
export interface ValidatorDiagnostic extends CoreDiagnostic {
  /** Where in the definition; preferred over `location` and `range` for mapping. */
  path?: DocumentPath;
  /** Put the range on the property key of `path` instead of its value. */
  onKey?: boolean;
  /** Related places by path (e.g. the first of two duplicate names). */
  relatedPaths?: { path: DocumentPath; message: string }[];
  /** A machine-applicable fix: replace the value at `path` (undefined value = remove), optionally renaming its key. */
  fix?: { title: string; path: DocumentPath; value: JsonValue | undefined; renameKey?: string };
}

/** What the service asks of a validator: one definition in, findings out. Pure; no I/O. */
export interface DefinitionValidatorInput {
  /** The definition's plain JSON value. */
  definition: JsonValue;
  /** The whole loaded document (for a standalone definition, the definition's own source). */
  document: SourceDocument;
  /** Where the definition sits inside `document` (`[]` for a standalone `.asl.json`). */
  rootPath: DocumentPath;
  settings: AslSettings;
  /** Which rules: AWS's codes only, our lint rules only, or all (default). */
  only?: ValidationPart;
}

/** A part of validation, for publishing AWS's errors before the slower lint rules on large documents. */
export type ValidationPart = 'aws' | 'lint';

export type DefinitionValidator = (input: DefinitionValidatorInput) => readonly ValidatorDiagnostic[];

/** Rule documentation used for hovers and the `codeDescription` link of diagnostics. */
export interface RuleDocs {
  description: string;
  url?: string;
}

export interface LanguageServiceOptions {
  /** Validates one definition. Defaults to the aslkit checker when it is available. */
  validator?: DefinitionValidator;
  /** Looks up a rule's docs by id/code (hover on a diagnostic, codeDescription). */
  ruleDocs?: (idOrCode: string) => RuleDocs | undefined;
  /** Base URL of rule docs; `${docsBaseUrl}/${id}.md`. Default: the repository's docs/rules. */
  docsBaseUrl?: string;
  settings?: AslSettings;
}

/** A refused rename says why (LSP turns it into a ResponseError). */
export type RenameResult =
  | { ok: true; edit: WorkspaceEdit }
  | { ok: false; code: 'NOT_A_STATE_NAME' | 'INVALID_NAME' | 'NAME_CLASH'; message: string };

export type PrepareRenameResult =
  | { ok: true; range: Range; placeholder: string }
  | { ok: false; code: 'NOT_A_STATE_NAME'; message: string };

/**
 * The language service facade: plain functions over one parsed model per document version,
 * returning LSP types. Knows nothing of connections; the server, the web worker and tests call it.
 */
export interface LanguageService {
  /** Replaces the settings (clears cached diagnostics). */
  configure(settings: AslSettings): void;
  /** Diagnostics of the document; `only` restricts to AWS's codes or to the lint rules. */
  validate(document: TextDocument, options?: { only?: ValidationPart }): Diagnostic[];
  hover(document: TextDocument, position: Position): Hover | null;
  complete(document: TextDocument, position: Position): CompletionList;
  definition(document: TextDocument, position: Position): Location[];
  references(document: TextDocument, position: Position, options?: { includeDeclaration?: boolean }): Location[];
  prepareRename(document: TextDocument, position: Position): PrepareRenameResult;
  rename(document: TextDocument, position: Position, newName: string): RenameResult;
  codeActions(document: TextDocument, range: Range, context: CodeActionContext): CodeAction[];
  documentSymbols(document: TextDocument): DocumentSymbol[];
  foldingRanges(document: TextDocument): FoldingRange[];
  format(document: TextDocument, options: FormattingOptions, range?: Range): TextEdit[];
  /** The state graph of each state machine in the document (the extension's graph view). */
  stateGraphs(document: TextDocument): StateGraphView[];
  /** Drops the cached model of a closed document. */
  forget(uri: string): void;
}

/** One state machine's graph, rendered. */
export interface StateGraphView {
  /** `State machine`, or the template resource's logical id. */
  name: string;
  svg: string;
  mermaid: string;
}

/** The custom request the server answers with the state graphs of a document (`{ uri }` → views). */
export const STATE_GRAPH_REQUEST = 'aslkit/stateGraph';
