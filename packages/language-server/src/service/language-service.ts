import type { CodeActionContext, Diagnostic, MarkupContent, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../features/code-actions.js';
import { complete } from '../features/completion.js';
import { foldingRanges } from '../features/folding.js';
import { format } from '../features/format.js';
import { hover } from '../features/hover.js';
import { definition, prepareRename, references, rename } from '../features/navigation.js';
import { documentSymbols } from '../features/symbols.js';
import { stateGraphs } from '../features/graph.js';
import { validate } from '../features/validation.js';
import { ruleDocsUrl, RULE_DOCS_BASE_URL } from '@aslkit/checker';
import { checkerRuleDocs, checkerValidator } from './checker-validator.js';
import { ModelCache, type AslModel } from './model.js';
import type { AslSettings, LanguageService, LanguageServiceOptions, ValidationPart } from './types.js';

/** Where rule docs live by default (the repository's docs/rules). */
export const DEFAULT_DOCS_BASE_URL = RULE_DOCS_BASE_URL;

/** Joins the AWS and lint parts, dropping what both reported (e.g. the definition size). */
export function mergeDiagnostics(first: readonly Diagnostic[], second: readonly Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => `${String(d.code)}\0${JSON.stringify(d.message)}\0${d.range.start.line}:${d.range.start.character}:${d.range.end.line}:${d.range.end.character}`;
  const seen = new Set(first.map(key));
  return [...first, ...second.filter((d) => !seen.has(key(d)))];
}

function contains(range: Diagnostic['range'], position: Position): boolean {
  const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return after && before;
}

/** One line per distinct rule of the diagnostics under a position: its id and what it finds. */
function ruleNotes(diagnostics: readonly Diagnostic[], position: Position, ruleDocs: LanguageServiceOptions['ruleDocs']): string[] {
  if (!ruleDocs) return [];
  const notes = new Map<string, string>();
  for (const diagnostic of diagnostics) {
    const code = String(diagnostic.code ?? '');
    if (!code || notes.has(code) || !contains(diagnostic.range, position)) continue;
    const docs = ruleDocs(code);
    if (docs) notes.set(code, `\`${code}\`: ${docs.description}${diagnostic.codeDescription ? ` ([docs](${diagnostic.codeDescription.href}))` : ''}`);
  }
  return [...notes.values()];
}

/** What an unconfigured service uses: the checker's recommended rules. */
export const DEFAULT_SETTINGS: AslSettings = { preset: 'recommended' };

/** Creates the language service: one parsed model per document version, shared by every feature. */
export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const models = new ModelCache();
  const validator = options.validator ?? checkerValidator;
  const docsBase = options.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL;
  const ruleDocs = options.ruleDocs ?? (options.validator ? undefined : checkerRuleDocs);
  let settings: AslSettings = { ...DEFAULT_SETTINGS, ...(options.settings ?? {}) };
  const diagnosticsCache = new WeakMap<AslModel, Map<string, { settings: AslSettings; diagnostics: Diagnostic[] }>>();

  const docsUrl = (code: string, ruleId: string | undefined): string | undefined => ruleDocsUrl(ruleId ?? code, docsBase);

  const modelOf = (document: TextDocument): AslModel => models.get(document);
  const offsetOf = (model: AslModel, position: Position): number => model.source.lines.offsetAt(position);
  const diagnosticsOf = (model: AslModel, only?: ValidationPart): Diagnostic[] => {
    let parts = diagnosticsCache.get(model);
    if (!parts) diagnosticsCache.set(model, (parts = new Map()));
    const key = only ?? 'all';
    const cached = parts.get(key);
    if (cached && cached.settings === settings) return cached.diagnostics;
    let diagnostics: Diagnostic[];
    const aws = parts.get('aws');
    if (key === 'all' && aws?.settings === settings) {
      // AWS's part is known (published first on large documents): add the lint part only.
      diagnostics = mergeDiagnostics(aws.diagnostics, diagnosticsOf(model, 'lint'));
    } else {
      diagnostics = validate(model, { validator, settings, docsUrl, ...(only ? { only } : {}) });
    }
    parts.set(key, { settings, diagnostics });
    return diagnostics;
  };

  return {
    configure(next) {
      settings = { ...DEFAULT_SETTINGS, ...next };
    },
    validate: (document, validateOptions) => diagnosticsOf(modelOf(document), validateOptions?.only),
    hover(document, position) {
      const model = modelOf(document);
      const result = hover(model, offsetOf(model, position));
      // Explain the rules behind diagnostics already computed at this position.
      const known = diagnosticsCache.get(model)?.get('all') ?? diagnosticsCache.get(model)?.get('aws');
      const notes = ruleNotes(known?.diagnostics ?? [], position, ruleDocs);
      if (notes.length === 0) return result;
      const text = notes.join('\n\n');
      if (!result) return { contents: { kind: 'markdown', value: text } };
      const contents = result.contents as MarkupContent;
      return { ...result, contents: { kind: 'markdown', value: `${contents.value}\n\n---\n\n${text}` } };
    },
    complete(document, position) {
      const model = modelOf(document);
      return complete(model, offsetOf(model, position));
    },
    definition(document, position) {
      const model = modelOf(document);
      return definition(model, offsetOf(model, position));
    },
    references(document, position, referenceOptions = {}) {
      const model = modelOf(document);
      return references(model, offsetOf(model, position), referenceOptions.includeDeclaration ?? true);
    },
    prepareRename(document, position) {
      const model = modelOf(document);
      return prepareRename(model, offsetOf(model, position));
    },
    rename(document, position, newName) {
      const model = modelOf(document);
      return rename(model, offsetOf(model, position), newName);
    },
    codeActions(document, range, context: CodeActionContext) {
      const model = modelOf(document);
      // Fixes come from our own diagnostics of this version (the client's copies may lack `data`).
      const own = diagnosticsOf(model);
      return codeActions(model, range, own.length > 0 ? own : context.diagnostics);
    },
    documentSymbols: (document) => documentSymbols(modelOf(document)),
    foldingRanges: (document) => foldingRanges(modelOf(document)),
    format: (document, formattingOptions) => format(modelOf(document), formattingOptions),
    stateGraphs: (document) => stateGraphs(modelOf(document)),
    forget: (uri) => models.delete(uri),
  };
}
