import { SourceDocument, type DocumentPath, type JsonValue, type ParseProblem } from '@aslkit/core';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { AslModel, DerivedDefinition, MachineRoot } from '../service/model.js';
import type { AslSettings, DefinitionValidator, ValidationPart, ValidatorDiagnostic } from '../service/types.js';

/** What a diagnostic carries in `data`, so code actions can find its fix again. */
export interface DiagnosticData {
  /** Path of the definition in the document. */
  machinePath: DocumentPath;
  fix?: ValidatorDiagnostic['fix'];
  /** Inside a DefinitionString: no quick fixes (they edit the template by path). */
  inString?: boolean;
}

export interface ValidationContext {
  validator: DefinitionValidator | undefined;
  settings: AslSettings;
  docsUrl: (code: string, ruleId: string | undefined) => string | undefined;
  only?: ValidationPart;
}

function problemDiagnostic(model: AslModel, problem: ParseProblem): Diagnostic {
  const range = model.source.lines.rangeOf(problem.offset, problem.length);
  const diagnostic: Diagnostic = {
    range,
    severity: problem.kind === 'duplicate-key' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
    code: problem.kind === 'syntax' ? 'INVALID_JSON_DESCRIPTION' : problem.kind,
    source: 'aslkit',
    message: problem.message,
  };
  if (problem.kind === 'duplicate-key' && problem.firstOffset !== undefined && problem.key !== undefined) {
    diagnostic.relatedInformation = [
      { location: { uri: model.uri, range: model.source.lines.rangeOf(problem.firstOffset, problem.key.length + 2) }, message: `First '${problem.key}'` },
    ];
  }
  return diagnostic;
}

/** The document a validator sees for one machine: the whole text, rooted at the definition. */
export function machineDocument(model: AslModel, machine: MachineRoot): SourceDocument {
  if (machine.path.length === 0) return model.source;
  const node = model.source.nodeAt(machine.path);
  return new SourceDocument(model.source.text, model.source.format, node, [], model.source.fileName);
}

function toLsp(model: AslModel, machine: MachineRoot, document: SourceDocument, finding: ValidatorDiagnostic, context: ValidationContext): Diagnostic {
  const range =
    finding.path !== undefined
      ? model.source.rangeOf([...machine.path, ...finding.path], { key: finding.onKey === true })
      : finding.range ?? document.rangeOf([]);
  const data: DiagnosticData = { machinePath: machine.path, ...(finding.fix ? { fix: finding.fix } : {}) };
  return lspDiagnostic(model, finding, context, range, {
    placeRange: (related) => related,
    rangeOfPath: (path) => model.source.rangeOf([...machine.path, ...path]),
    data,
  });
}

/** The LSP shape of one finding, once its range is known; `place` maps ranges of related information. */
function lspDiagnostic(
  model: AslModel,
  finding: ValidatorDiagnostic,
  context: ValidationContext,
  range: Diagnostic['range'],
  place: { placeRange: (range: Diagnostic['range']) => Diagnostic['range']; rangeOfPath: (path: DocumentPath) => Diagnostic['range']; data: DiagnosticData },
): Diagnostic {
  const diagnostic: Diagnostic = {
    range,
    severity: finding.severity === 'ERROR' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: finding.code,
    source: 'aslkit',
    message: finding.message,
  };
  const href = context.docsUrl(finding.code, finding.ruleId);
  if (href) diagnostic.codeDescription = { href };
  const related = [
    ...(finding.related ?? []).filter((r) => r.range).map((r) => ({ location: { uri: model.uri, range: place.placeRange(r.range!) }, message: r.message })),
    ...(finding.relatedPaths ?? []).map((r) => ({ location: { uri: model.uri, range: place.rangeOfPath(r.path) }, message: r.message })),
  ];
  if (related.length > 0) diagnostic.relatedInformation = related;
  diagnostic.data = place.data;
  return diagnostic;
}

/**
 * Diagnostics of a document: the validator's findings for each definition, mapped to ranges in the
 * document. Syntax problems of templates are reported here; a standalone definition's problems are the
 * validator's to report (it turns them into AWS's INVALID_JSON_DESCRIPTION), or ours without a validator.
 */
export function validate(model: AslModel, context: ValidationContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const standalone = !model.isTemplate;
  // The lint part has nothing to add to a text that does not parse (the AWS part reports it).
  if (context.only === 'lint' && model.source.problems.some((p) => p.kind === 'syntax' || p.kind === 'empty')) return diagnostics;
  // A template without state machines is none of our business (other YAML tools report its syntax).
  if (model.isTemplate && model.machines.length === 0 && model.derived.length === 0) return diagnostics;
  if ((!context.validator || model.isTemplate) && context.only !== 'lint') {
    for (const problem of model.source.problems) diagnostics.push(problemDiagnostic(model, problem));
  }
  if (!context.validator) return diagnostics;
  const machines: { machine: MachineRoot; definition: JsonValue }[] = standalone
    ? [{ machine: model.machines[0] ?? { path: [], definition: {}, scopes: [] }, definition: model.source.value ?? null }]
    : model.machines.map((machine) => ({ machine, definition: machine.definition }));
  const validator = context.validator;
  const run = (definition: JsonValue, document: SourceDocument, rootPath: DocumentPath, internalRange: () => Diagnostic['range']): readonly ValidatorDiagnostic[] | undefined => {
    try {
      return validator({ definition, document, rootPath, settings: context.settings, ...(context.only ? { only: context.only } : {}) });
    } catch (error) {
      // A validator bug must not take the editor down: say so once, at the top.
      diagnostics.push({
        range: internalRange(),
        severity: DiagnosticSeverity.Error,
        code: 'INTERNAL_ERROR',
        source: 'aslkit',
        message: `The checker failed on this definition: ${error instanceof Error ? error.message : String(error)}`,
      });
      return undefined;
    }
  };
  for (const { machine, definition } of machines) {
    const document = machineDocument(model, machine);
    const findings = run(definition, document, machine.path, () => document.rangeOf([]));
    for (const finding of findings ?? []) diagnostics.push(toLsp(model, machine, document, finding, context));
  }
  for (const derived of model.derived) {
    const where = (): Diagnostic['range'] => model.source.rangeOf(derived.path);
    const findings = run(derived.document.value ?? null, derived.document, derived.path, where);
    for (const finding of findings ?? []) diagnostics.push(derivedToLsp(model, derived, finding, context));
  }
  return diagnostics;
}

/** A finding in a DefinitionString definition: ranges mapped to the template; no fixes (they edit by path). */
function derivedToLsp(model: AslModel, derived: DerivedDefinition, finding: ValidatorDiagnostic, context: ValidationContext): Diagnostic {
  const { document, mapRange } = derived;
  const placeRange = (range: Diagnostic['range']): Diagnostic['range'] => (mapRange ? mapRange(range) : range);
  const range = placeRange(finding.path !== undefined ? document.rangeOf(finding.path, { key: finding.onKey === true }) : finding.range ?? document.rangeOf([]));
  const data: DiagnosticData = { machinePath: derived.path, inString: true };
  return lspDiagnostic(model, finding, context, range, { placeRange, rangeOfPath: (path) => placeRange(document.rangeOf(path)), data });
}
