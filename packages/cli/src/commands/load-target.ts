import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractDefinitions, plainDefinition, type CheckTarget } from '@aslkit/core';
import { reason } from '../check/engine.js';
import { displayPath } from '../check/node-fs.js';

/**
 * One state machine from a file for the single-machine commands (graph, test-state, run): the file
 * itself, or the machine `--state-machine` names in a template (the only one when there is one).
 */
export function loadTarget(file: string, cwd: string, stateMachine?: string): { target?: CheckTarget; text?: string; error?: string } {
  const path = resolve(cwd, file);
  const shown = displayPath(cwd, path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { error: `${shown}: cannot read the file (${reason(error)})` };
  }
  const extraction = extractDefinitions(text, path);
  const targets = [...extraction.targets];
  for (const link of extraction.linked) {
    try {
      const linkedPath = resolve(path, '..', link.path);
      targets.push(plainDefinition(readFileSync(linkedPath, 'utf8'), linkedPath, link.substitutions, { stateMachine: link.stateMachine }));
    } catch (error) {
      if (link.stateMachine === stateMachine) return { error: `${shown}: cannot read ${link.path} for ${link.stateMachine} (${reason(error)})` };
    }
  }
  if (targets.length === 0) return { error: `${shown}: no state machine definition found` };
  if (stateMachine !== undefined) {
    const chosen = targets.find((t) => t.stateMachine === stateMachine);
    if (!chosen) return { error: `${shown}: no state machine "${stateMachine}" (found: ${targets.map((t) => t.stateMachine ?? '(definition)').join(', ')})` };
    return { target: chosen, text };
  }
  if (targets.length > 1) return { error: `${shown}: ${targets.length} state machines; choose one with --state-machine (${targets.map((t) => t.stateMachine).join(', ')})` };
  return { target: targets[0] as CheckTarget, text };
}

/** `--input '{"a":1}'` or `--input @file.json`: JSON text. */
export function readJsonArgument(value: string | undefined, cwd: string, name: string): { text?: string; error?: string } {
  if (value === undefined) return {};
  if (value.startsWith('@')) {
    try {
      return { text: readFileSync(resolve(cwd, value.slice(1)), 'utf8') };
    } catch (error) {
      return { error: `--${name} ${value}: cannot read the file (${reason(error)})` };
    }
  }
  return { text: value };
}
