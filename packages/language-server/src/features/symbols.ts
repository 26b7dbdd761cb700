import { propertyOf, type Scope } from '@aslkit/core';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { rangeOfSpan, type AslModel, type MachineRoot } from '../service/model.js';

function stateSymbols(model: AslModel, machine: MachineRoot, scope: Scope): DocumentSymbol[] {
  const statesNode = propertyOf(model.source.nodeAt(scope.path), 'States')?.value;
  if (statesNode?.kind !== 'object') return [];
  return statesNode.properties.map((property) => {
    const stateNode = property.value;
    const type = stateNode.kind === 'object' ? propertyOf(stateNode, 'Type')?.value.value : undefined;
    const children = machine.scopes
      .filter((child) => child.parent === scope && child.owner && child.owner.name === property.key)
      .map((child): DocumentSymbol => {
        const node = model.source.nodeAt(child.path);
        const name = child.kind === 'parallel-branch' ? `Branch ${child.branchIndex ?? 0}` : 'ItemProcessor';
        const range = rangeOfSpan(model, node?.offset ?? 0, node?.length ?? 0);
        return { name, kind: SymbolKind.Namespace, range, selectionRange: range, children: stateSymbols(model, machine, child) };
      });
    return {
      name: property.key,
      detail: typeof type === 'string' ? type : undefined,
      kind: type === 'Choice' ? SymbolKind.Enum : type === 'Parallel' || type === 'Map' ? SymbolKind.Module : type === 'Task' ? SymbolKind.Function : SymbolKind.Object,
      range: rangeOfSpan(model, property.keyOffset, stateNode.offset + stateNode.length - property.keyOffset),
      selectionRange: rangeOfSpan(model, property.keyOffset, property.keyLength),
      children,
    };
  });
}

/** The outline: each machine's states, with Parallel branches and Map processors nested. */
export function documentSymbols(model: AslModel): DocumentSymbol[] {
  const result: DocumentSymbol[] = [];
  for (const machine of model.machines) {
    const top = machine.scopes[0];
    if (!top) continue;
    const symbols = stateSymbols(model, machine, top);
    if (machine.resource === undefined) {
      result.push(...symbols);
      continue;
    }
    const node = model.source.nodeAt(machine.path);
    const range = rangeOfSpan(model, node?.offset ?? 0, node?.length ?? 0);
    result.push({ name: machine.resource, detail: 'state machine', kind: SymbolKind.Class, range, selectionRange: range, children: symbols });
  }
  return result;
}
